using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4086: a workload says nothing about the nodes its pods may run on.</summary>
public sealed class MissingNodeAffinityAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4086",
        "missing-node-affinity",
        "Workload sets no node affinity",
        "{0} sets no node affinity or node selector, so its pods may be scheduled on any node of the cluster",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4086"),
        new[] { "kube-linter:no-node-affinity" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        // A node selector is the simpler form of a required node affinity: either one places the pods.
        if (c.PodTemplate is not { } pod
            || pod.Spec.GetMappingAt("affinity", "nodeAffinity") is not null
            || pod.Spec.GetMapping("nodeSelector") is { Entries.Count: > 0 })
        {
            return;
        }

        c.Report(Rule, ManifestQueries.Anchor(c.KubernetesObject), c.KubernetesObject.Description);
    });
}
