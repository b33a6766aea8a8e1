using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4017: a binding grants the cluster-admin or admin role.</summary>
public sealed class ClusterAdminBindingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4017",
        "cluster-admin-binding",
        "Binding to cluster-admin or admin",
        "{0} binds the {1} {2}, which {3}",
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
        if (manifest.Kind.Value is not ("ClusterRoleBinding" or "RoleBinding")
            || roleRef?.GetScalar("kind") is not { Value: "ClusterRole" or "Role" } kind
            || roleRef.GetScalar("name") is not { Value: "cluster-admin" or "admin" } name)
        {
            return;
        }

        var scope = manifest.Kind.Value == "ClusterRoleBinding" ? "every namespace" : "its namespace";
        var grants = (kind.Value, name.Value) switch
        {
            ("ClusterRole", "cluster-admin") => "allows everything in " + scope,
            ("ClusterRole", _) => "allows reading and changing nearly everything in " + scope + ", Secrets, Roles and RoleBindings included",
            _ => "by its name is an administrator role for its namespace",
        };
        c.Report(Rule, name.Location, manifest.Description, name.Value, kind.Value, grants);
    });
}
