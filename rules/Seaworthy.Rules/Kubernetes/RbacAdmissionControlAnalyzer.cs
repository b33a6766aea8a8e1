using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4058: an RBAC rule lets its subjects change the cluster's admission webhooks and policies.</summary>
public sealed class RbacAdmissionControlAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4058",
        "rbac-admission-control-write",
        "RBAC rule lets subjects change admission webhooks or policies",
        "{0} grants '{1}' on {2}: whoever is bound to it {3}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4058"),
        new[] { "trivy:KSV114", "checkov:CKV_K8S_155" });

    private static readonly string[] Group = { "admissionregistration.k8s.io" };
    private static readonly string[] Write = { "create", "update", "patch", "delete", "deletecollection" };

    private static readonly (RbacPermission, string)[] Permissions =
    {
        (new RbacPermission(Group, new[] { "mutatingwebhookconfigurations", "mutatingadmissionpolicies", "mutatingadmissionpolicybindings" }, Write),
            "can rewrite every object sent to the API server, pods' images and security settings included"),
        (new RbacPermission(Group, new[] { "validatingwebhookconfigurations", "validatingadmissionpolicies", "validatingadmissionpolicybindings" }, Write),
            "can switch off the admission checks the cluster relies on, or see every object sent to the API server"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c => RbacPermission.Report(c, Rule, Permissions));
}
