using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4056: an RBAC rule lets its subjects impersonate users, groups or service accounts.</summary>
public sealed class RbacImpersonateAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4056",
        "rbac-impersonate",
        "RBAC rule lets subjects impersonate others",
        "{0} grants '{1}' on {2}: whoever is bound to it {3}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4056"),
        new[] { "trivy:KSV043", "checkov:CKV2_K8S_3" });

    private static readonly (RbacPermission, string)[] Permissions =
    {
        (new RbacPermission(new[] { "" }, new[] { "users", "groups", "serviceaccounts" }, new[] { "impersonate" }),
            "can act as any of them, system:masters and cluster administrators included, with their permissions"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c => RbacPermission.Report(c, Rule, Permissions));
}
