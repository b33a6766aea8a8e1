using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4026: a PodDisruptionBudget leaves the unhealthy pod eviction policy to the default.</summary>
public sealed class PdbUnhealthyPodEvictionPolicyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4026",
        "pdb-unhealthy-pod-eviction-policy",
        "PodDisruptionBudget sets no unhealthy pod eviction policy",
        "{0} sets no unhealthyPodEvictionPolicy, so pods that never become ready can block node drains",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4026"),
        new[] { "kube-linter:pdb-unhealthy-pod-eviction-policy" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value == "PodDisruptionBudget" && manifest.Spec?.Find("unhealthyPodEvictionPolicy") is null)
        {
            c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description);
        }
    });
}
