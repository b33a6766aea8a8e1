using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Seaworthy.Host;

/// <summary>
/// Everything the host audit reads from a Docker Engine and, when the engine runs on this machine, from the
/// host itself: the daemon's info and version, every container (running and stopped) with its inspect data and
/// processes, images with their history, networks, swarm state, and the daemon's files, command line, group,
/// audit rules and data root. A part that could not be read is null (or empty) and listed in
/// <see cref="Unavailable"/> with the reason, so a rule can tell "absent" from "not known".
/// The snapshot is plain data: it serializes to JSON (<see cref="HostSnapshotJson"/>) and back without loss,
/// which is how audits run offline and how the rules are tested.
/// </summary>
public sealed class HostSnapshot
{
    /// <summary>The snapshot format this version writes; a reader refuses a newer one.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The snapshot format version (<see cref="CurrentFormatVersion"/> when written by this version).</summary>
    public int FormatVersion { get; set; } = CurrentFormatVersion;

    /// <summary>When the collection started.</summary>
    public DateTimeOffset CollectedAt { get; set; }

    /// <summary>How long the collection took, in milliseconds.</summary>
    public long CollectionMilliseconds { get; set; }

    /// <summary>The endpoint the engine was reached on: <c>unix:///var/run/docker.sock</c>, <c>tcp://host:2376</c>.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>
    /// True when the engine runs on the machine that collected the snapshot, so <see cref="Local"/> describes the
    /// engine's own host (its files, processes and users).
    /// </summary>
    public bool IsLocal { get; set; }

    /// <summary>The API version the client and the engine agreed on (<c>1.41</c>).</summary>
    public string? ApiVersion { get; set; }

    /// <summary>GET /info, or null when it could not be read.</summary>
    public DaemonInfo? Info { get; set; }

    /// <summary>GET /version, or null when it could not be read.</summary>
    public EngineVersion? Version { get; set; }

    /// <summary>Every container, running and stopped, with its inspect data.</summary>
    public IReadOnlyList<EngineContainer> Containers { get; set; } = Array.Empty<EngineContainer>();

    /// <summary>Every image, with its inspect data and history.</summary>
    public IReadOnlyList<EngineImage> Images { get; set; } = Array.Empty<EngineImage>();

    /// <summary>Every network, with the containers attached to it.</summary>
    public IReadOnlyList<EngineNetwork> Networks { get; set; } = Array.Empty<EngineNetwork>();

    /// <summary>The swarm as a manager sees it, or null when the engine is not a swarm manager or it could not be read.</summary>
    public SwarmState? Swarm { get; set; }

    /// <summary>What was read from the engine's host itself, or null when the engine is remote or the host could not be read.</summary>
    public LocalHost? Local { get; set; }

    /// <summary>The environment of the auditing process that matters to the benchmark (<c>DOCKER_CONTENT_TRUST</c>).</summary>
    public IReadOnlyDictionary<string, string> AuditEnvironment { get; set; } = new Dictionary<string, string>();

    /// <summary>The parts that could not be read, each with the reason (<see cref="HostParts"/> names them).</summary>
    public IReadOnlyList<UnavailablePart> Unavailable { get; set; } = Array.Empty<UnavailablePart>();

    /// <summary>Why <paramref name="part"/> (a <see cref="HostParts"/> name) could not be read, or null when it was read.</summary>
    public string? UnavailableReason(string part)
    {
        foreach (var entry in Unavailable)
        {
            if (string.Equals(entry.Part, part, StringComparison.Ordinal))
            {
                return entry.Reason;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="part"/> was read.</summary>
    public bool IsAvailable(string part) => UnavailableReason(part) is null;
}

/// <summary>A part of the snapshot that could not be read, and why (no permission, not Linux, remote engine, an API error).</summary>
public sealed record UnavailablePart(string Part, string Reason);

/// <summary>The names of the snapshot's parts, as <see cref="HostSnapshot.Unavailable"/> lists them.</summary>
public static class HostParts
{
    /// <summary>GET /info.</summary>
    public const string Info = "info";

    /// <summary>GET /version.</summary>
    public const string Version = "version";

    /// <summary>The container list and inspect data.</summary>
    public const string Containers = "containers";

    /// <summary>The processes of running containers (GET /containers/{id}/top); per container in <see cref="EngineContainer.ProcessesUnavailable"/>.</summary>
    public const string Processes = "processes";

    /// <summary>The image list, inspect data and history.</summary>
    public const string Images = "images";

    /// <summary>The network list and inspect data.</summary>
    public const string Networks = "networks";

    /// <summary>Swarm nodes, unlock key and secrets (only a manager can answer).</summary>
    public const string Swarm = "swarm";

    /// <summary>Everything read from the engine's host (files, processes, users); unavailable for a remote engine.</summary>
    public const string Local = "local";

    /// <summary>The daemon's process and command line (<c>/proc/PID/cmdline</c>).</summary>
    public const string DaemonProcess = "daemon-process";

    /// <summary>The daemon's files: daemon.json, systemd units, defaults files, certificates, sockets.</summary>
    public const string DaemonFiles = "daemon-files";

    /// <summary>The members of the <c>docker</c> group.</summary>
    public const string DockerGroup = "docker-group";

    /// <summary>The kernel audit rules (<c>auditctl -l</c>, else <c>/etc/audit/*.rules</c>).</summary>
    public const string AuditRules = "audit-rules";

    /// <summary>The mount table, to tell whether the data root is its own mount point.</summary>
    public const string Mounts = "mounts";

    /// <summary>The host's listening TCP sockets (<c>/proc/net/tcp</c>, <c>/proc/net/tcp6</c>).</summary>
    public const string ListeningSockets = "listening-sockets";
}

/// <summary>The subset of GET /info the audit needs, with Docker's meaning.</summary>
public sealed class DaemonInfo
{
    /// <summary>The daemon's id.</summary>
    public string? Id { get; set; }

    /// <summary>The host name.</summary>
    public string? Name { get; set; }

    /// <summary>The engine version (<c>20.10.24+dfsg1</c>).</summary>
    public string? ServerVersion { get; set; }

    /// <summary>The host's operating system (<c>Debian GNU/Linux 12 (bookworm)</c>).</summary>
    public string? OperatingSystem { get; set; }

    /// <summary><c>linux</c> or <c>windows</c>.</summary>
    public string? OSType { get; set; }

    /// <summary>The host's kernel version.</summary>
    public string? KernelVersion { get; set; }

    /// <summary>The storage driver (<c>overlay2</c>, <c>vfs</c>, <c>aufs</c>, <c>devicemapper</c>).</summary>
    public string? Driver { get; set; }

    /// <summary>The storage driver's status lines, as name/value pairs.</summary>
    public IReadOnlyList<IReadOnlyList<string>> DriverStatus { get; set; } = Array.Empty<IReadOnlyList<string>>();

    /// <summary>The data root (<c>/var/lib/docker</c>; with user namespace remapping, a <c>uid.gid</c> folder under it).</summary>
    public string? DockerRootDir { get; set; }

    /// <summary>The default logging driver (<c>json-file</c>, <c>syslog</c>, <c>journald</c>).</summary>
    public string? LoggingDriver { get; set; }

    /// <summary><c>cgroupfs</c> or <c>systemd</c>.</summary>
    public string? CgroupDriver { get; set; }

    /// <summary><c>1</c> or <c>2</c>.</summary>
    public string? CgroupVersion { get; set; }

    /// <summary>Security options in Docker's form: <c>name=seccomp,profile=default</c>, <c>name=apparmor</c>, <c>name=userns</c>, <c>name=rootless</c>.</summary>
    public IReadOnlyList<string> SecurityOptions { get; set; } = Array.Empty<string>();

    /// <summary>Whether containers keep running while the daemon is down.</summary>
    public bool LiveRestoreEnabled { get; set; }

    /// <summary>Whether experimental features are on.</summary>
    public bool ExperimentalBuild { get; set; }

    /// <summary>Whether the daemon runs in debug mode.</summary>
    public bool Debug { get; set; }

    /// <summary>The number of containers.</summary>
    public long Containers { get; set; }

    /// <summary>The number of running containers.</summary>
    public long ContainersRunning { get; set; }

    /// <summary>The number of paused containers.</summary>
    public long ContainersPaused { get; set; }

    /// <summary>The number of stopped containers.</summary>
    public long ContainersStopped { get; set; }

    /// <summary>The number of images.</summary>
    public long Images { get; set; }

    /// <summary>Insecure registry CIDRs; the engine always lists <c>127.0.0.0/8</c>.</summary>
    public IReadOnlyList<string> InsecureRegistryCidrs { get; set; } = Array.Empty<string>();

    /// <summary>The registries the engine knows, with whether each is reached securely.</summary>
    public IReadOnlyList<RegistryIndex> Registries { get; set; } = Array.Empty<RegistryIndex>();

    /// <summary>Authorization plugins in use.</summary>
    public IReadOnlyList<string> AuthorizationPlugins { get; set; } = Array.Empty<string>();

    /// <summary>The default OCI runtime (<c>runc</c>).</summary>
    public string? DefaultRuntime { get; set; }

    /// <summary>The node's swarm state: <c>inactive</c>, <c>pending</c>, <c>active</c>, <c>error</c>, <c>locked</c>.</summary>
    public string? SwarmLocalNodeState { get; set; }

    /// <summary>True when this node is a swarm manager.</summary>
    public bool SwarmControlAvailable { get; set; }

    /// <summary>True when the daemon runs without root (rootless mode: <c>name=rootless</c> in <see cref="SecurityOptions"/>).</summary>
    [JsonIgnore]
    public bool IsRootless => HasSecurityOption("rootless");

    /// <summary>True when user namespace remapping is on (<c>name=userns</c> in <see cref="SecurityOptions"/>).</summary>
    [JsonIgnore]
    public bool HasUserNamespaceRemapping => HasSecurityOption("userns");

    /// <summary>True when a security option named <paramref name="name"/> is listed (<c>seccomp</c>, <c>apparmor</c>, <c>selinux</c>).</summary>
    public bool HasSecurityOption(string name) => SecurityOption(name) is not null;

    /// <summary>The security option named <paramref name="name"/> (<c>name=seccomp,profile=default</c>), or null.</summary>
    public string? SecurityOption(string name)
    {
        var prefix = "name=" + name;
        foreach (var option in SecurityOptions)
        {
            if (string.Equals(option, prefix, StringComparison.Ordinal) || option.StartsWith(prefix + ",", StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}

/// <summary>A registry from the engine's registry configuration.</summary>
public sealed record RegistryIndex(string Name, bool Secure, bool Official);

/// <summary>The subset of GET /version the audit needs.</summary>
public sealed class EngineVersion
{
    /// <summary>The engine version (<c>20.10.24+dfsg1</c>).</summary>
    public string? Version { get; set; }

    /// <summary>The newest API version the engine speaks.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The oldest API version the engine accepts.</summary>
    public string? MinApiVersion { get; set; }

    /// <summary>The operating system (<c>linux</c>).</summary>
    public string? Os { get; set; }

    /// <summary>The architecture (<c>amd64</c>).</summary>
    public string? Arch { get; set; }

    /// <summary>The kernel version.</summary>
    public string? KernelVersion { get; set; }

    /// <summary>Whether experimental features are on, when the engine says.</summary>
    public bool? Experimental { get; set; }

    /// <summary>The Go version the engine was built with.</summary>
    public string? GoVersion { get; set; }

    /// <summary>The commit the engine was built from.</summary>
    public string? GitCommit { get; set; }

    /// <summary>When the engine was built, as the engine writes it.</summary>
    public string? BuildTime { get; set; }
}
