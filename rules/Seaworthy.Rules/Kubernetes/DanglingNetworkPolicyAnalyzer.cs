using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4063: a NetworkPolicy's podSelector matches no pods of the run.</summary>
public sealed class DanglingNetworkPolicyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4063",
        "dangling-network-policy",
        "NetworkPolicy selects no pods",
        "{0} selects no pod template of the workloads linted with it in its namespace, so it isolates nothing",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4063"),
        new[] { "kube-linter:dangling-networkpolicy" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value != "NetworkPolicy"
            || manifest.Spec?.Find("podSelector") is not { Value: YamlMapping { Entries.Count: > 0 } selector } entry)
        {
            return;
        }

        // Without any workload in the run, the policy's pods are defined elsewhere.
        var index = PodLabelIndex.For(c.Objects);
        if (!index.HasPods)
        {
            return;
        }

        if (!SelectsPods(c.Objects, index, manifest, selector))
        {
            c.Report(Rule, entry.Key.Location, manifest.Description);
        }
    });

    /// <summary>
    /// Whether <paramref name="selector"/> of <paramref name="policy"/> selects the pod template of a workload of its
    /// namespace, or a custom resource an operator makes such pods from.
    /// </summary>
    internal static bool SelectsPods(KubernetesObjectSet objects, PodLabelIndex index, KubernetesObject policy, YamlMapping selector)
    {
        var matchLabels = ManifestQueries.StringMap(selector.GetMapping("matchLabels"));
        var candidates = matchLabels.Count > 0 ? index.Selected(matchLabels) : objects.All;
        foreach (var workload in candidates)
        {
            if (workload.PodTemplate is { } pod
                && ManifestQueries.SameNamespace(workload, policy)
                && ManifestQueries.LabelSelectorMatches(selector, ManifestQueries.Labels(pod)))
            {
                return true;
            }
        }

        return OperatorOwned(objects, policy, selector);
    }

    // A custom resource labelled as the selected pods (an Alertmanager, a Prometheus) is the operator's template for them.
    private static bool OperatorOwned(KubernetesObjectSet objects, KubernetesObject policy, YamlMapping selector)
    {
        foreach (var candidate in objects.All)
        {
            if (candidate.ApiVersion.Value.IndexOf('.') >= 0
                && candidate.ApiVersion.Value.IndexOf(".k8s.io/", System.StringComparison.Ordinal) < 0
                && candidate.Labels.Count > 0
                && ManifestQueries.SameNamespace(candidate, policy)
                && ManifestQueries.LabelSelectorMatches(selector, LabelMap(candidate)))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string> LabelMap(KubernetesObject manifest)
    {
        var labels = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var label in manifest.Labels)
        {
            labels[label.Name] = label.Value;
        }

        return labels;
    }
}
