using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1017: the container mounts a host directory that holds the host's system, kernel interfaces, credentials or container state.</summary>
public sealed class SensitiveHostMountAnalyzer : Analyzer
{
    // System directories: the directory itself, or a directory that contains it (`/var` holds `/var/lib/docker`).
    // Files below them are not reported: `/etc/localtime` or `/usr/share/zoneinfo` read-only are routine.
    private static readonly (string Path, string Reason)[] SystemDirectories =
    {
        ("/", "the whole host file system"),
        ("/etc", "the host's configuration, password hashes and keys"),
        ("/proc", "every host process and kernel settings"),
        ("/sys", "kernel and device settings"),
        ("/dev", "every host device"),
        ("/boot", "the kernel and boot loader"),
        ("/usr", "the host's programs"),
        ("/bin", "the host's programs"),
        ("/sbin", "the host's programs"),
        ("/lib", "the host's libraries and kernel modules"),
        ("/lib32", "the host's libraries"),
        ("/lib64", "the host's libraries"),
        ("/root", "root's home: keys, shell history, credentials"),
        ("/var/lib/docker", "every container's file system and configuration, environment secrets included"),
        ("/var/lib/containerd", "every container's file system"),
        ("/var/lib/kubelet", "the kubelet's state and pod secrets"),
        ("/etc/kubernetes", "the cluster's credentials"),
    };

    // Trees where anything below is sensitive too.
    private static readonly (string Path, string Reason)[] SensitiveTrees =
    {
        ("/proc", "host kernel and process state"),
        ("/boot", "the kernel and boot loader"),
        ("/root", "root's files"),
        ("/var/lib/docker", "container state, environment secrets included"),
        ("/var/lib/containerd", "container state"),
        ("/var/lib/kubelet", "the kubelet's state and pod secrets"),
        ("/etc/kubernetes", "the cluster's credentials"),
        ("/etc/ssh", "the host's SSH keys and configuration"),
        ("/etc/shadow", "password hashes"),
        ("/etc/gshadow", "group password hashes"),
        ("/etc/sudoers", "who may become root"),
        ("/etc/sudoers.d", "who may become root"),
    };

    // Directories of programs, libraries and kernel modules the host runs: below them only a writable mount is
    // reported, since read-only `/lib/modules` or `/usr/lib/os-release` are routine for agents.
    private static readonly string[] HostCodeDirectories =
    {
        "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libexec", "/usr/local/bin", "/usr/local/sbin", "/usr/local/lib",
    };

    private static readonly RuleOption<PathTable> SensitiveHostPaths = RuleOption.StringList(
        "sensitive-host-paths",
        "absolute host directories reported when they are mounted, or a directory that holds them is; files and directories below them are not",
        SystemDirectories.Select(entry => entry.Path).ToArray(),
        items => new PathTable(items, SystemDirectories, "a directory named in the rule's sensitive-host-paths option"),
        HostPathProblem);

    private static readonly RuleOption<PathTable> SensitiveHostTrees = RuleOption.StringList(
        "sensitive-host-trees",
        "absolute host paths reported when they, or anything below them, are mounted",
        SensitiveTrees.Select(entry => entry.Path).ToArray(),
        items => new PathTable(items, SensitiveTrees, "a path named in the rule's sensitive-host-trees option"),
        HostPathProblem);

    private static readonly RuleOption<IReadOnlyList<string>> HostCodePaths = RuleOption.StringList<IReadOnlyList<string>>(
        "host-code-paths",
        "absolute host directories of programs and libraries the host runs: they and anything below them are reported when mounted writable",
        HostCodeDirectories,
        items => items.Select(item => HostPaths.Normalize(item)!).ToArray(),
        HostPathProblem);

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
        new[] { "cis-docker:5.6", "trivy:KSV121", "kube-linter:sensitive-host-mounts", "kics:volume_has_sensitive_host_directory" })
    {
        Options = new RuleOption[] { SensitiveHostPaths, SensitiveHostTrees, HostCodePaths },
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
                || Sensitivity(c, source, mount.ReadOnly) is not { } reason)
            {
                continue;
            }

            c.Report(Rule, mount.Location, c.Container.Description, source == mount.Source ? $"'{source}'" : $"'{source}' (written '{mount.Source}')", mount.ReadOnly ? " read-only" : " writable", reason);
        }
    });

    private static string? Sensitivity(RuleContext c, string source, bool readOnly)
    {
        var systemDirectories = c.GetOption(Rule, SensitiveHostPaths);
        if (systemDirectories.Reason(source) is { } reason)
        {
            return reason;
        }

        foreach (var tree in c.GetOption(Rule, SensitiveHostTrees).Entries)
        {
            if (HostPaths.IsSameOrUnder(source, tree.Path))
            {
                return tree.Reason;
            }
        }

        if (!readOnly)
        {
            foreach (var directory in c.GetOption(Rule, HostCodePaths))
            {
                if (HostPaths.IsSameOrUnder(source, directory))
                {
                    return "the container can change programs or kernel modules the host runs";
                }
            }
        }

        // A parent of a system directory holds it: `/var/lib` holds `/var/lib/docker`.
        foreach (var directory in systemDirectories.Entries)
        {
            if (HostPaths.IsSameOrUnder(directory.Path, source))
            {
                return "it holds " + directory.Path + ", " + directory.Reason;
            }
        }

        return null;
    }

    private static string? HostPathProblem(string item) => HostPaths.Normalize(item) is null ? "a host path here is absolute (it starts with '/')" : null;

    /// <summary>Normalised host paths in the configured order, each with why it is sensitive.</summary>
    private sealed class PathTable
    {
        private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);

        public PathTable(IReadOnlyList<string> items, (string Path, string Reason)[] known, string otherReason)
        {
            var entries = new List<(string, string)>();
            foreach (var item in items)
            {
                var path = HostPaths.Normalize(item)!;
                if (!_reasons.ContainsKey(path))
                {
                    var index = Array.FindIndex(known, entry => entry.Path == path);
                    var reason = index >= 0 ? known[index].Reason : otherReason;
                    _reasons.Add(path, reason);
                    entries.Add((path, reason));
                }
            }

            Entries = entries;
        }

        public IReadOnlyList<(string Path, string Reason)> Entries { get; }

        public string? Reason(string path) => _reasons.TryGetValue(path, out var reason) ? reason : null;
    }
}
