using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4057: an RBAC rule gives its subjects the kubelet API through nodes/proxy.</summary>
public sealed class RbacNodeProxyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4057",
        "rbac-node-proxy",
        "RBAC rule grants the kubelet API through nodes/proxy",
        "{0} grants '{1}' on {2}: whoever is bound to it {3}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4057"),
        new[] { "trivy:KSV047" });

    private static readonly (RbacPermission, string)[] Permissions =
    {
        (new RbacPermission(new[] { "" }, new[] { "nodes/proxy" }, new[] { "get", "create" }),
            "can call every kubelet's API, running commands in any pod of the node, past admission and audit"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c => RbacPermission.Report(c, Rule, Permissions));
}
