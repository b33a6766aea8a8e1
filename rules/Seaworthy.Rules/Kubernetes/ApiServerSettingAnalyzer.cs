using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// SW4080: reports a kube-apiserver command line (kubeadm's static pod) that goes against the CIS Kubernetes Benchmark:
/// anonymous or static-file authentication, authorization and admission turned off, no audit log, no TLS to
/// kubelets and etcd, Secrets unencrypted at rest, weak ciphers.
/// </summary>
public sealed class ApiServerSettingAnalyzer : Analyzer
{
    /// <summary>The settings the rule checks.</summary>
    internal static readonly ControlPlaneSetting[] Settings =
    {
        ControlPlaneSetting.Is("--anonymous-auth", "false", unsetIsWrong: true, "lets requests without credentials in as system:anonymous").Checkov("CKV_K8S_68").Trivy("KCV0001"),
        ControlPlaneSetting.Unset("--basic-auth-file", "passwords in a plain file, which Kubernetes 1.19 removed").Checkov("CKV_K8S_69"),
        ControlPlaneSetting.Unset("--token-auth-file", "tokens in a plain file never expire and change only with a restart").Checkov("CKV_K8S_70").Trivy("KCV0002"),
        ControlPlaneSetting.IsNot("--kubelet-https", "false", "sends the API server's requests to kubelets over plain HTTP").Checkov("CKV_K8S_71").Trivy("KCV0004"),
        ControlPlaneSetting.Given("--kubelet-client-certificate", "the API server cannot prove itself to kubelets").Checkov("CKV_K8S_72").Trivy("KCV0005"),
        ControlPlaneSetting.Given("--kubelet-client-key", "the API server cannot prove itself to kubelets").Checkov("CKV_K8S_72").Trivy("KCV0005"),
        ControlPlaneSetting.Given("--kubelet-certificate-authority", "the API server does not verify kubelets' certificates, so anyone on the path can pose as a kubelet").Checkov("CKV_K8S_73").Trivy("KCV0006"),
        ControlPlaneSetting.DoesNotList("--authorization-mode", "AlwaysAllow", "every authenticated request is allowed").Checkov("CKV_K8S_74").Trivy("KCV0007"),
        ControlPlaneSetting.Lists("--authorization-mode", "Node", "kubelets are not confined to their own node's objects").Checkov("CKV_K8S_75").Trivy("KCV0008"),
        ControlPlaneSetting.Lists("--authorization-mode", "RBAC", "Roles and RoleBindings are not enforced").Checkov("CKV_K8S_77").Trivy("KCV0009"),
        ControlPlaneSetting.Lists("--enable-admission-plugins", "EventRateLimit", "nothing limits the rate of events, which can flood the API server").Checkov("CKV_K8S_78").Trivy("KCV0010"),
        ControlPlaneSetting.DoesNotList("--enable-admission-plugins", "AlwaysAdmit", "it admits every request, whatever the other plugins say").Checkov("CKV_K8S_79").Trivy("KCV0011"),
        ControlPlaneSetting.Lists("--enable-admission-plugins", "AlwaysPullImages", "a pod can run a private image already pulled on its node without the credentials to pull it").Checkov("CKV_K8S_80").Trivy("KCV0012"),
        ControlPlaneSetting.DoesNotList("--disable-admission-plugins", "ServiceAccount", "pods are not given their service account and its token").Checkov("CKV_K8S_82").Trivy("KCV0014"),
        ControlPlaneSetting.DoesNotList("--disable-admission-plugins", "NamespaceLifecycle", "objects can be created in namespaces that are being deleted or do not exist").Checkov("CKV_K8S_83").Trivy("KCV0015"),
        ControlPlaneSetting.Lists("--enable-admission-plugins", "NodeRestriction", "a kubelet can change other nodes and the pods bound to them").Checkov("CKV_K8S_85").Trivy("KCV0016"),
        ControlPlaneSetting.Unset("--insecure-bind-address", "the API is served without authentication or TLS on that address").Checkov("CKV_K8S_86"),
        ControlPlaneSetting.ZeroOrUnset("--insecure-port", "serves the API without authentication or TLS on that port").Checkov("CKV_K8S_88"),
        ControlPlaneSetting.IsNot("--secure-port", "0", "turns off the API's HTTPS port").Checkov("CKV_K8S_89").Trivy("KCV0017"),
        ControlPlaneSetting.Is("--profiling", "false", unsetIsWrong: true, "serves profiling data of the process at /debug/pprof").Checkov("CKV_K8S_90").Trivy("KCV0018"),
        ControlPlaneSetting.Given("--audit-log-path", "API requests are not audited").Checkov("CKV_K8S_91").Trivy("KCV0019"),
        ControlPlaneSetting.Chosen("--audit-log-maxage", 30, "how long audit logs are kept is not chosen").Checkov("CKV_K8S_92").Trivy("KCV0020"),
        ControlPlaneSetting.Chosen("--audit-log-maxbackup", 10, "how many old audit log files are kept is not chosen").Checkov("CKV_K8S_93").Trivy("KCV0021"),
        ControlPlaneSetting.Chosen("--audit-log-maxsize", 100, "the size at which the audit log is rotated is not chosen").Checkov("CKV_K8S_94").Trivy("KCV0022"),
        ControlPlaneSetting.IsNot("--service-account-lookup", "false", "accepts the tokens of deleted service accounts until they expire").Checkov("CKV_K8S_96").Trivy("KCV0024"),
        ControlPlaneSetting.Given("--service-account-key-file", "service account tokens cannot be verified with a key of your own, nor the key rotated").Checkov("CKV_K8S_97").Trivy("KCV0025"),
        ControlPlaneSetting.Given("--etcd-certfile", "the API server does not authenticate to etcd with a certificate").Checkov("CKV_K8S_99").Trivy("KCV0026"),
        ControlPlaneSetting.Given("--etcd-keyfile", "the API server does not authenticate to etcd with a certificate").Checkov("CKV_K8S_99").Trivy("KCV0026"),
        ControlPlaneSetting.Given("--tls-cert-file", "the API is served with a self-signed certificate the server makes up").Checkov("CKV_K8S_100").Trivy("KCV0027"),
        ControlPlaneSetting.Given("--tls-private-key-file", "the API is served with a self-signed certificate the server makes up").Checkov("CKV_K8S_100").Trivy("KCV0027"),
        ControlPlaneSetting.Given("--client-ca-file", "the API server cannot authenticate clients by certificate, kubelets and controllers among them").Trivy("KCV0028"),
        ControlPlaneSetting.Given("--etcd-cafile", "the API server does not verify etcd's certificate").Checkov("CKV_K8S_102").Trivy("KCV0029"),
        ControlPlaneSetting.Given("--encryption-provider-config", "Secrets are stored unencrypted in etcd").Checkov("CKV_K8S_104").Trivy("KCV0030"),
        ControlPlaneSetting.StrongCipherSuites("--tls-cipher-suites").Checkov("CKV_K8S_105"),
    };

    private static readonly RuleOption<HashSet<string>> IgnoredSettings = ControlPlaneSetting.IgnoredSettingsOption(Settings);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4080",
        "api-server-setting",
        "kube-apiserver runs with an insecure setting",
        "{0} runs kube-apiserver: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4080"),
        ControlPlaneSetting.EquivalentsOf(Settings))
    {
        Options = new RuleOption[] { IgnoredSettings },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterKubernetesObject(c => ControlPlaneSetting.Report(c, Rule, IgnoredSettings, "kube-apiserver", Settings));
}
