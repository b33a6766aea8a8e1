using System;
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
        new[] { "kube-linter:pdb-max-unavailable", "kube-linter:pdb-min-available", "polaris:pdbDisruptionsIsZero", "polaris:pdbMinAvailableGreaterThanHPAMinReplicas" });

    // The autoscalers that set a workload's replica count: kind, minimum key, its default.
    private static readonly (string Kind, string Key, string Default)[] Autoscalers =
    {
        ("HorizontalPodAutoscaler", "minReplicas", "1"),
        ("ScaledObject", "minReplicaCount", "0"),
    };

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
        else if (spec.GetMapping("selector") is { } selector
            && SelectedReplicas(c.Objects, manifest, selector) is { } replicas
            && Required(minAvailable.Value, replicas) >= replicas)
        {
            c.Report(Rule, minAvailable.Location, manifest.Description, "minAvailable " + minAvailable.Value + " for " + (replicas == 1 ? "1 replica" : replicas.ToString(CultureInfo.InvariantCulture) + " replicas"));
        }
    });

    // The pods a minAvailable keeps out of the replicas: a number, or a percentage rounded up as the disruption
    // controller does; -1 for a value it cannot read.
    private static int Required(string minAvailable, int replicas)
    {
        if (int.TryParse(minAvailable, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        return minAvailable.EndsWith("%", StringComparison.Ordinal) && int.TryParse(minAvailable.Substring(0, minAvailable.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
            ? (int)Math.Ceiling(replicas * (percent / 100.0))
            : -1;
    }

    // The fewest replicas of the first controller of the budget's namespace whose pods the selector selects, or null:
    // an autoscaler of the run that scales it sets the count (its minimum), else its replicas.
    private static int? SelectedReplicas(KubernetesObjectSet objects, KubernetesObject budget, YamlMapping selector)
    {
        foreach (var workload in objects.All)
        {
            if (workload.Kind.Value is "Deployment" or "StatefulSet" or "ReplicaSet" or "ReplicationController" or "DeploymentConfig"
                && ManifestQueries.SameNamespace(workload, budget) && PodLabels(workload) is { } labels
                && ManifestQueries.LabelSelectorMatches(selector, labels))
            {
                // A DeploymentConfig has no default of 1: without replicas it runs no pod for a budget to hold.
                var replicas = AutoscalerMinimum(objects, workload)
                    ?? workload.Spec?.GetScalar("replicas")?.Value ?? (workload.Kind.Value == "DeploymentConfig" ? null : "1");
                return int.TryParse(replicas, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : null;
            }
        }

        return null;
    }

    // The pod template's labels; without a template, the workload's selector (its pods carry those labels).
    private static Dictionary<string, string>? PodLabels(KubernetesObject workload)
    {
        if (workload.PodTemplate is { } pod)
        {
            return ManifestQueries.Labels(pod);
        }

        var selector = workload.Spec?.GetMapping("selector");
        var pairs = workload.Kind.Value is "ReplicationController" or "DeploymentConfig" ? selector : selector?.GetMapping("matchLabels");
        return pairs is null ? null : ManifestQueries.StringMap(pairs);
    }

    // The minimum of a HorizontalPodAutoscaler (minReplicas, default 1) or KEDA ScaledObject (minReplicaCount,
    // default 0) of the namespace that scales the workload, or null.
    private static string? AutoscalerMinimum(KubernetesObjectSet objects, KubernetesObject workload)
    {
        foreach (var (kind, key, defaulted) in Autoscalers)
        {
            foreach (var autoscaler in objects.OfKind(kind))
            {
                var target = autoscaler.Spec?.GetMapping("scaleTargetRef");
                if (target is not null && ManifestQueries.SameNamespace(autoscaler, workload)
                    && string.Equals(target.GetScalar("name")?.Value, workload.Name?.Value, StringComparison.Ordinal)
                    && string.Equals(target.GetScalar("kind")?.Value ?? "Deployment", workload.Kind.Value, StringComparison.Ordinal))
                {
                    return autoscaler.Spec!.GetScalar(key)?.Value ?? defaulted;
                }
            }
        }

        return null;
    }
}
