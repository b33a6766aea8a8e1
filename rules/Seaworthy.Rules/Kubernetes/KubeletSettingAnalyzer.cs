using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// SW4084: reports a kubelet command line run by a container that goes against the CIS Kubernetes Benchmark: anonymous or
/// unauthorized access to its API, its unauthenticated read-only port, no TLS of its own, kernel settings it may
/// change, certificates not rotated, weak ciphers. A kubelet given <c>--config</c> may set a flag it is not given in
/// that file, so only the flags it is given are judged.
/// </summary>
public sealed class KubeletSettingAnalyzer : Analyzer
{
    /// <summary>The settings the rule checks.</summary>
    internal static readonly ControlPlaneSetting[] Settings =
    {
        ControlPlaneSetting.Is("--anonymous-auth", "false", unsetIsWrong: true, "lets requests without credentials reach the kubelet's API, which runs commands in pods").Checkov("CKV_K8S_138").Trivy("KCV0079"),
        ControlPlaneSetting.DoesNotList("--authorization-mode", "AlwaysAllow", "every request to the kubelet's API is allowed").Checkov("CKV_K8S_139").Trivy("KCV0080"),
        ControlPlaneSetting.Given("--client-ca-file", "the kubelet cannot authenticate clients by certificate").Checkov("CKV_K8S_140").Trivy("KCV0081"),
        ControlPlaneSetting.Is("--read-only-port", "0", unsetIsWrong: true, "serves pod and node data without authentication on its read-only port").Checkov("CKV_K8S_141").Trivy("KCV0082"),
        ControlPlaneSetting.NotZeroDuration("--streaming-connection-idle-timeout", "keeps idle exec and port-forward connections open for ever").Checkov("CKV_K8S_143").Trivy("KCV0085"),
        ControlPlaneSetting.Is("--protect-kernel-defaults", "true", unsetIsWrong: true, "lets the kubelet change the kernel settings it needs instead of failing when they differ").Checkov("CKV_K8S_144").Trivy("KCV0083"),
        ControlPlaneSetting.IsNot("--make-iptables-util-chains", "false", "leaves the iptables rules the kubelet needs to other tools, which may get them wrong").Checkov("CKV_K8S_145").Trivy("KCV0084"),
        ControlPlaneSetting.Unset("--hostname-override", "the node's name no longer matches its certificate, which breaks TLS between the API server and the kubelet").Checkov("CKV_K8S_146").Trivy("KCV0086"),
        ControlPlaneSetting.Given("--tls-cert-file", "the kubelet's API is served with a self-signed certificate").Checkov("CKV_K8S_148").Trivy("KCV0088"),
        ControlPlaneSetting.Given("--tls-private-key-file", "the kubelet's API is served with a self-signed certificate").Checkov("CKV_K8S_148").Trivy("KCV0089"),
        ControlPlaneSetting.IsNot("--rotate-certificates", "false", "lets the kubelet's client certificate expire instead of renewing it").Checkov("CKV_K8S_149").Trivy("KCV0090"),
        ControlPlaneSetting.GateNotOff("RotateKubeletServerCertificate", "the kubelet's serving certificate is not renewed and expires").Checkov("CKV_K8S_112").Trivy("KCV0091"),
        ControlPlaneSetting.StrongCipherSuites("--tls-cipher-suites").Checkov("CKV_K8S_151").Trivy("KCV0092"),
    };

    private static readonly RuleOption<HashSet<string>> IgnoredSettings = ControlPlaneSetting.IgnoredSettingsOption(Settings);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4084",
        "kubelet-setting",
        "kubelet runs with an insecure setting",
        "{0} runs the kubelet: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4084"),
        ControlPlaneSetting.EquivalentsOf(Settings))
    {
        Options = new RuleOption[] { IgnoredSettings },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterKubernetesObject(c => ControlPlaneSetting.Report(c, Rule, IgnoredSettings, "kubelet", Settings, settingsFileFlag: "--config"));
}
