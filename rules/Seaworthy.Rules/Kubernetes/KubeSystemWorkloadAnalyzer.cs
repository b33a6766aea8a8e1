using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4041: a workload of the user's placed in the kube-system namespace.</summary>
public sealed class KubeSystemWorkloadAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4041",
        "kube-system-workload",
        "Workload placed in kube-system",
        "{0} runs in the kube-system namespace, beside the cluster's own components: whoever can manage it there can reach their ServiceAccounts and Secrets, and policies written for user namespaces do not apply",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4041"),
        new[] { "trivy:KSV037" });

    private static readonly string[] ControlPlaneComponents = { "kube-apiserver", "etcd", "kube-controller-manager", "kube-scheduler" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (c.PodTemplate is not null && manifest.Namespace is { Value: "kube-system" } ns && !IsControlPlane(manifest))
        {
            c.Report(Rule, ns.Location, manifest.Description);
        }
    });

    // A static pod of the control plane, labelled as kubeadm labels them; Trivy also asks for the
    // system-node-critical class, which older kubeadm manifests lack.
    private static bool IsControlPlane(KubernetesObject manifest) =>
        manifest.FindLabel("tier")?.Value == "control-plane"
        && Array.IndexOf(ControlPlaneComponents, manifest.FindLabel("component")?.Value) >= 0;
}
