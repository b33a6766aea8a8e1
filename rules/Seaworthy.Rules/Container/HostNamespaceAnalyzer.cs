using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Container;

/// <summary>SW1011-SW1015: the container shares one of the host's namespaces (network, PID, IPC, UTS, user).</summary>
public sealed class HostNamespaceAnalyzer : Analyzer
{
    /// <summary>SW1011: the host's network namespace.</summary>
    public static readonly RuleDescriptor HostNetwork = new(
        "SW1011",
        "host-network",
        "Container uses the host's network",
        "{0} uses the host's network namespace: it can bind any host port, reach services on localhost and sniff host traffic",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1011"),
        new[] { "cis-docker:5.10", "checkov:CKV_K8S_19", "trivy:KSV009", "kube-linter:host-network", "kubesec:HostNetwork", "polaris:hostNetworkSet", "kics:shared_host_network_namespace" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <summary>SW1012: the host's PID namespace.</summary>
    public static readonly RuleDescriptor HostPid = new(
        "SW1012",
        "host-pid",
        "Container uses the host's PID namespace",
        "{0} uses the host's PID namespace: it sees every host process, their command lines and environments, and can signal them",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1012"),
        new[] { "cis-docker:5.16", "checkov:CKV_K8S_17", "trivy:KSV010", "kube-linter:host-pid", "kubesec:HostPID", "polaris:hostPIDSet", "kics:host_namespace_is_shared" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <summary>SW1013: the host's IPC namespace.</summary>
    public static readonly RuleDescriptor HostIpc = new(
        "SW1013",
        "host-ipc",
        "Container uses the host's IPC namespace",
        "{0} uses the host's IPC namespace: it can read and write the shared memory and message queues of host processes",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1013"),
        new[] { "cis-docker:5.17", "checkov:CKV_K8S_18", "trivy:KSV008", "kube-linter:host-ipc", "kubesec:HostIPC", "polaris:hostIPCSet", "kics:shared_host_ipc_namespace" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <summary>SW1014: the host's UTS namespace.</summary>
    public static readonly RuleDescriptor HostUts = new(
        "SW1014",
        "host-uts",
        "Container uses the host's UTS namespace",
        "{0} uses the host's UTS namespace: it can change the host's hostname and domain name",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose,
        RuleDescriptor.HelpFor("SW1014"),
        new[] { "cis-docker:5.21" });

    /// <summary>SW1015: the host's user namespace, opting out of the daemon's user namespace remapping.</summary>
    public static readonly RuleDescriptor HostUserNamespace = new(
        "SW1015",
        "host-user-namespace",
        "Container uses the host's user namespace",
        "{0} uses the host's user namespace: it opts out of user namespace remapping, so root in the container is root on the host",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1015"),
        new[] { "cis-docker:5.31", "kics:shared_host_user_namespace" });

    // The pod spec keys that share a host namespace, as the Kubernetes container adapter reads them.
    private static readonly (RuleDescriptor Rule, string Key)[] PodKeys =
    {
        (HostNetwork, "hostNetwork"), (HostPid, "hostPID"), (HostIpc, "hostIPC"), (HostUserNamespace, "hostUsers"),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { HostNetwork, HostPid, HostIpc, HostUts, HostUserNamespace };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterContainer(c =>
        {
            var runtime = c.Container.Runtime;
            Check(c, HostNetwork, runtime.NetworkMode);
            Check(c, HostPid, runtime.PidMode);
            Check(c, HostIpc, runtime.IpcMode);
            Check(c, HostUts, runtime.UtsMode);
            Check(c, HostUserNamespace, runtime.UsernsMode);
        });

        // A pod template without containers (which the API server refuses) still says what its pods would share,
        // so the object is judged on its own, as kube-linter does.
        context.RegisterKubernetesObject(c =>
        {
            if (c.PodTemplate is not { Containers.Count: 0 } pod)
            {
                return;
            }

            foreach (var (rule, key) in PodKeys)
            {
                if (pod.Spec.GetScalar(key) is { } scalar && YamlNavigation.IsTrue(scalar))
                {
                    c.Report(rule, scalar.Location, c.KubernetesObject.Description);
                }
            }
        });
    }

    private static void Check(ContainerContext c, RuleDescriptor rule, Setting<string>? mode)
    {
        if (mode is not null && string.Equals(mode.Value.Trim(), "host", StringComparison.OrdinalIgnoreCase))
        {
            // The key goes: on Kubernetes the pod spec's hostNetwork/hostPID/hostIPC, on Compose the service's mode.
            var container = c.Container;
            var fix = rule.FixSafety is null ? null
                : YamlFixes.Remove(container.Surface == ContainerSurface.Kubernetes ? container.PodSpec : container.Node, mode.Location, FixSafety.Unsafe, "Remove the host namespace setting");
            FixReport.Report(c, rule, mode.Location, fix, container.Description);
        }
    }
}
