using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Seaworthy.Host;

/// <summary>
/// What was read from the engine's own host: the daemon's process and files, the <c>docker</c> group, the audit
/// rules, the data root's mount and the listening sockets. Each part that could not be read is null and named in
/// <see cref="HostSnapshot.Unavailable"/>.
/// </summary>
public sealed class LocalHost
{
    /// <summary>The daemon's process (<c>dockerd</c>), or null when it was not found or could not be read.</summary>
    public DaemonProcess? DaemonProcess { get; set; }

    /// <summary>
    /// Every file the audit looked for, found or not (<see cref="HostFile.Exists"/>), each with its role. A file
    /// that is not listed was not looked for (its part is unavailable).
    /// </summary>
    public IReadOnlyList<HostFile> Files { get; set; } = Array.Empty<HostFile>();

    /// <summary>The <c>docker</c> group, or null when the group database could not be read.</summary>
    public HostGroup? DockerGroup { get; set; }

    /// <summary>The kernel audit rules, one per line (<c>-w /usr/bin/dockerd -k docker</c>), or null when they could not be read.</summary>
    public IReadOnlyList<string>? AuditRules { get; set; }

    /// <summary>Where the audit rules came from (<c>auditctl -l</c>, <c>/etc/audit/audit.rules</c>).</summary>
    public string? AuditRulesSource { get; set; }

    /// <summary>The data root's mount, or null when the mount table could not be read.</summary>
    public DataRootMount? DataRoot { get; set; }

    /// <summary>The host's listening TCP sockets, or null when they could not be read.</summary>
    public IReadOnlyList<ListeningSocket>? ListeningSockets { get; set; }

    /// <summary>The first file with <paramref name="role"/> (a <see cref="HostFileRoles"/> name) that exists, else the first looked for, else null.</summary>
    public HostFile? File(string role)
    {
        HostFile? missing = null;
        foreach (var file in Files)
        {
            if (string.Equals(file.Role, role, StringComparison.Ordinal))
            {
                if (file.Exists)
                {
                    return file;
                }

                missing ??= file;
            }
        }

        return missing;
    }

    /// <summary>Every file with <paramref name="role"/> that exists (registry certificates, for example).</summary>
    public IEnumerable<HostFile> FilesWithRole(string role)
    {
        foreach (var file in Files)
        {
            if (file.Exists && string.Equals(file.Role, role, StringComparison.Ordinal))
            {
                yield return file;
            }
        }
    }
}

/// <summary>The daemon's process: its id and its command line, argument by argument.</summary>
public sealed record DaemonProcess
{
    /// <summary>The process id.</summary>
    public int Pid { get; set; }

    /// <summary>The command line, the executable first (<c>/usr/bin/dockerd</c>, <c>-H</c>, <c>fd://</c>, ...).</summary>
    public IReadOnlyList<string> CommandLine { get; set; } = Array.Empty<string>();

    /// <summary>The user id it runs as.</summary>
    public int Uid { get; set; }
}

/// <summary>
/// A file, folder or socket the audit looked for: its path, role, whether it exists, owner, group and permission
/// bits, and for small configuration files their text.
/// </summary>
public sealed record HostFile
{
    /// <summary>The absolute path.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>What it is for the audit (<see cref="HostFileRoles"/>).</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>True when it exists.</summary>
    public bool Exists { get; set; }

    /// <summary><c>file</c>, <c>directory</c>, <c>socket</c>, <c>symlink</c> or <c>other</c>.</summary>
    public string Kind { get; set; } = "file";

    /// <summary>The owner's user id.</summary>
    public int Uid { get; set; }

    /// <summary>The owner's user name, when the user database knows it.</summary>
    public string? Owner { get; set; }

    /// <summary>The group id.</summary>
    public int Gid { get; set; }

    /// <summary>The group name, when the group database knows it.</summary>
    public string? Group { get; set; }

    /// <summary>The permission bits (<c>0644</c> is 420), setuid, setgid and sticky included; JSON writes them as an octal string.</summary>
    [JsonConverter(typeof(OctalModeConverter))]
    public int Mode { get; set; }

    /// <summary>The text of a small configuration file (daemon.json, a systemd unit, a defaults file); null for others.</summary>
    public string? Content { get; set; }

    /// <summary>Why the file could not be read (its metadata or its text), or null.</summary>
    public string? Unreadable { get; set; }

    /// <summary>The mode as four octal digits (<c>0644</c>).</summary>
    [JsonIgnore]
    public string OctalMode => Convert.ToString(Mode, 8).PadLeft(4, '0');

    /// <summary>True when the owner is root (uid 0).</summary>
    [JsonIgnore]
    public bool OwnedByRoot => Uid == 0;

    /// <summary>
    /// True when the mode grants nothing beyond <paramref name="allowed"/> (a bit test: 0641 is not within 0644,
    /// though it is numerically smaller). Setuid, setgid and sticky bits count as beyond.
    /// </summary>
    public bool ModeWithin(int allowed) => (Mode & ~allowed & 0xFFF) == 0;
}

/// <summary>The roles of the files the collector looks for.</summary>
public static class HostFileRoles
{
    /// <summary>The daemon's configuration file (<c>/etc/docker/daemon.json</c>, or <c>--config-file</c>).</summary>
    public const string DaemonJson = "daemon.json";

    /// <summary>The configuration folder <c>/etc/docker</c>.</summary>
    public const string ConfigDirectory = "config-directory";

    /// <summary>The systemd service unit <c>docker.service</c>.</summary>
    public const string ServiceUnit = "docker.service";

    /// <summary>The systemd socket unit <c>docker.socket</c>.</summary>
    public const string SocketUnit = "docker.socket";

    /// <summary><c>/etc/default/docker</c> (Debian family).</summary>
    public const string DefaultsFile = "etc-default-docker";

    /// <summary><c>/etc/sysconfig/docker</c> (Red Hat family).</summary>
    public const string SysconfigFile = "etc-sysconfig-docker";

    /// <summary>The socket the audit reached the engine on (from the endpoint in use).</summary>
    public const string DockerSocket = "docker.sock";

    /// <summary>containerd's socket (<c>/run/containerd/containerd.sock</c>).</summary>
    public const string ContainerdSocket = "containerd.sock";

    /// <summary>The TLS CA certificate (<c>--tlscacert</c>).</summary>
    public const string TlsCaCert = "tls-ca-cert";

    /// <summary>The server certificate (<c>--tlscert</c>).</summary>
    public const string TlsCert = "tls-cert";

    /// <summary>The server key (<c>--tlskey</c>).</summary>
    public const string TlsKey = "tls-key";

    /// <summary>A registry certificate under <c>/etc/docker/certs.d</c>.</summary>
    public const string RegistryCertificate = "registry-certificate";

    /// <summary>The data root (<c>/var/lib/docker</c>).</summary>
    public const string DataRoot = "data-root";

    /// <summary>A path that CIS 1.1 asks to audit (binaries, folders, units, sockets): <c>/usr/bin/dockerd</c>, <c>/run/containerd</c>.</summary>
    public const string Audited = "audited";

    /// <summary>containerd's configuration (<c>/etc/containerd/config.toml</c>).</summary>
    public const string ContainerdConfig = "containerd-config";
}

/// <summary>A group and its members (the <c>docker</c> group).</summary>
public sealed record HostGroup
{
    /// <summary>The group name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>True when the group exists.</summary>
    public bool Exists { get; set; }

    /// <summary>The group id.</summary>
    public int Gid { get; set; }

    /// <summary>Its members, by user name (the group's own list and users whose primary group it is).</summary>
    public IReadOnlyList<string> Members { get; set; } = Array.Empty<string>();
}

/// <summary>The data root and the mount it lives on.</summary>
public sealed record DataRootMount
{
    /// <summary>The data root (for user namespace remapping, the parent of the <c>uid.gid</c> folder).</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The mount point that holds it (<c>/</c>, <c>/var</c>, <c>/var/lib/docker</c>).</summary>
    public string MountPoint { get; set; } = string.Empty;

    /// <summary>The device or file system source of that mount.</summary>
    public string MountSource { get; set; } = string.Empty;

    /// <summary>
    /// True when the data root is on a file system of its own: a mount at the data root (or a parent other than
    /// <c>/</c>) whose source is not the root file system's, so a bind mount of the folder onto itself (which
    /// dockerd makes) does not count.
    /// </summary>
    public bool IsSeparatePartition { get; set; }
}

/// <summary>A listening TCP socket of the host.</summary>
public sealed record ListeningSocket(string Address, int Port);
