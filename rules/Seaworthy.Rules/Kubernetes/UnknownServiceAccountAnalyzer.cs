using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4024: a pod runs as a ServiceAccount that the run does not define.</summary>
public sealed class UnknownServiceAccountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4024",
        "unknown-service-account",
        "Pod runs as a ServiceAccount no manifest defines",
        "{0} runs as ServiceAccount '{1}', which no manifest linted with it defines",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4024"),
        new[] { "kube-linter:non-existent-service-account" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var account = c.PodTemplate?.Spec.GetScalar("serviceAccountName") ?? c.PodTemplate?.Spec.GetScalar("serviceAccount");

        // Without any ServiceAccount in the run, the accounts are managed elsewhere.
        if (account is null || account.Value == "default" || c.Objects.OfKind("ServiceAccount").Count == 0)
        {
            return;
        }

        if (c.Objects.Find("ServiceAccount", account.Value, manifest.Namespace?.Value) is null)
        {
            c.Report(Rule, account.Location, manifest.Description, account.Value);
        }
    });
}
