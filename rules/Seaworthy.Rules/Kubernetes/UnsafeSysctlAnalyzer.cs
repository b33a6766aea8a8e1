using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4009: a pod sets a sysctl outside Kubernetes' safe set.</summary>
public sealed class UnsafeSysctlAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4009",
        "unsafe-sysctl",
        "Pod sets an unsafe sysctl",
        "{0} sets sysctl '{1}', which is not in Kubernetes' safe set: it needs --allowed-unsafe-sysctls on the kubelet and can affect other pods on the node",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4009"),
        new[] { "kube-linter:unsafe-sysctls", "trivy:KSV026" });

    // Kubernetes' safe set (namespaced, isolated between pods), as of 1.32; sysctl names may be written with '/' instead of '.'.
    private static readonly HashSet<string> SafeSysctls = new(StringComparer.Ordinal)
    {
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
        "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        foreach (var sysctl in ManifestQueries.MappingItems(c.PodTemplate?.Spec.GetMapping("securityContext"), "sysctls"))
        {
            if (sysctl.GetScalar("name") is { } name && !SafeSysctls.Contains(name.Value.Replace('/', '.')))
            {
                c.Report(Rule, name.Location, manifest.Description, name.Value);
            }
        }
    });
}
