using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Seaworthy.Host;

/// <summary>
/// One container of the engine, running or stopped, as GET /containers/{id}/json describes it (the parts the
/// audit needs, under Docker's names), with its processes when it runs.
/// </summary>
public sealed class EngineContainer
{
    /// <summary>The full container id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The name, without the leading slash.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The image as the container was created from it (<c>nginx:1.25</c>, an id).</summary>
    public string Image { get; set; } = string.Empty;

    /// <summary>The image id (<c>sha256:...</c>).</summary>
    public string? ImageId { get; set; }

    /// <summary>True while the container runs (paused counts as running).</summary>
    public bool Running { get; set; }

    /// <summary>The state: <c>created</c>, <c>running</c>, <c>paused</c>, <c>restarting</c>, <c>exited</c>, <c>dead</c>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>When it was created, as the engine writes it.</summary>
    public string? Created { get; set; }

    /// <summary>How many times the engine restarted it.</summary>
    public long RestartCount { get; set; }

    /// <summary><c>Config.User</c>: empty when the container does not set one (the image's user applies).</summary>
    public string User { get; set; } = string.Empty;

    /// <summary><c>Config.Env</c>, as <c>NAME=value</c>; the image's variables are included, as the engine merges them.</summary>
    public IReadOnlyList<string> Env { get; set; } = Array.Empty<string>();

    /// <summary><c>Config.ExposedPorts</c> (<c>80/tcp</c>), the image's included.</summary>
    public IReadOnlyList<string> ExposedPorts { get; set; } = Array.Empty<string>();

    /// <summary><c>Config.Healthcheck</c>: the health check the container runs with, the image's included; null when none.</summary>
    public HealthcheckConfig? Healthcheck { get; set; }

    /// <summary><c>State.Health.Status</c> (<c>starting</c>, <c>healthy</c>, <c>unhealthy</c>), or null without a health check.</summary>
    public string? HealthStatus { get; set; }

    /// <summary><c>Config.Labels</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>();

    /// <summary><c>AppArmorProfile</c>: empty when none applies (AppArmor off on the host), <c>unconfined</c>, <c>docker-default</c>.</summary>
    public string AppArmorProfile { get; set; } = string.Empty;

    /// <summary>The ids of execs alive in the container (<c>ExecIDs</c>).</summary>
    public IReadOnlyList<string> ExecIds { get; set; } = Array.Empty<string>();

    /// <summary><c>HostConfig</c>: how the container runs.</summary>
    public EngineHostConfig HostConfig { get; set; } = new();

    /// <summary><c>Mounts</c>: every mount, as the engine resolved it.</summary>
    public IReadOnlyList<EngineMount> Mounts { get; set; } = Array.Empty<EngineMount>();

    /// <summary>
    /// <c>NetworkSettings.Ports</c>: for each container port (<c>8080/tcp</c>) the host bindings in force (empty when
    /// the port is not published; a stopped container has none, see <see cref="EngineHostConfig.PortBindings"/>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EnginePortBinding>> Ports { get; set; } = new Dictionary<string, IReadOnlyList<EnginePortBinding>>();

    /// <summary>The names of the networks it is attached to.</summary>
    public IReadOnlyList<string> Networks { get; set; } = Array.Empty<string>();

    /// <summary>The processes running in it (GET /containers/{id}/top), or null when it is stopped or they could not be read.</summary>
    public ContainerProcesses? Processes { get; set; }

    /// <summary>Why <see cref="Processes"/> is null for a running container.</summary>
    public string? ProcessesUnavailable { get; set; }
}

/// <summary>A health check as the engine stores it: <c>Test</c> is <c>["NONE"]</c> when disabled.</summary>
public sealed record HealthcheckConfig
{
    /// <summary>The command: <c>["CMD", ...]</c>, <c>["CMD-SHELL", "..."]</c> or <c>["NONE"]</c>.</summary>
    public IReadOnlyList<string> Test { get; set; } = Array.Empty<string>();

    /// <summary>The interval in nanoseconds; 0 for the default.</summary>
    public long Interval { get; set; }

    /// <summary>True for <c>HEALTHCHECK NONE</c>.</summary>
    [JsonIgnore]
    public bool IsDisabled => Test.Count > 0 && string.Equals(Test[0], "NONE", StringComparison.Ordinal);
}

/// <summary>The subset of <c>HostConfig</c> the audit needs, under Docker's names.</summary>
public sealed class EngineHostConfig
{
    /// <summary><c>Privileged</c>.</summary>
    public bool Privileged { get; set; }

    /// <summary><c>CapAdd</c> as the engine stores it (newer engines write <c>CAP_SYS_ADMIN</c>).</summary>
    public IReadOnlyList<string> CapAdd { get; set; } = Array.Empty<string>();

    /// <summary><c>CapDrop</c>.</summary>
    public IReadOnlyList<string> CapDrop { get; set; } = Array.Empty<string>();

    /// <summary><c>NetworkMode</c>: <c>default</c>, <c>bridge</c>, <c>host</c>, <c>none</c>, <c>container:ID</c> or a network name.</summary>
    public string NetworkMode { get; set; } = string.Empty;

    /// <summary><c>PidMode</c>: empty, <c>host</c>, <c>container:ID</c>.</summary>
    public string PidMode { get; set; } = string.Empty;

    /// <summary><c>IpcMode</c>: <c>private</c>, <c>shareable</c>, <c>host</c>, <c>container:ID</c>, <c>none</c>.</summary>
    public string IpcMode { get; set; } = string.Empty;

    /// <summary><c>UTSMode</c>: empty or <c>host</c>.</summary>
    public string UtsMode { get; set; } = string.Empty;

    /// <summary><c>UsernsMode</c>: empty or <c>host</c>.</summary>
    public string UsernsMode { get; set; } = string.Empty;

    /// <summary><c>CgroupParent</c>: empty for the daemon's default.</summary>
    public string CgroupParent { get; set; } = string.Empty;

    /// <summary><c>Memory</c> in bytes; 0 for no limit.</summary>
    public long Memory { get; set; }

    /// <summary><c>CpuShares</c>; 0 for the default weight.</summary>
    public long CpuShares { get; set; }

    /// <summary><c>NanoCpus</c>; 0 for no limit.</summary>
    public long NanoCpus { get; set; }

    /// <summary><c>CpuQuota</c> in microseconds per period; 0 for none.</summary>
    public long CpuQuota { get; set; }

    /// <summary><c>PidsLimit</c>; null, 0 or -1 for no limit.</summary>
    public long? PidsLimit { get; set; }

    /// <summary><c>ReadonlyRootfs</c>.</summary>
    public bool ReadonlyRootfs { get; set; }

    /// <summary><c>RestartPolicy.Name</c>: empty or <c>no</c>, <c>always</c>, <c>unless-stopped</c>, <c>on-failure</c>.</summary>
    public string RestartPolicy { get; set; } = string.Empty;

    /// <summary><c>RestartPolicy.MaximumRetryCount</c>.</summary>
    public long MaximumRetryCount { get; set; }

    /// <summary><c>SecurityOpt</c>: <c>no-new-privileges</c>, <c>seccomp=unconfined</c>, <c>apparmor=...</c>, <c>label=...</c>.</summary>
    public IReadOnlyList<string> SecurityOpt { get; set; } = Array.Empty<string>();

    /// <summary><c>Devices</c>: host devices given to the container.</summary>
    public IReadOnlyList<EngineDevice> Devices { get; set; } = Array.Empty<EngineDevice>();

    /// <summary><c>Ulimits</c> set on the container (or copied from the daemon's default ulimits).</summary>
    public IReadOnlyList<EngineUlimit> Ulimits { get; set; } = Array.Empty<EngineUlimit>();

    /// <summary><c>PortBindings</c>: the ports the container asks to publish, per container port.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EnginePortBinding>> PortBindings { get; set; } = new Dictionary<string, IReadOnlyList<EnginePortBinding>>();

    /// <summary><c>Binds</c> as written (<c>/etc:/host-etc:ro</c>).</summary>
    public IReadOnlyList<string> Binds { get; set; } = Array.Empty<string>();
}

/// <summary>A mount as the engine resolved it: <c>Type</c> is <c>bind</c>, <c>volume</c>, <c>tmpfs</c>, <c>npipe</c>.</summary>
public sealed record EngineMount
{
    /// <summary><c>bind</c>, <c>volume</c>, <c>tmpfs</c>, <c>npipe</c>.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The volume name for a volume.</summary>
    public string? Name { get; set; }

    /// <summary>The host path (for a volume, its folder under the data root).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The path in the container.</summary>
    public string Destination { get; set; } = string.Empty;

    /// <summary>True when writable.</summary>
    public bool RW { get; set; }

    /// <summary>The mode as written (<c>ro</c>, <c>z</c>).</summary>
    public string Mode { get; set; } = string.Empty;

    /// <summary>The propagation: <c>rprivate</c>, <c>shared</c>, <c>rshared</c>, <c>slave</c>, <c>rslave</c>, or empty.</summary>
    public string Propagation { get; set; } = string.Empty;
}

/// <summary>A published port: <c>HostIp</c> empty, <c>0.0.0.0</c> or <c>::</c> for every interface.</summary>
public sealed record EnginePortBinding(string HostIp, string HostPort);

/// <summary>A device mapping.</summary>
public sealed record EngineDevice(string PathOnHost, string PathInContainer, string CgroupPermissions);

/// <summary>A ulimit (<c>nofile</c>, soft and hard).</summary>
public sealed record EngineUlimit(string Name, long Soft, long Hard);

/// <summary>The process table of a container (GET /containers/{id}/top): column titles and one row per process.</summary>
public sealed record ContainerProcesses
{
    /// <summary>The column titles (<c>UID</c>, <c>PID</c>, <c>PPID</c>, <c>C</c>, <c>STIME</c>, <c>TTY</c>, <c>TIME</c>, <c>CMD</c>).</summary>
    public IReadOnlyList<string> Titles { get; set; } = Array.Empty<string>();

    /// <summary>One row per process, in the order of <see cref="Titles"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Processes { get; set; } = Array.Empty<IReadOnlyList<string>>();

    /// <summary>The command line of each process (the <c>CMD</c> or <c>COMMAND</c> column).</summary>
    public IEnumerable<string> Commands()
    {
        var column = -1;
        for (var i = 0; i < Titles.Count; i++)
        {
            if (Titles[i] is "CMD" or "COMMAND")
            {
                column = i;
            }
        }

        if (column < 0)
        {
            yield break;
        }

        foreach (var process in Processes)
        {
            if (column < process.Count)
            {
                yield return process[column];
            }
        }
    }
}

/// <summary>One image, with the configuration containers inherit and its build history.</summary>
public sealed class EngineImage
{
    /// <summary>The image id (<c>sha256:...</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Its tags (<c>nginx:1.25</c>); empty for a dangling image.</summary>
    public IReadOnlyList<string> RepoTags { get; set; } = Array.Empty<string>();

    /// <summary>Its digests (<c>nginx@sha256:...</c>).</summary>
    public IReadOnlyList<string> RepoDigests { get; set; } = Array.Empty<string>();

    /// <summary>When it was created, as the engine writes it.</summary>
    public string? Created { get; set; }

    /// <summary><c>Config.User</c>: empty for root.</summary>
    public string User { get; set; } = string.Empty;

    /// <summary><c>Config.Healthcheck</c>, or null when the image has none.</summary>
    public HealthcheckConfig? Healthcheck { get; set; }

    /// <summary><c>Config.Env</c> as <c>NAME=value</c>.</summary>
    public IReadOnlyList<string> Env { get; set; } = Array.Empty<string>();

    /// <summary><c>Config.ExposedPorts</c> (<c>80/tcp</c>).</summary>
    public IReadOnlyList<string> ExposedPorts { get; set; } = Array.Empty<string>();

    /// <summary><c>Config.Labels</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>();

    /// <summary>The build history, newest layer first (as GET /images/{id}/history returns it).</summary>
    public IReadOnlyList<ImageHistoryEntry> History { get; set; } = Array.Empty<ImageHistoryEntry>();

    /// <summary>Why <see cref="History"/> is empty when it could not be read.</summary>
    public string? HistoryUnavailable { get; set; }

    /// <summary>A name a person recognises: the first tag, else the short id.</summary>
    [JsonIgnore]
    public string DisplayName => RepoTags.Count > 0 && !string.Equals(RepoTags[0], "<none>:<none>", StringComparison.Ordinal) ? RepoTags[0] : ShortId(Id);

    internal static string ShortId(string id)
    {
        var bare = id.StartsWith("sha256:", StringComparison.Ordinal) ? id.Substring(7) : id;
        return bare.Length > 12 ? bare.Substring(0, 12) : bare;
    }
}

/// <summary>One layer of an image's history: the instruction that made it.</summary>
public sealed record ImageHistoryEntry
{
    /// <summary>The layer's id, or <c>&lt;missing&gt;</c> for layers built elsewhere.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The instruction (<c>/bin/sh -c apt-get update</c>, <c>ADD file:... in /</c>).</summary>
    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>When it was made, in Unix seconds.</summary>
    public long Created { get; set; }

    /// <summary>The layer's size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>The comment (<c>Imported from -</c> for <c>docker import</c>).</summary>
    public string Comment { get; set; } = string.Empty;
}

/// <summary>One network.</summary>
public sealed class EngineNetwork
{
    /// <summary>The network id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The name (<c>bridge</c>, <c>host</c>, <c>none</c>, user-defined).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The driver (<c>bridge</c>, <c>overlay</c>, <c>macvlan</c>, <c>host</c>, <c>null</c>).</summary>
    public string Driver { get; set; } = string.Empty;

    /// <summary><c>local</c> or <c>swarm</c>.</summary>
    public string Scope { get; set; } = string.Empty;

    /// <summary>True for an internal network (no outside access).</summary>
    public bool Internal { get; set; }

    /// <summary>Driver options (<c>com.docker.network.bridge.enable_icc</c>, <c>com.docker.network.bridge.name</c>, <c>encrypted</c>).</summary>
    public IReadOnlyDictionary<string, string> Options { get; set; } = new Dictionary<string, string>();

    /// <summary>The names of the containers attached to it.</summary>
    public IReadOnlyList<string> Containers { get; set; } = Array.Empty<string>();
}

/// <summary>The swarm as a manager sees it.</summary>
public sealed class SwarmState
{
    /// <summary>The nodes.</summary>
    public IReadOnlyList<SwarmNode> Nodes { get; set; } = Array.Empty<SwarmNode>();

    /// <summary>Whether managers are locked at rest (<c>EncryptionConfig.AutoLockManagers</c>), when known.</summary>
    public bool? AutoLockManagers { get; set; }

    /// <summary>The node certificate lifetime in seconds (<c>CAConfig.NodeCertExpiry</c>), when known.</summary>
    public long? NodeCertExpirySeconds { get; set; }

    /// <summary>The number of swarm secrets, when known.</summary>
    public int? SecretCount { get; set; }
}

/// <summary>A swarm node.</summary>
public sealed record SwarmNode(string Id, string Hostname, string Role, bool IsLeader, string Availability);
