using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>
/// SW5041-SW5064: owner and permissions of the daemon's files, units, sockets and certificates (CIS 3.1-3.24),
/// one rule per CIS check. Owners are compared as numbers (0:0 is root:root) and modes as bits.
/// </summary>
public sealed class DaemonFilePermissionsAnalyzer : Analyzer
{
    /// <summary>docker.service owner.</summary>
    public static readonly RuleDescriptor DockerServiceOwner = new(
        "SW5041",
        "docker-service-wrong-owner",
        "Wrong owner of the docker.service unit",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5041"),
        new[] { "cis-docker:3.1" });

    /// <summary>docker.service mode.</summary>
    public static readonly RuleDescriptor DockerServiceMode = new(
        "SW5042",
        "docker-service-too-permissive",
        "Permissions of the docker.service unit are too open",
        "{0} has mode {1}; 644 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5042"),
        new[] { "cis-docker:3.2" });

    /// <summary>docker.socket owner.</summary>
    public static readonly RuleDescriptor DockerSocketUnitOwner = new(
        "SW5043",
        "docker-socket-unit-wrong-owner",
        "Wrong owner of the docker.socket unit",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5043"),
        new[] { "cis-docker:3.3" });

    /// <summary>docker.socket mode.</summary>
    public static readonly RuleDescriptor DockerSocketUnitMode = new(
        "SW5044",
        "docker-socket-unit-too-permissive",
        "Permissions of the docker.socket unit are too open",
        "{0} has mode {1}; 644 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5044"),
        new[] { "cis-docker:3.4" });

    /// <summary>/etc/docker owner.</summary>
    public static readonly RuleDescriptor ConfigurationDirectoryOwner = new(
        "SW5045",
        "docker-config-dir-wrong-owner",
        "Wrong owner of the /etc/docker directory",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5045"),
        new[] { "cis-docker:3.5" });

    /// <summary>/etc/docker mode.</summary>
    public static readonly RuleDescriptor ConfigurationDirectoryMode = new(
        "SW5046",
        "docker-config-dir-too-permissive",
        "Permissions of the /etc/docker directory are too open",
        "{0} has mode {1}; 755 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5046"),
        new[] { "cis-docker:3.6" });

    /// <summary>Registry certificates owner.</summary>
    public static readonly RuleDescriptor RegistryCertificateOwner = new(
        "SW5047",
        "registry-certificate-wrong-owner",
        "Wrong owner of registry certificates in /etc/docker/certs.d",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5047"),
        new[] { "cis-docker:3.7" });

    /// <summary>Registry certificates mode.</summary>
    public static readonly RuleDescriptor RegistryCertificateMode = new(
        "SW5048",
        "registry-certificate-too-permissive",
        "Permissions of registry certificates in /etc/docker/certs.d are too open",
        "{0} has mode {1}; 444 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5048"),
        new[] { "cis-docker:3.8" });

    /// <summary>TLS CA certificate owner.</summary>
    public static readonly RuleDescriptor TlsCaCertificateOwner = new(
        "SW5049",
        "tls-ca-certificate-wrong-owner",
        "Wrong owner of the daemon's TLS CA certificate",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5049"),
        new[] { "cis-docker:3.9" });

    /// <summary>TLS CA certificate mode.</summary>
    public static readonly RuleDescriptor TlsCaCertificateMode = new(
        "SW5050",
        "tls-ca-certificate-too-permissive",
        "Permissions of the daemon's TLS CA certificate are too open",
        "{0} has mode {1}; 444 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5050"),
        new[] { "cis-docker:3.10" });

    /// <summary>TLS server certificate owner.</summary>
    public static readonly RuleDescriptor TlsServerCertificateOwner = new(
        "SW5051",
        "tls-server-certificate-wrong-owner",
        "Wrong owner of the daemon's TLS server certificate",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5051"),
        new[] { "cis-docker:3.11" });

    /// <summary>TLS server certificate mode.</summary>
    public static readonly RuleDescriptor TlsServerCertificateMode = new(
        "SW5052",
        "tls-server-certificate-too-permissive",
        "Permissions of the daemon's TLS server certificate are too open",
        "{0} has mode {1}; 444 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5052"),
        new[] { "cis-docker:3.12" });

    /// <summary>TLS server key owner.</summary>
    public static readonly RuleDescriptor TlsServerKeyOwner = new(
        "SW5053",
        "tls-server-key-wrong-owner",
        "Wrong owner of the daemon's TLS server key",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5053"),
        new[] { "cis-docker:3.13" });

    /// <summary>TLS server key mode.</summary>
    public static readonly RuleDescriptor TlsServerKeyMode = new(
        "SW5054",
        "tls-server-key-too-permissive",
        "Permissions of the daemon's TLS server key are too open",
        "{0} has mode {1}; 400 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5054"),
        new[] { "cis-docker:3.14" });

    /// <summary>Docker socket owner.</summary>
    public static readonly RuleDescriptor DockerSocketOwner = new(
        "SW5055",
        "docker-socket-wrong-owner",
        "Wrong owner of the Docker socket",
        "{0} is owned by {1}; root:docker is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5055"),
        new[] { "cis-docker:3.15" });

    /// <summary>Docker socket mode.</summary>
    public static readonly RuleDescriptor DockerSocketMode = new(
        "SW5056",
        "docker-socket-too-permissive",
        "Permissions of the Docker socket are too open",
        "{0} has mode {1}; 660 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5056"),
        new[] { "cis-docker:3.16" });

    /// <summary>daemon.json owner.</summary>
    public static readonly RuleDescriptor DaemonJsonOwner = new(
        "SW5057",
        "daemon-json-wrong-owner",
        "Wrong owner of /etc/docker/daemon.json",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5057"),
        new[] { "cis-docker:3.17" });

    /// <summary>daemon.json mode.</summary>
    public static readonly RuleDescriptor DaemonJsonMode = new(
        "SW5058",
        "daemon-json-too-permissive",
        "Permissions of /etc/docker/daemon.json are too open",
        "{0} has mode {1}; 644 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5058"),
        new[] { "cis-docker:3.18" });

    /// <summary>/etc/default/docker owner.</summary>
    public static readonly RuleDescriptor DefaultDockerOwner = new(
        "SW5059",
        "default-docker-wrong-owner",
        "Wrong owner of /etc/default/docker",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5059"),
        new[] { "cis-docker:3.19" });

    /// <summary>/etc/default/docker mode.</summary>
    public static readonly RuleDescriptor DefaultDockerMode = new(
        "SW5060",
        "default-docker-too-permissive",
        "Permissions of /etc/default/docker are too open",
        "{0} has mode {1}; 644 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5060"),
        new[] { "cis-docker:3.20" });

    /// <summary>/etc/sysconfig/docker mode.</summary>
    public static readonly RuleDescriptor SysconfigDockerMode = new(
        "SW5061",
        "sysconfig-docker-too-permissive",
        "Permissions of /etc/sysconfig/docker are too open",
        "{0} has mode {1}; 644 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5061"),
        new[] { "cis-docker:3.21" });

    /// <summary>/etc/sysconfig/docker owner.</summary>
    public static readonly RuleDescriptor SysconfigDockerOwner = new(
        "SW5062",
        "sysconfig-docker-wrong-owner",
        "Wrong owner of /etc/sysconfig/docker",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5062"),
        new[] { "cis-docker:3.22" });

    /// <summary>containerd.sock owner.</summary>
    public static readonly RuleDescriptor ContainerdSocketOwner = new(
        "SW5063",
        "containerd-socket-wrong-owner",
        "Wrong owner of the containerd socket",
        "{0} is owned by {1}; root:root is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5063"),
        new[] { "cis-docker:3.23" });

    /// <summary>containerd.sock mode.</summary>
    public static readonly RuleDescriptor ContainerdSocketMode = new(
        "SW5064",
        "containerd-socket-too-permissive",
        "Permissions of the containerd socket are too open",
        "{0} has mode {1}; 660 or stricter is expected",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5064"),
        new[] { "cis-docker:3.24" });

    // Permission bits as the benchmark writes them in octal: user, group and others, three bits each.
    private const int Octal400 = 4 << 6;
    private const int Octal444 = (4 << 6) | (4 << 3) | 4;
    private const int Octal644 = (6 << 6) | (4 << 3) | 4;
    private const int Octal660 = (6 << 6) | (6 << 3);
    private const int Octal755 = (7 << 6) | (5 << 3) | 5;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[]
    {
        DockerServiceOwner, DockerServiceMode, DockerSocketUnitOwner, DockerSocketUnitMode, ConfigurationDirectoryOwner,
        ConfigurationDirectoryMode, RegistryCertificateOwner, RegistryCertificateMode, TlsCaCertificateOwner, TlsCaCertificateMode,
        TlsServerCertificateOwner, TlsServerCertificateMode, TlsServerKeyOwner, TlsServerKeyMode, DockerSocketOwner, DockerSocketMode,
        DaemonJsonOwner, DaemonJsonMode, DefaultDockerOwner, DefaultDockerMode, SysconfigDockerMode, SysconfigDockerOwner,
        ContainerdSocketOwner, ContainerdSocketMode,
    };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var snapshot = c.Snapshot;
        Check(c, DockerServiceOwner, DockerServiceMode, HostFileRoles.ServiceUnit, RootGroup, Octal644);
        Check(c, DockerSocketUnitOwner, DockerSocketUnitMode, HostFileRoles.SocketUnit, RootGroup, Octal644);
        Check(c, ConfigurationDirectoryOwner, ConfigurationDirectoryMode, HostFileRoles.ConfigDirectory, RootGroup, Octal755);
        CheckRegistryCertificates(c);
        CheckTls(c, TlsCaCertificateOwner, TlsCaCertificateMode, HostFileRoles.TlsCaCert, Octal444);
        CheckTls(c, TlsServerCertificateOwner, TlsServerCertificateMode, HostFileRoles.TlsCert, Octal444);
        CheckTls(c, TlsServerKeyOwner, TlsServerKeyMode, HostFileRoles.TlsKey, Octal400);
        Check(c, DockerSocketOwner, DockerSocketMode, HostFileRoles.DockerSocket, file => IsRootOrDockerGroup(snapshot, file), Octal660);
        Check(c, DaemonJsonOwner, DaemonJsonMode, HostFileRoles.DaemonJson, RootGroup, Octal644);
        Check(c, DefaultDockerOwner, DefaultDockerMode, HostFileRoles.DefaultsFile, RootGroup, Octal644);
        Check(c, SysconfigDockerOwner, SysconfigDockerMode, HostFileRoles.SysconfigFile, RootGroup, Octal644);
        Check(c, ContainerdSocketOwner, ContainerdSocketMode, HostFileRoles.ContainerdSocket, RootGroup, Octal660);
    });

    private static bool RootGroup(HostFile file) => file.Gid == 0;

    // CIS 3.15 asks for root:docker; group root is stricter still.
    private static bool IsRootOrDockerGroup(HostSnapshot snapshot, HostFile file) =>
        file.Gid == 0
        || string.Equals(file.Group, "docker", StringComparison.Ordinal)
        || (snapshot.Local?.DockerGroup is { Exists: true } group && group.Gid == file.Gid);

    private static void Check(HostContext c, RuleDescriptor ownerRule, RuleDescriptor modeRule, string role, Func<HostFile, bool> groupIsRight, int allowed)
    {
        switch (HostQueries.FileWithRole(c.Snapshot, role, out var file))
        {
            case FileExistence.Absent:
                c.Audit.NotApplicable(ownerRule, file!.Path + " does not exist");
                c.Audit.NotApplicable(modeRule, file.Path + " does not exist");
                break;
            case FileExistence.Unknown:
                var reason = HostQueries.FilesUnknownReason(c.Snapshot, role);
                c.Audit.Unknown(ownerRule, reason);
                c.Audit.Unknown(modeRule, reason);
                break;
            default:
                CheckFile(c, ownerRule, modeRule, file!, groupIsRight, allowed);
                break;
        }
    }

    private static void CheckFile(HostContext c, RuleDescriptor ownerRule, RuleDescriptor modeRule, HostFile file, Func<HostFile, bool> groupIsRight, int allowed)
    {
        // A file whose metadata could not be read carries only the reason; its zero owner and mode mean nothing.
        if (file.Unreadable is { } unreadable && file.Owner is null && file.Group is null && file.Uid == 0 && file.Gid == 0 && file.Mode == 0)
        {
            c.Audit.Unknown(ownerRule, HostTarget.ForFile(file), file.Path + " could not be read: " + unreadable);
            c.Audit.Unknown(modeRule, HostTarget.ForFile(file), file.Path + " could not be read: " + unreadable);
            return;
        }

        if (!file.OwnedByRoot || !groupIsRight(file))
        {
            c.Report(ownerRule, HostTarget.ForFile(file), file.Path, Owner(file));
        }

        if (!file.ModeWithin(allowed))
        {
            c.Report(modeRule, HostTarget.ForFile(file), file.Path, file.OctalMode);
        }
    }

    // user:group by name where the host's databases know them, by number otherwise.
    private static string Owner(HostFile file) =>
        (file.Owner ?? file.Uid.ToString(CultureInfo.InvariantCulture)) + ":" + (file.Group ?? file.Gid.ToString(CultureInfo.InvariantCulture));

    private static void CheckRegistryCertificates(HostContext c)
    {
        var snapshot = c.Snapshot;
        if (snapshot.Local is null || !snapshot.IsAvailable(HostParts.DaemonFiles))
        {
            var reason = HostQueries.FilesUnknownReason(snapshot, "/etc/docker/certs.d");
            c.Audit.Unknown(RegistryCertificateOwner, reason);
            c.Audit.Unknown(RegistryCertificateMode, reason);
            return;
        }

        var any = false;
        foreach (var file in snapshot.Local.FilesWithRole(HostFileRoles.RegistryCertificate))
        {
            any = true;
            CheckFile(c, RegistryCertificateOwner, RegistryCertificateMode, file, RootGroup, Octal444);
        }

        if (!any)
        {
            c.Audit.NotApplicable(RegistryCertificateOwner, "no registry certificate under /etc/docker/certs.d");
            c.Audit.NotApplicable(RegistryCertificateMode, "no registry certificate under /etc/docker/certs.d");
        }
    }

    // The certificates matter only when the daemon uses TLS (--tls or --tlsverify); the collector finds them from --tlscacert and the like.
    private static void CheckTls(HostContext c, RuleDescriptor ownerRule, RuleDescriptor modeRule, string role, int allowed)
    {
        var options = c.DaemonOptions;
        var usesTls = options.Boolean("tls") == true || options.Boolean("tlsverify") == true;
        if (!usesTls)
        {
            if (options.IsKnown)
            {
                c.Audit.NotApplicable(ownerRule, "the daemon does not use TLS");
                c.Audit.NotApplicable(modeRule, "the daemon does not use TLS");
            }
            else
            {
                c.Audit.Unknown(ownerRule, c.OptionsUnknownReason());
                c.Audit.Unknown(modeRule, c.OptionsUnknownReason());
            }

            return;
        }

        Check(c, ownerRule, modeRule, role, RootGroup, allowed);
    }
}
