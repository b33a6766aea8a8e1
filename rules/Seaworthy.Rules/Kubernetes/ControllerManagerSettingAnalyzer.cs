using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// SW4081: reports a kube-controller-manager command line (kubeadm's static pod) that goes against the CIS Kubernetes
/// Benchmark: profiling on, one shared credential for every controller, no service account key or root CA,
/// kubelet serving certificates not rotated, listening beyond localhost, terminated pods never collected.
/// </summary>
public sealed class ControllerManagerSettingAnalyzer : Analyzer
{
    /// <summary>The settings the rule checks.</summary>
    internal static readonly ControlPlaneSetting[] Settings =
    {
        ControlPlaneSetting.AtLeast("--terminated-pod-gc-threshold", 1, "terminated pods are collected only past 12,500, which can exhaust etcd and the API server first").Checkov("CKV_K8S_106").Trivy("KCV0033"),
        ControlPlaneSetting.Is("--profiling", "false", unsetIsWrong: true, "serves profiling data of the process at /debug/pprof").Checkov("CKV_K8S_107").Trivy("KCV0034"),
        ControlPlaneSetting.Is("--use-service-account-credentials", "true", unsetIsWrong: true, "runs every controller with the controller manager's own, broad credentials").Checkov("CKV_K8S_108").Trivy("KCV0035"),
        ControlPlaneSetting.Given("--service-account-private-key-file", "service account tokens are not signed with a key of your own, which cannot be rotated").Checkov("CKV_K8S_110").Trivy("KCV0036"),
        ControlPlaneSetting.Given("--root-ca-file", "pods are not given the cluster's CA, so they cannot verify the API server").Checkov("CKV_K8S_111").Trivy("KCV0037"),
        ControlPlaneSetting.GateNotOff("RotateKubeletServerCertificate", "kubelets' serving certificates are not renewed and expire").Checkov("CKV_K8S_112").Trivy("KCV0038"),
        ControlPlaneSetting.Is("--bind-address", "127.0.0.1", unsetIsWrong: true, "serves the controller manager's health, metrics and profiling endpoints on every address of the node").Checkov("CKV_K8S_113").Trivy("KCV0039"),
    };

    private static readonly RuleOption<HashSet<string>> IgnoredSettings = ControlPlaneSetting.IgnoredSettingsOption(Settings);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4081",
        "controller-manager-setting",
        "kube-controller-manager runs with an insecure setting",
        "{0} runs kube-controller-manager: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4081"),
        ControlPlaneSetting.EquivalentsOf(Settings))
    {
        Options = new RuleOption[] { IgnoredSettings },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterKubernetesObject(c => ControlPlaneSetting.Report(c, Rule, IgnoredSettings, "kube-controller-manager", Settings));
}
