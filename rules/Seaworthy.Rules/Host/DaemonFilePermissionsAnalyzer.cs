using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>
/// SW5041-SW5064: owner and permissions of the daemon's files, units, sockets and certificates (CIS 3.1-3.24),
/// one rule per CIS check. Owners are compared as numbers (0:0 is root:root) and modes as bits.
/// </summary>
public sealed class DaemonFilePermissionsAnalyzer : Analyzer
{
    // Permission bits as the benchmark writes them in octal: user, group and others, three bits each.
    private const int Octal400 = 4 << 6;
    private const int Octal444 = (4 << 6) | (4 << 3) | 4;
    private const int Octal644 = (6 << 6) | (4 << 3) | 4;
    private const int Octal660 = (6 << 6) | (6 << 3);
    private const int Octal755 = (7 << 6) | (5 << 3) | 5;

    // One row per file the benchmark checks, in its order: the owner rule and the mode rule, with their CIS numbers
    // (3.21 and 3.22 give the mode of /etc/sysconfig/docker before its owner).
    private static readonly FileRules[] Files =
    {
        new("the docker.service unit", HostFileRoles.ServiceUnit, FileKind.Daemon, Octal644, ("SW5041", "docker-service-wrong-owner", "3.1"), ("SW5042", "docker-service-too-permissive", "3.2")),
        new("the docker.socket unit", HostFileRoles.SocketUnit, FileKind.Daemon, Octal644, ("SW5043", "docker-socket-unit-wrong-owner", "3.3"), ("SW5044", "docker-socket-unit-too-permissive", "3.4")),
        new("the /etc/docker directory", HostFileRoles.ConfigDirectory, FileKind.Daemon, Octal755, ("SW5045", "docker-config-dir-wrong-owner", "3.5"), ("SW5046", "docker-config-dir-too-permissive", "3.6")),
        new("registry certificates in /etc/docker/certs.d", HostFileRoles.RegistryCertificate, FileKind.RegistryCertificates, Octal444, ("SW5047", "registry-certificate-wrong-owner", "3.7"), ("SW5048", "registry-certificate-too-permissive", "3.8")),
        new("the daemon's TLS CA certificate", HostFileRoles.TlsCaCert, FileKind.Tls, Octal444, ("SW5049", "tls-ca-certificate-wrong-owner", "3.9"), ("SW5050", "tls-ca-certificate-too-permissive", "3.10")),
        new("the daemon's TLS server certificate", HostFileRoles.TlsCert, FileKind.Tls, Octal444, ("SW5051", "tls-server-certificate-wrong-owner", "3.11"), ("SW5052", "tls-server-certificate-too-permissive", "3.12")),
        new("the daemon's TLS server key", HostFileRoles.TlsKey, FileKind.Tls, Octal400, ("SW5053", "tls-server-key-wrong-owner", "3.13"), ("SW5054", "tls-server-key-too-permissive", "3.14")),
        new("the Docker socket", HostFileRoles.DockerSocket, FileKind.DockerSocket, Octal660, ("SW5055", "docker-socket-wrong-owner", "3.15"), ("SW5056", "docker-socket-too-permissive", "3.16")),
        new("/etc/docker/daemon.json", HostFileRoles.DaemonJson, FileKind.Daemon, Octal644, ("SW5057", "daemon-json-wrong-owner", "3.17"), ("SW5058", "daemon-json-too-permissive", "3.18")),
        new("/etc/default/docker", HostFileRoles.DefaultsFile, FileKind.Daemon, Octal644, ("SW5059", "default-docker-wrong-owner", "3.19"), ("SW5060", "default-docker-too-permissive", "3.20")),
        new("/etc/sysconfig/docker", HostFileRoles.SysconfigFile, FileKind.Daemon, Octal644, ("SW5062", "sysconfig-docker-wrong-owner", "3.22"), ("SW5061", "sysconfig-docker-too-permissive", "3.21")),
        new("the containerd socket", HostFileRoles.ContainerdSocket, FileKind.Daemon, Octal660, ("SW5063", "containerd-socket-wrong-owner", "3.23"), ("SW5064", "containerd-socket-too-permissive", "3.24")),
    };

    /// <summary>How a row's files are found and which group may own them.</summary>
    private enum FileKind
    {
        /// <summary>One file of the daemon, owned by root:root.</summary>
        Daemon,

        /// <summary>The Docker socket: group docker (or root) may own it.</summary>
        DockerSocket,

        /// <summary>Every certificate under /etc/docker/certs.d, if any.</summary>
        RegistryCertificates,

        /// <summary>A TLS file of the daemon, checked only when the daemon uses TLS.</summary>
        Tls,
    }

    /// <summary>The rules of every row, by id.</summary>
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = Files
        .SelectMany(file => new[] { file.OwnerRule, file.ModeRule })
        .OrderBy(rule => rule.Id, StringComparer.Ordinal)
        .ToArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        foreach (var file in Files)
        {
            switch (file.Kind)
            {
                case FileKind.RegistryCertificates:
                    CheckRegistryCertificates(c, file);
                    break;
                case FileKind.Tls:
                    CheckTls(c, file);
                    break;
                default:
                    Check(c, file);
                    break;
            }
        }
    });

    // CIS 3.15 asks for root:docker for the Docker socket, and group root is stricter still; every other file root:root.
    private static bool GroupIsRight(HostSnapshot snapshot, FileRules rules, HostFile file) =>
        file.Gid == 0
        || (rules.Kind == FileKind.DockerSocket
            && (string.Equals(file.Group, "docker", StringComparison.Ordinal) || (snapshot.Local?.DockerGroup is { Exists: true } group && group.Gid == file.Gid)));

    private static void Check(HostContext c, FileRules rules)
    {
        switch (HostQueries.FileWithRole(c.Snapshot, rules.Role, out var file))
        {
            case FileExistence.Absent:
                c.Audit.NotApplicable(rules.OwnerRule, file!.Path + " does not exist");
                c.Audit.NotApplicable(rules.ModeRule, file.Path + " does not exist");
                break;
            case FileExistence.Unknown:
                var reason = HostQueries.FilesUnknownReason(c.Snapshot, rules.Role);
                c.Audit.Unknown(rules.OwnerRule, reason);
                c.Audit.Unknown(rules.ModeRule, reason);
                break;
            default:
                CheckFile(c, rules, file!);
                break;
        }
    }

    private static void CheckFile(HostContext c, FileRules rules, HostFile file)
    {
        // A file whose metadata could not be read carries only the reason; its zero owner and mode mean nothing.
        if (file.Unreadable is { } unreadable && file.Owner is null && file.Group is null && file.Uid == 0 && file.Gid == 0 && file.Mode == 0)
        {
            c.Audit.Unknown(rules.OwnerRule, HostTarget.ForFile(file), file.Path + " could not be read: " + unreadable);
            c.Audit.Unknown(rules.ModeRule, HostTarget.ForFile(file), file.Path + " could not be read: " + unreadable);
            return;
        }

        if (!file.OwnedByRoot || !GroupIsRight(c.Snapshot, rules, file))
        {
            c.Report(rules.OwnerRule, HostTarget.ForFile(file), file.Path, Owner(file));
        }

        if (!file.ModeWithin(rules.AllowedMode))
        {
            c.Report(rules.ModeRule, HostTarget.ForFile(file), file.Path, file.OctalMode);
        }
    }

    // user:group by name where the host's databases know them, by number otherwise.
    private static string Owner(HostFile file) =>
        (file.Owner ?? file.Uid.ToString(CultureInfo.InvariantCulture)) + ":" + (file.Group ?? file.Gid.ToString(CultureInfo.InvariantCulture));

    private static void CheckRegistryCertificates(HostContext c, FileRules rules)
    {
        var snapshot = c.Snapshot;
        if (snapshot.Local is null || !snapshot.IsAvailable(HostParts.DaemonFiles))
        {
            var reason = HostQueries.FilesUnknownReason(snapshot, "/etc/docker/certs.d");
            c.Audit.Unknown(rules.OwnerRule, reason);
            c.Audit.Unknown(rules.ModeRule, reason);
            return;
        }

        var any = false;
        foreach (var file in snapshot.Local.FilesWithRole(rules.Role))
        {
            any = true;
            CheckFile(c, rules, file);
        }

        if (!any)
        {
            c.Audit.NotApplicable(rules.OwnerRule, "no registry certificate under /etc/docker/certs.d");
            c.Audit.NotApplicable(rules.ModeRule, "no registry certificate under /etc/docker/certs.d");
        }
    }

    // The certificates matter only when the daemon uses TLS (--tls or --tlsverify); the collector finds them from --tlscacert and the like.
    private static void CheckTls(HostContext c, FileRules rules)
    {
        var options = c.DaemonOptions;
        var usesTls = options.Boolean("tls") == true || options.Boolean("tlsverify") == true;
        if (!usesTls)
        {
            if (options.IsKnown)
            {
                c.Audit.NotApplicable(rules.OwnerRule, "the daemon does not use TLS");
                c.Audit.NotApplicable(rules.ModeRule, "the daemon does not use TLS");
            }
            else
            {
                c.Audit.Unknown(rules.OwnerRule, c.OptionsUnknownReason());
                c.Audit.Unknown(rules.ModeRule, c.OptionsUnknownReason());
            }

            return;
        }

        Check(c, rules);
    }

    /// <summary>The two rules of one checked file: its owner and its mode, each one CIS check.</summary>
    private sealed class FileRules
    {
        public FileRules(string what, string role, FileKind kind, int allowedMode, (string Id, string Name, string Cis) owner, (string Id, string Name, string Cis) mode)
        {
            Role = role;
            Kind = kind;
            AllowedMode = allowedMode;
            var group = kind == FileKind.DockerSocket ? "docker" : "root";
            OwnerRule = Descriptor(owner, "Wrong owner of " + what, "{0} is owned by {1}; root:" + group + " is expected");
            ModeRule = Descriptor(mode, "Permissions of " + what + " are too open", "{0} has mode {1}; " + Convert.ToString(allowedMode, 8) + " or stricter is expected");
        }

        public string Role { get; }

        public FileKind Kind { get; }

        public int AllowedMode { get; }

        public RuleDescriptor OwnerRule { get; }

        public RuleDescriptor ModeRule { get; }

        private static RuleDescriptor Descriptor((string Id, string Name, string Cis) rule, string title, string message) => new(
            rule.Id,
            rule.Name,
            title,
            message,
            RuleCategory.Security,
            Severity.Warning,
            EnabledByDefault: true,
            Surfaces.Host,
            RuleDescriptor.HelpFor(rule.Id),
            new[] { "cis-docker:" + rule.Cis });
    }
}
