using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4030: a standalone Job is never cleaned up.</summary>
public sealed class JobWithoutTtlAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4030",
        "job-without-ttl",
        "Job is never cleaned up",
        "{0} sets no ttlSecondsAfterFinished, so the finished Job and its pods stay until someone deletes them",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4030"),
        new[] { "kube-linter:job-ttl-seconds-after-finished" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value == "Job" && manifest.Spec?.Find("ttlSecondsAfterFinished") is null)
        {
            c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description);
        }
    });
}
