using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>
/// SW5003-SW5018: no Linux audit rule watches one of Docker's files or directories (CIS 1.1.3-1.1.18). One rule
/// per path, so the scorecard can tell them apart.
/// </summary>
public sealed class MissingAuditRuleAnalyzer : Analyzer
{
    /// <summary>The dockerd binary.</summary>
    public static readonly RuleDescriptor Dockerd = new(
        "SW5003",
        "no-audit-rule-dockerd",
        "No audit rule for the dockerd binary",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5003"),
        new[] { "cis-docker:1.1.3" });

    /// <summary>/run/containerd.</summary>
    public static readonly RuleDescriptor ContainerdRunDirectory = new(
        "SW5004",
        "no-audit-rule-containerd-run-dir",
        "No audit rule for /run/containerd",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5004"),
        new[] { "cis-docker:1.1.4" });

    /// <summary>The data root.</summary>
    public static readonly RuleDescriptor DataRoot = new(
        "SW5005",
        "no-audit-rule-data-root",
        "No audit rule for the data root (/var/lib/docker)",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5005"),
        new[] { "cis-docker:1.1.5" });

    /// <summary>/etc/docker.</summary>
    public static readonly RuleDescriptor ConfigurationDirectory = new(
        "SW5006",
        "no-audit-rule-docker-config-dir",
        "No audit rule for /etc/docker",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5006"),
        new[] { "cis-docker:1.1.6" });

    /// <summary>docker.service.</summary>
    public static readonly RuleDescriptor DockerService = new(
        "SW5007",
        "no-audit-rule-docker-service",
        "No audit rule for the docker.service unit",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5007"),
        new[] { "cis-docker:1.1.7" });

    /// <summary>containerd.sock.</summary>
    public static readonly RuleDescriptor ContainerdSocket = new(
        "SW5008",
        "no-audit-rule-containerd-socket",
        "No audit rule for containerd.sock",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5008"),
        new[] { "cis-docker:1.1.8" });

    /// <summary>docker.socket.</summary>
    public static readonly RuleDescriptor DockerSocketUnit = new(
        "SW5009",
        "no-audit-rule-docker-socket-unit",
        "No audit rule for the docker.socket unit",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5009"),
        new[] { "cis-docker:1.1.9" });

    /// <summary>/etc/default/docker.</summary>
    public static readonly RuleDescriptor DefaultDocker = new(
        "SW5010",
        "no-audit-rule-default-docker",
        "No audit rule for /etc/default/docker",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5010"),
        new[] { "cis-docker:1.1.10" });

    /// <summary>/etc/docker/daemon.json.</summary>
    public static readonly RuleDescriptor DaemonJson = new(
        "SW5011",
        "no-audit-rule-daemon-json",
        "No audit rule for /etc/docker/daemon.json",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5011"),
        new[] { "cis-docker:1.1.11" });

    /// <summary>/etc/containerd/config.toml.</summary>
    public static readonly RuleDescriptor ContainerdConfiguration = new(
        "SW5012",
        "no-audit-rule-containerd-config",
        "No audit rule for /etc/containerd/config.toml",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5012"),
        new[] { "cis-docker:1.1.12" });

    /// <summary>/etc/sysconfig/docker.</summary>
    public static readonly RuleDescriptor SysconfigDocker = new(
        "SW5013",
        "no-audit-rule-sysconfig-docker",
        "No audit rule for /etc/sysconfig/docker",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5013"),
        new[] { "cis-docker:1.1.13" });

    /// <summary>The containerd binary.</summary>
    public static readonly RuleDescriptor Containerd = new(
        "SW5014",
        "no-audit-rule-containerd",
        "No audit rule for the containerd binary",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5014"),
        new[] { "cis-docker:1.1.14" });

    /// <summary>The containerd-shim binary.</summary>
    public static readonly RuleDescriptor ContainerdShim = new(
        "SW5015",
        "no-audit-rule-containerd-shim",
        "No audit rule for the containerd-shim binary",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5015"),
        new[] { "cis-docker:1.1.15" });

    /// <summary>The containerd-shim-runc-v1 binary.</summary>
    public static readonly RuleDescriptor ContainerdShimRuncV1 = new(
        "SW5016",
        "no-audit-rule-containerd-shim-runc-v1",
        "No audit rule for the containerd-shim-runc-v1 binary",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5016"),
        new[] { "cis-docker:1.1.16" });

    /// <summary>The containerd-shim-runc-v2 binary.</summary>
    public static readonly RuleDescriptor ContainerdShimRuncV2 = new(
        "SW5017",
        "no-audit-rule-containerd-shim-runc-v2",
        "No audit rule for the containerd-shim-runc-v2 binary",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5017"),
        new[] { "cis-docker:1.1.17" });

    /// <summary>The runc binary.</summary>
    public static readonly RuleDescriptor Runc = new(
        "SW5018",
        "no-audit-rule-runc",
        "No audit rule for the runc binary",
        "No audit rule watches {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5018"),
        new[] { "cis-docker:1.1.18" });

    // Where each watched thing is: a role the collector gives the file, or the usual paths of a binary or folder.
    private static readonly (RuleDescriptor Rule, string? Role, string[] Paths)[] Watched =
    {
        (ContainerdRunDirectory, null, new[] { "/run/containerd" }),
        (DataRoot, HostFileRoles.DataRoot, Array.Empty<string>()),
        (ConfigurationDirectory, HostFileRoles.ConfigDirectory, Array.Empty<string>()),
        (DockerService, HostFileRoles.ServiceUnit, Array.Empty<string>()),
        (ContainerdSocket, HostFileRoles.ContainerdSocket, Array.Empty<string>()),
        (DockerSocketUnit, HostFileRoles.SocketUnit, Array.Empty<string>()),
        (DefaultDocker, HostFileRoles.DefaultsFile, Array.Empty<string>()),
        (DaemonJson, HostFileRoles.DaemonJson, Array.Empty<string>()),
        (ContainerdConfiguration, HostFileRoles.ContainerdConfig, Array.Empty<string>()),
        (SysconfigDocker, HostFileRoles.SysconfigFile, Array.Empty<string>()),
        (Containerd, null, HostQueries.BinaryPaths("containerd")),
        (ContainerdShim, null, HostQueries.BinaryPaths("containerd-shim")),
        (ContainerdShimRuncV1, null, HostQueries.BinaryPaths("containerd-shim-runc-v1")),
        (ContainerdShimRuncV2, null, HostQueries.BinaryPaths("containerd-shim-runc-v2")),
        (Runc, null, HostQueries.BinaryPaths("runc")),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[]
    {
        Dockerd, ContainerdRunDirectory, DataRoot, ConfigurationDirectory, DockerService, ContainerdSocket, DockerSocketUnit,
        DefaultDocker, DaemonJson, ContainerdConfiguration, SysconfigDocker, Containerd, ContainerdShim, ContainerdShimRuncV1,
        ContainerdShimRuncV2, Runc,
    };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var snapshot = c.Snapshot;
        var auditRules = snapshot.Local?.AuditRules;
        foreach (var (rule, role, paths) in Watched)
        {
            HostFile? file;
            var existence = role is null ? HostQueries.FileAt(snapshot, paths, out file) : HostQueries.FileWithRole(snapshot, role, out file);
            Check(c, auditRules, rule, existence, file, role is null ? paths : new[] { file?.Path ?? role });
        }

        // dockerd's own path: the running executable, else its command line, else the usual places.
        var process = snapshot.Local?.DaemonProcess;
        var commandLine = process?.CommandLine;
        var dockerd = process?.Executable is { } executable ? new[] { executable }
            : commandLine is { Count: > 0 } && commandLine[0].StartsWith("/", StringComparison.Ordinal) ? new[] { commandLine[0] }
            : HostQueries.BinaryPaths("dockerd");
        var dockerdExistence = HostQueries.FileAt(snapshot, dockerd, out var dockerdFile);
        string? unknownReason = null;
        if (dockerdExistence == FileExistence.Absent && snapshot.Local?.DaemonProcess is not null)
        {
            // dockerd runs, so it is somewhere the collector did not look (Debian installs it in /usr/sbin).
            dockerdExistence = FileExistence.Unknown;
            unknownReason = "dockerd runs, but neither its executable nor its command line gives an absolute path, and it is not in " + string.Join(", ", dockerd);
        }

        Check(c, auditRules, Dockerd, dockerdExistence, dockerdFile, dockerd, unknownReason);
    });

    // candidates: where the thing may be; when the snapshot does not say which exists, a watch on any of them counts.
    private static void Check(HostContext c, IReadOnlyList<string>? auditRules, RuleDescriptor rule, FileExistence existence, HostFile? file, string[] candidates, string? unknownReason = null)
    {
        var what = file?.Path ?? candidates[0];
        if (existence == FileExistence.Absent)
        {
            c.Audit.NotApplicable(rule, what + " does not exist on the host");
            return;
        }

        if (auditRules is null)
        {
            c.Audit.Unknown(rule, "the audit rules were not read: " + (c.Snapshot.UnavailableReason(HostParts.AuditRules) ?? c.Snapshot.UnavailableReason(HostParts.Local) ?? "no reason recorded"));
            return;
        }

        var path = file?.Path ?? what;
        if (IsWatched(auditRules, path))
        {
            return;
        }

        if (existence == FileExistence.Unknown)
        {
            foreach (var candidate in candidates)
            {
                if (IsWatched(auditRules, candidate))
                {
                    return;
                }
            }

            c.Audit.Unknown(rule, unknownReason ?? HostQueries.FilesUnknownReason(c.Snapshot, what));
        }
        else
        {
            c.Report(rule, HostTarget.ForFile(path), path);
        }
    }

    // A watch (-w PATH) or a syscall rule (-F path=PATH, -F dir=PATH) on the path or on a directory above it:
    // directory watches are recursive.
    internal static bool IsWatched(IReadOnlyList<string> auditRules, string path)
    {
        foreach (var line in auditRules)
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                string? watched = null;
                if (words[i] == "-w" && i + 1 < words.Length)
                {
                    watched = words[i + 1];
                }
                else if (words[i] == "-F" && i + 1 < words.Length)
                {
                    var field = words[i + 1];
                    if (field.StartsWith("path=", StringComparison.Ordinal))
                    {
                        watched = field.Substring(5);
                        if (string.Equals(watched.TrimEnd('/'), path.TrimEnd('/'), StringComparison.Ordinal))
                        {
                            return true;
                        }

                        continue;
                    }

                    if (field.StartsWith("dir=", StringComparison.Ordinal))
                    {
                        watched = field.Substring(4);
                    }
                }

                if (watched is not null && Covers(watched, path))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Covers(string watched, string path)
    {
        var root = watched.TrimEnd('/');
        var target = path.TrimEnd('/');
        return string.Equals(root, target, StringComparison.Ordinal)
            || (root.Length > 0 && target.StartsWith(root + "/", StringComparison.Ordinal));
    }
}
