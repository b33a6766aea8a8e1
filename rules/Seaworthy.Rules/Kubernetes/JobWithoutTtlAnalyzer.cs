using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4030: a standalone Job is never cleaned up, or a CronJob's jobs are cleaned up behind its history limits.</summary>
public sealed class JobWithoutTtlAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4030",
        "job-without-ttl",
        "Job is never cleaned up, or cleaned up behind its CronJob",
        "{0} {1}",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4030"),
        new[] { "kube-linter:job-ttl-seconds-after-finished" });

    private static readonly string[] JobSpec = { "jobTemplate", "spec" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value == "Job" && manifest.Spec?.Find("ttlSecondsAfterFinished") is null)
        {
            c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description, "sets no ttlSecondsAfterFinished, so the finished Job and its pods stay until someone deletes them");
        }
        else if (manifest.Kind.Value == "CronJob" && manifest.Spec?.GetMappingAt(JobSpec)?.Find("ttlSecondsAfterFinished") is { } ttl)
        {
            c.Report(Rule, ttl.Key.Location, manifest.Description, "sets ttlSecondsAfterFinished in its job template, so finished Jobs are deleted whatever successfulJobsHistoryLimit and failedJobsHistoryLimit keep");
        }
    });
}
