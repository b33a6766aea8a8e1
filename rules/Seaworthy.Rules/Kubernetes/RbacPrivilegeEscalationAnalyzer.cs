using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4055: an RBAC rule lets its subjects get past the API server's escalation checks on roles.</summary>
public sealed class RbacPrivilegeEscalationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4055",
        "rbac-privilege-escalation",
        "RBAC rule lets subjects raise their own permissions",
        "{0} grants '{1}' on {2}: whoever is bound to it {3}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4055"),
        new[] { "trivy:KSV050", "checkov:CKV_K8S_158" });

    private static readonly string[] Rbac = { "rbac.authorization.k8s.io" };
    private static readonly string[] Roles = { "roles", "clusterroles" };

    private static readonly (RbacPermission, string)[] Permissions =
    {
        (new RbacPermission(Rbac, Roles, new[] { "escalate" }), "can write into a role permissions it does not hold, then use them"),
        (new RbacPermission(Rbac, Roles, new[] { "bind" }), "can bind any role it may name, cluster-admin included, without holding its permissions"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c => RbacPermission.Report(c, Rule, Permissions));
}
