using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1017: the container mounts a host directory that holds the host's system, kernel interfaces, credentials or container state.</summary>
public sealed class SensitiveHostMountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1017",
        "sensitive-host-mount",
        "Sensitive host directory mounted",
        "{0} mounts the host's {1}{2}: {3}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1017"),
        new[] { "cis-docker:5.6", "trivy:KSV121", "kube-linter:sensitive-host-mounts", "kics:volume_has_sensitive_host_directory" });

    // System directories: the directory itself, or a directory that contains it (`/var` holds `/var/lib/docker`).
    // Files below them are not reported: `/etc/localtime` or `/usr/share/zoneinfo` read-only are routine.
    private static readonly Dictionary<string, string> SystemDirectories = new(StringComparer.Ordinal)
    {
        ["/"] = "the whole host file system",
        ["/etc"] = "the host's configuration, password hashes and keys",
        ["/proc"] = "every host process and kernel settings",
        ["/sys"] = "kernel and device settings",
        ["/dev"] = "every host device",
        ["/boot"] = "the kernel and boot loader",
        ["/usr"] = "the host's programs",
        ["/bin"] = "the host's programs",
        ["/sbin"] = "the host's programs",
        ["/lib"] = "the host's libraries and kernel modules",
        ["/lib32"] = "the host's libraries",
        ["/lib64"] = "the host's libraries",
        ["/root"] = "root's home: keys, shell history, credentials",
        ["/var/lib/docker"] = "every container's file system and configuration, environment secrets included",
        ["/var/lib/containerd"] = "every container's file system",
        ["/var/lib/kubelet"] = "the kubelet's state and pod secrets",
        ["/etc/kubernetes"] = "the cluster's credentials",
    };

    // Trees where anything below is sensitive too.
    private static readonly Dictionary<string, string> SensitiveTrees = new(StringComparer.Ordinal)
    {
        ["/proc"] = "host kernel and process state",
        ["/boot"] = "the kernel and boot loader",
        ["/root"] = "root's files",
        ["/var/lib/docker"] = "container state, environment secrets included",
        ["/var/lib/containerd"] = "container state",
        ["/var/lib/kubelet"] = "the kubelet's state and pod secrets",
        ["/etc/kubernetes"] = "the cluster's credentials",
        ["/etc/ssh"] = "the host's SSH keys and configuration",
        ["/etc/shadow"] = "password hashes",
        ["/etc/gshadow"] = "group password hashes",
        ["/etc/sudoers"] = "who may become root",
        ["/etc/sudoers.d"] = "who may become root",
    };

    // Directories of programs, libraries and kernel modules the host runs: below them only a writable mount is
    // reported, since read-only `/lib/modules` or `/usr/lib/os-release` are routine for agents.
    private static readonly string[] HostCodeDirectories =
    {
        "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libexec", "/usr/local/bin", "/usr/local/sbin", "/usr/local/lib",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var mount in c.Container.Runtime.Mounts)
        {
            // A runtime socket or its directory is SW1016's.
            if (mount.Kind != MountKind.HostPath || HostPaths.Normalize(mount.Source) is not { } source || HostPaths.IsRuntimeSocket(source)
                || Sensitivity(source, mount.ReadOnly) is not { } reason)
            {
                continue;
            }

            c.Report(Rule, mount.Location, c.Container.Description, source == mount.Source ? $"'{source}'" : $"'{source}' (written '{mount.Source}')", mount.ReadOnly ? " read-only" : " writable", reason);
        }
    });

    private static string? Sensitivity(string source, bool readOnly)
    {
        if (SystemDirectories.TryGetValue(source, out var reason))
        {
            return reason;
        }

        foreach (var tree in SensitiveTrees)
        {
            if (HostPaths.IsSameOrUnder(source, tree.Key))
            {
                return tree.Value;
            }
        }

        if (!readOnly)
        {
            foreach (var directory in HostCodeDirectories)
            {
                if (HostPaths.IsSameOrUnder(source, directory))
                {
                    return "the container can change programs or kernel modules the host runs";
                }
            }
        }

        // A parent of a system directory holds it: `/var/lib` holds `/var/lib/docker`.
        foreach (var directory in SystemDirectories)
        {
            if (HostPaths.IsSameOrUnder(directory.Key, source))
            {
                return "it holds " + directory.Key + ", " + directory.Value;
            }
        }

        return null;
    }
}
