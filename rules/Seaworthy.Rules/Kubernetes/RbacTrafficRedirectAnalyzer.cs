using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4060: an RBAC rule lets its subjects change where the cluster's traffic goes or who may send it.</summary>
public sealed class RbacTrafficRedirectAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4060",
        "rbac-network-write",
        "RBAC rule lets subjects redirect or open the cluster's traffic",
        "{0} grants '{1}' on {2}: whoever is bound to it {3}",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4060"),
        new[] { "trivy:KSV056", "checkov:CKV2_K8S_4" });

    private static readonly string[] Write = { "create", "update", "patch", "delete", "deletecollection" };

    private static readonly (RbacPermission, string)[] Permissions =
    {
        (new RbacPermission(new[] { "" }, new[] { "services/status" }, new[] { "update", "patch" }),
            "can set a load balancer IP that captures that address's traffic in the whole cluster (CVE-2020-8554)"),
        (new RbacPermission(new[] { "" }, new[] { "services" }, Write),
            "can change where a Service sends traffic, or claim an external IP and capture its traffic (CVE-2020-8554)"),
        (new RbacPermission(new[] { "", "discovery.k8s.io" }, new[] { "endpoints", "endpointslices" }, Write),
            "can change where a Service's traffic goes"),
        (new RbacPermission(new[] { "networking.k8s.io", "extensions" }, new[] { "ingresses" }, Write),
            "can change how external traffic for any host reaches the cluster's Services"),
        (new RbacPermission(new[] { "networking.k8s.io", "extensions" }, new[] { "networkpolicies" }, Write),
            "can change or remove the network isolation of the pods in its scope"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c => RbacPermission.Report(c, Rule, Permissions));
}
