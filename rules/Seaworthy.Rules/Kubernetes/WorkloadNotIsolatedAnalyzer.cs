using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4020: no NetworkPolicy of the run selects a workload's pods.</summary>
public sealed class WorkloadNotIsolatedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4020",
        "workload-not-isolated",
        "No NetworkPolicy selects the workload",
        "{0} is not selected by any NetworkPolicy of namespace '{1}', so every pod of the cluster can reach it",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4020"),
        new[] { "kube-linter:non-isolated-pod", "checkov:CKV2_K8S_6", "kube-score:pod-networkpolicy", "polaris:missingNetworkPolicy" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (c.PodTemplate is not { } pod)
        {
            return;
        }

        var labels = ManifestQueries.Labels(pod);
        foreach (var policy in c.Objects.OfKind("NetworkPolicy"))
        {
            if (ManifestQueries.SameNamespace(policy, manifest)
                && policy.Spec?.GetMapping("podSelector") is { } selector
                && ManifestQueries.LabelSelectorMatches(selector, labels))
            {
                return;
            }
        }

        c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description, manifest.Namespace?.Value ?? "default");
    });
}
