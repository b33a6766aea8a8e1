using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4059: an RBAC rule lets its subjects approve CertificateSigningRequests.</summary>
public sealed class RbacCertificateApprovalAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4059",
        "rbac-certificate-approval",
        "RBAC rule lets subjects approve certificate signing requests",
        "{0} grants '{1}' on {2}: whoever is bound to it {3}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4059"),
        new[] { "checkov:CKV_K8S_156" });

    private static readonly string[] Group = { "certificates.k8s.io" };

    private static readonly (RbacPermission, string)[] Permissions =
    {
        (new RbacPermission(Group, new[] { "certificatesigningrequests/approval" }, new[] { "update", "patch" }),
            "can approve certificate requests, and with a signer's approve a client certificate for any user or group"),
        (new RbacPermission(Group, new[] { "signers" }, new[] { "approve" }),
            "can approve the signer's certificates, a client certificate for any user or group with the kube-apiserver-client signer"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c => RbacPermission.Report(c, Rule, Permissions));
}
