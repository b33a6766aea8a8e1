using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4025: a PodDisruptionBudget allows no eviction.</summary>
public sealed class PdbBlocksEvictionAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4025",
        "pdb-blocks-eviction",
        "PodDisruptionBudget allows no eviction",
        "{0} sets {1}, so no pod can ever be evicted and node drains hang",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4025"),
        new[] { "kube-linter:pdb-max-unavailable", "kube-linter:pdb-min-available", "polaris:pdbDisruptionsIsZero" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value != "PodDisruptionBudget" || manifest.Spec is not { } spec)
        {
            return;
        }

        if (spec.GetScalar("maxUnavailable") is { Value: "0" or "0%" } maxUnavailable)
        {
            c.Report(Rule, maxUnavailable.Location, manifest.Description, "maxUnavailable " + maxUnavailable.Value);
        }

        if (spec.GetScalar("minAvailable") is not { } minAvailable)
        {
            return;
        }

        if (minAvailable.Value == "100%")
        {
            c.Report(Rule, minAvailable.Location, manifest.Description, "minAvailable 100%");
        }
        else if (int.TryParse(minAvailable.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var minimum)
            && spec.GetMapping("selector") is { } selector
            && SelectedReplicas(c.Objects, manifest, selector) is { } replicas && minimum >= replicas)
        {
            c.Report(Rule, minAvailable.Location, manifest.Description, "minAvailable " + minAvailable.Value + " for " + replicas.ToString(CultureInfo.InvariantCulture) + " replicas");
        }
    });

    // The replicas of the first controller of the budget's namespace whose pods the selector selects, or null.
    private static int? SelectedReplicas(KubernetesObjectSet objects, KubernetesObject budget, YamlMapping selector)
    {
        foreach (var workload in objects.All)
        {
            if (workload.Kind.Value is "Deployment" or "StatefulSet" or "ReplicaSet" or "DeploymentConfig" && workload.PodTemplate is { } pod
                && ManifestQueries.SameNamespace(workload, budget) && ManifestQueries.LabelSelectorMatches(selector, ManifestQueries.Labels(pod)))
            {
                // A DeploymentConfig has no default of 1: without replicas it runs no pod for a budget to hold.
                var replicas = workload.Spec?.GetScalar("replicas")?.Value ?? (workload.Kind.Value == "DeploymentConfig" ? null : "1");
                return int.TryParse(replicas, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
            }
        }

        return null;
    }
}
