using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4047: a NetworkPolicy rule's peer podSelector matches no pods of the run.</summary>
public sealed class DanglingNetworkPolicyPeerAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4047",
        "dangling-network-policy-peer",
        "NetworkPolicy peer selects no pods",
        "{0} {1} pods selected by a podSelector that matches no pod template of the workloads linted with it in its namespace, so the rule allows no traffic",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4047"),
        new[] { "kube-linter:dangling-networkpolicypeer-podselector" });

    // The rule lists of a policy, their peer lists and what a peer of each means.
    private static readonly (string Direction, string Peers, string Verb)[] Directions =
    {
        ("ingress", "from", "admits traffic from"),
        ("egress", "to", "allows traffic to"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;

        // Without any workload in the run, the peers' pods are defined elsewhere.
        if (manifest.Kind.Value != "NetworkPolicy" || manifest.Spec is not { } spec || !PodLabelIndex.For(c.Objects).HasPods)
        {
            return;
        }

        foreach (var (direction, peers, verb) in Directions)
        {
            foreach (var rule in ManifestQueries.MappingItems(spec, direction))
            {
                foreach (var peer in ManifestQueries.MappingItems(rule, peers))
                {
                    // A peer with a namespaceSelector selects pods of other namespaces, which the run may not hold;
                    // an empty podSelector selects every pod of the namespace.
                    if (peer.Find("namespaceSelector") is null
                        && peer.Find("podSelector") is { Value: YamlMapping { Entries.Count: > 0 } selector } entry
                        && !DanglingNetworkPolicyAnalyzer.SelectsPods(c.Objects, PodLabelIndex.For(c.Objects), manifest, selector))
                    {
                        c.Report(Rule, entry.Key.Location, manifest.Description, verb);
                    }
                }
            }
        }
    });
}
