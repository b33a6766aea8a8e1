using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4017: a binding grants the cluster-admin ClusterRole.</summary>
public sealed class ClusterAdminBindingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4017",
        "cluster-admin-binding",
        "Binding to cluster-admin",
        "{0} binds the cluster-admin ClusterRole, which allows everything in every namespace",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4017"),
        new[] { "kube-linter:cluster-admin-role-binding", "trivy:KSV111", "polaris:clusterrolebindingClusterAdmin", "polaris:rolebindingClusterAdminClusterRole" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var roleRef = manifest.Node.GetMapping("roleRef");
        if (manifest.Kind.Value is "ClusterRoleBinding" or "RoleBinding"
            && roleRef?.GetScalar("kind")?.Value == "ClusterRole"
            && roleRef?.GetScalar("name") is { Value: "cluster-admin" } name)
        {
            c.Report(Rule, name.Location, manifest.Description);
        }
    });
}
