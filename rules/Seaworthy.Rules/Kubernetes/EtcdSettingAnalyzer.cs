using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// SW4083: reports an etcd command line (kubeadm's static pod) that goes against the CIS Kubernetes Benchmark: clients or
/// peers served without TLS, not asked for certificates, or given certificates etcd makes up itself.
/// </summary>
public sealed class EtcdSettingAnalyzer : Analyzer
{
    /// <summary>The settings the rule checks.</summary>
    internal static readonly ControlPlaneSetting[] Settings =
    {
        ControlPlaneSetting.Given("--cert-file", "clients reach etcd, and every Secret in it, without TLS").Checkov("CKV_K8S_116").Trivy("KCV0042"),
        ControlPlaneSetting.Given("--key-file", "clients reach etcd, and every Secret in it, without TLS").Checkov("CKV_K8S_116").Trivy("KCV0042"),
        ControlPlaneSetting.Is("--client-cert-auth", "true", unsetIsWrong: true, "lets clients in without a certificate").Checkov("CKV_K8S_117").Trivy("KCV0043"),
        ControlPlaneSetting.IsNot("--auto-tls", "true", "serves clients with a self-signed certificate no one can verify").Checkov("CKV_K8S_118").Trivy("KCV0044"),
        ControlPlaneSetting.Given("--peer-cert-file", "etcd members replicate the data to each other without TLS").Checkov("CKV_K8S_119").Trivy("KCV0045"),
        ControlPlaneSetting.Given("--peer-key-file", "etcd members replicate the data to each other without TLS").Checkov("CKV_K8S_119").Trivy("KCV0045"),
        ControlPlaneSetting.Is("--peer-client-cert-auth", "true", unsetIsWrong: true, "lets peers join without a certificate").Checkov("CKV_K8S_121").Trivy("KCV0046"),
        ControlPlaneSetting.IsNot("--peer-auto-tls", "true", "serves peers with a self-signed certificate no one can verify").Trivy("KCV0047"),
    };

    private static readonly RuleOption<HashSet<string>> IgnoredSettings = ControlPlaneSetting.IgnoredSettingsOption(Settings);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4083",
        "etcd-setting",
        "etcd runs with an insecure setting",
        "{0} runs etcd: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4083"),
        ControlPlaneSetting.EquivalentsOf(Settings))
    {
        Options = new RuleOption[] { IgnoredSettings },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterKubernetesObject(c => ControlPlaneSetting.Report(c, Rule, IgnoredSettings, "etcd", Settings));
}
