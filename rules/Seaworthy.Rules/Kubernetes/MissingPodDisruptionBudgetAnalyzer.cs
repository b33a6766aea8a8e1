using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4021: a replicated workload has no PodDisruptionBudget.</summary>
public sealed class MissingPodDisruptionBudgetAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4021",
        "missing-pod-disruption-budget",
        "Replicated workload without a PodDisruptionBudget",
        "{0} runs {1} replicas but no PodDisruptionBudget selects its pods, so a node drain can stop all of them at once",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4021"),
        new[] { "kube-score:deployment-has-poddisruptionbudget", "kube-score:statefulset-has-poddisruptionbudget", "polaris:missingPodDisruptionBudget" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value is not ("Deployment" or "StatefulSet" or "DeploymentConfig")
            || c.PodTemplate is not { } pod
            || manifest.Spec?.GetScalar("replicas") is not { } replicas
            || !int.TryParse(replicas.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2)
        {
            return;
        }

        var labels = ManifestQueries.Labels(pod);
        foreach (var budget in c.Objects.OfKind("PodDisruptionBudget"))
        {
            if (ManifestQueries.SameNamespace(budget, manifest)
                && budget.Spec?.GetMapping("selector") is { } selector
                && ManifestQueries.LabelSelectorMatches(selector, labels))
            {
                return;
            }
        }

        c.Report(Rule, replicas.Location, manifest.Description, count);
    });
}
