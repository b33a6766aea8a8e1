using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Workloads;

/// <summary>
/// One container as every surface describes it: the image a Dockerfile stage produces, a Compose service,
/// a Kubernetes container or a running container. Container rules are written once against this model;
/// every setting carries the location that decides it, so a finding points at the exact key or instruction.
/// </summary>
public sealed class ContainerSpec
{
    /// <summary>Creates a container description.</summary>
    public ContainerSpec(
        string name,
        string description,
        ContainerRole role,
        Location definition,
        ContainerImage? image,
        Setting<string>? user,
        HealthcheckSetting? healthcheck,
        IReadOnlyList<EnvironmentVariable> environment,
        IReadOnlyList<Setting<string>> exposedPorts)
    {
        Name = name;
        Description = description;
        Role = role;
        Definition = definition;
        Image = image;
        User = user;
        Healthcheck = healthcheck;
        Environment = environment;
        ExposedPorts = exposedPorts;
    }

    /// <summary>A name a person recognises: the stage name (or <c>stage 2</c>), the service or container name.</summary>
    public string Name { get; }

    /// <summary>How messages name it, capitalised: <c>Stage 'runtime'</c>, <c>Stage 2</c>, <c>Service 'web'</c>.</summary>
    public string Description { get; }

    /// <summary>What the container is for; some rules only concern containers that run.</summary>
    public ContainerRole Role { get; }

    /// <summary>Which surface describes the container, for rules whose meaning or wording depends on it.</summary>
    public ContainerSurface Surface => Role switch
    {
        ContainerRole.Image or ContainerRole.BuildStage => ContainerSurface.Dockerfile,
        ContainerRole.Service => ContainerSurface.Compose,
        ContainerRole.EngineContainer => ContainerSurface.Engine,
        _ => ContainerSurface.Kubernetes,
    };

    /// <summary>
    /// The path of the Dockerfile a Compose service builds, whose stage supplies the image, user and health check the
    /// service's own keys do not set; null for every other container.
    /// </summary>
    public string? BuiltFrom { get; init; }

    /// <summary>Where the container is defined: the stage's FROM, the service key, the container entry.</summary>
    public Location Definition { get; }

    /// <summary>The image it starts from, or null when it is built on another stage of the same file.</summary>
    public ContainerImage? Image { get; }

    /// <summary>The user it runs as, or null when nothing sets one (the image default, root unless the base says otherwise).</summary>
    public Setting<string>? User { get; }

    /// <summary>The health check, or null when none is defined.</summary>
    public HealthcheckSetting? Healthcheck { get; }

    /// <summary>Environment variables and build arguments it carries.</summary>
    public IReadOnlyList<EnvironmentVariable> Environment { get; }

    /// <summary>The ports it exposes, as written.</summary>
    public IReadOnlyList<Setting<string>> ExposedPorts { get; }

    /// <summary>
    /// True when the surface decides how the container runs (Compose, Kubernetes, the engine): privileges,
    /// namespaces, mounts, limits. A Dockerfile stage cannot say any of that, so runtime rules skip it.
    /// </summary>
    public bool HasRuntimeSettings => Role is not (ContainerRole.Image or ContainerRole.BuildStage);

    /// <summary>
    /// True when <paramref name="location"/> lies in a Dockerfile: always for a Dockerfile stage, and for a Compose
    /// service a setting it takes from the Dockerfile it builds (<see cref="BuiltFrom"/>).
    /// </summary>
    public bool IsSetInDockerfile(Location location) =>
        Surface == ContainerSurface.Dockerfile || (BuiltFrom is { } dockerfile && string.Equals(location.Path, dockerfile, StringComparison.Ordinal));

    /// <summary>
    /// The YAML mapping that writes the container, for rules that fix it with <see cref="YamlEdits"/>: a Kubernetes
    /// container's entry, a Compose service's mapping in the file that defines the service. Null on other surfaces
    /// and where the mapping is reached through an alias.
    /// </summary>
    public YamlMapping? Node { get; init; }

    /// <summary>The pod spec of a Kubernetes container (<c>hostPID</c>, <c>automountServiceAccountToken</c>), for fixes; null elsewhere.</summary>
    public YamlMapping? PodSpec { get; init; }

    /// <summary>The runtime settings (privileges, namespaces, mounts, limits); empty for a Dockerfile stage.</summary>
    public RuntimeSettings Runtime { get; init; } = RuntimeSettings.None;

    /// <summary>
    /// Kubernetes' <c>runAsNonRoot</c> (the container's, else the pod's): when true the kubelet refuses to start the
    /// container as UID 0, whatever the image says. Null when not written, and on every other surface.
    /// </summary>
    public Setting<bool>? RunAsNonRoot { get; init; }

    /// <summary>
    /// True for a container that runs to completion rather than for ever (the pods of a Kubernetes Job or CronJob,
    /// or a pod whose <c>restartPolicy</c> is <c>Never</c> or <c>OnFailure</c>): liveness does not apply to it.
    /// </summary>
    public bool RunsToCompletion { get; init; }
}

/// <summary>
/// How a container runs, as Compose, Kubernetes and the engine describe it. A null setting is not written
/// anywhere (the engine's default applies); each written one carries the location of the key or item that
/// sets it. Values are normalised across surfaces: capabilities in upper case without <c>CAP_</c>, namespace
/// modes as Docker writes them (<c>host</c>, <c>container:NAME</c>, <c>service:NAME</c>), profiles in lower case.
/// </summary>
public sealed record RuntimeSettings
{
    /// <summary>No runtime setting written: a Dockerfile stage.</summary>
    public static RuntimeSettings None { get; } = new();

    // The one spelling every surface maps a capability to: "cap_sys_admin" and "CAP_SYS_ADMIN" are "SYS_ADMIN".
    internal static string CapabilityName(string written)
    {
        var name = written.Trim().ToUpperInvariant();
        return name.StartsWith("CAP_", StringComparison.Ordinal) ? name.Substring(4) : name;
    }

    /// <summary><c>privileged: true</c>, <c>securityContext.privileged</c>, <c>HostConfig.Privileged</c>.</summary>
    public Setting<bool>? Privileged { get; init; }

    /// <summary>
    /// True when new privileges are refused: <c>security_opt: [no-new-privileges:true]</c>,
    /// <c>allowPrivilegeEscalation: false</c>. False when written as allowed.
    /// </summary>
    public Setting<bool>? NoNewPrivileges { get; init; }

    /// <summary>Capabilities added, one per item (<c>SYS_ADMIN</c>, <c>ALL</c>).</summary>
    public IReadOnlyList<Setting<string>> AddedCapabilities { get; init; } = Array.Empty<Setting<string>>();

    /// <summary>Capabilities dropped, one per item.</summary>
    public IReadOnlyList<Setting<string>> DroppedCapabilities { get; init; } = Array.Empty<Setting<string>>();

    /// <summary>Network namespace: <c>host</c>, <c>none</c>, <c>bridge</c>, <c>container:NAME</c>, <c>service:NAME</c>; <c>hostNetwork: true</c> is <c>host</c>.</summary>
    public Setting<string>? NetworkMode { get; init; }

    /// <summary>PID namespace: <c>host</c> (<c>hostPID: true</c>), <c>container:NAME</c>, <c>service:NAME</c>.</summary>
    public Setting<string>? PidMode { get; init; }

    /// <summary>IPC namespace: <c>host</c> (<c>hostIPC: true</c>), <c>shareable</c>, <c>private</c>, <c>container:NAME</c>.</summary>
    public Setting<string>? IpcMode { get; init; }

    /// <summary>UTS namespace: <c>host</c>.</summary>
    public Setting<string>? UtsMode { get; init; }

    /// <summary>User namespace: <c>host</c> when the container opts out of the daemon's user namespace remapping.</summary>
    public Setting<string>? UsernsMode { get; init; }

    /// <summary>Host paths, volumes and tmpfs mounted into the container.</summary>
    public IReadOnlyList<MountSetting> Mounts { get; init; } = Array.Empty<MountSetting>();

    /// <summary><c>read_only</c>, <c>readOnlyRootFilesystem</c>, <c>HostConfig.ReadonlyRootfs</c>.</summary>
    public Setting<bool>? ReadOnlyRootFilesystem { get; init; }

    /// <summary>The memory limit as written (<c>512m</c>, <c>1Gi</c>, bytes); <c>0</c> or <c>-1</c> mean none.</summary>
    public Setting<string>? MemoryLimit { get; init; }

    /// <summary>The CPU limit as written (<c>0.5</c>, <c>500m</c>, NanoCpus); <c>0</c> means none.</summary>
    public Setting<string>? CpuLimit { get; init; }

    /// <summary>The PIDs limit as written; <c>0</c> or <c>-1</c> mean none.</summary>
    public Setting<string>? PidsLimit { get; init; }

    /// <summary>
    /// The seccomp profile: <c>unconfined</c>, <c>runtime/default</c>, or a profile path or name (on Kubernetes
    /// <c>localhost/</c> and the profile's path).
    /// </summary>
    public Setting<string>? SeccompProfile { get; init; }

    /// <summary>
    /// The AppArmor profile: <c>unconfined</c>, <c>runtime/default</c>, or a profile name (on Kubernetes
    /// <c>localhost/</c> and the name; any other Kubernetes value is one the API server refuses).
    /// </summary>
    public Setting<string>? AppArmorProfile { get; init; }

    /// <summary>
    /// True when the container's host runs no AppArmor (an engine whose security options lack it), so no
    /// profile can apply and an AppArmor check does not concern it.
    /// </summary>
    public bool AppArmorUnsupported { get; init; }

    /// <summary>Ports published on the host.</summary>
    public IReadOnlyList<PublishedPort> PublishedPorts { get; init; } = Array.Empty<PublishedPort>();

    /// <summary>Host devices given to the container (<c>/dev/kvm</c>), as the host path.</summary>
    public IReadOnlyList<Setting<string>> Devices { get; init; } = Array.Empty<Setting<string>>();

    /// <summary>The restart policy, when one is written.</summary>
    public RestartPolicySetting? RestartPolicy { get; init; }
}

/// <summary>What kind of thing is mounted.</summary>
public enum MountKind
{
    /// <summary>A host path (a bind mount, a Kubernetes <c>hostPath</c> volume).</summary>
    HostPath,

    /// <summary>A named or anonymous volume managed by the engine or the cluster.</summary>
    Volume,

    /// <summary>A memory file system.</summary>
    Tmpfs,

    /// <summary>Anything else (a Windows named pipe, a cluster volume, an image).</summary>
    Other,
}

/// <summary>
/// A mount: <paramref name="Source"/> is the host path for <see cref="MountKind.HostPath"/>, the volume name, or null;
/// <paramref name="Propagation"/> is the bind propagation as Docker writes it (<c>rshared</c>, <c>shared</c>,
/// <c>rslave</c>, ...; Kubernetes <c>Bidirectional</c> is <c>rshared</c>), or null when not written.
/// </summary>
public sealed record MountSetting(MountKind Kind, string? Source, string Target, bool ReadOnly, string? Propagation, Location Location)
{
    /// <summary>Where the propagation is written when it has a value of its own (Kubernetes' <c>mountPropagation</c>); else null.</summary>
    public Location? PropagationLocation { get; init; }
}

/// <summary>
/// A port published on the host. <paramref name="HostIp"/> is null for every interface (also when written as
/// <c>0.0.0.0</c>, <c>::</c> or empty); <paramref name="HostPort"/> is the port or range (<c>8000-8010</c>), null when the
/// engine picks one.
/// </summary>
public sealed record PublishedPort(string? HostIp, string? HostPort, string ContainerPort, string Protocol, Location Location)
{
    // Every interface however it is written: absent, empty, 0.0.0.0 or ::.
    internal static string? HostAddress(string? written) => written is null or "" or "0.0.0.0" or "::" ? null : written;
}

/// <summary>
/// A restart policy: <paramref name="Name"/> is <c>no</c>, <c>always</c>, <c>unless-stopped</c> or <c>on-failure</c>
/// (Compose's <c>deploy.restart_policy.condition: any</c> is <c>always</c>); <paramref name="MaximumRetries"/> is the
/// bound on retries, null when none is set.
/// </summary>
public sealed record RestartPolicySetting(string Name, long? MaximumRetries, Location Location);

/// <summary>What a container is for.</summary>
public enum ContainerRole
{
    /// <summary>The image that runs: the Dockerfile's build target, its last stage unless <c>--target</c> names another.</summary>
    Image,

    /// <summary>Any other Dockerfile stage: one the target builds on or copies from, or one the build skips; it never runs as is.</summary>
    BuildStage,

    /// <summary>A Compose service: a container that runs, from an image or from the Dockerfile it builds.</summary>
    Service,

    /// <summary>A container of a Kubernetes pod template that runs for the pod's life.</summary>
    PodContainer,

    /// <summary>A Kubernetes init container (native sidecars with <c>restartPolicy: Always</c> are <see cref="PodContainer"/>).</summary>
    InitContainer,

    /// <summary>A Kubernetes ephemeral (debug) container.</summary>
    EphemeralContainer,

    /// <summary>A container of a live Docker Engine, running or stopped.</summary>
    EngineContainer,
}

/// <summary>The surface that describes a container.</summary>
public enum ContainerSurface
{
    /// <summary>A stage of a Dockerfile.</summary>
    Dockerfile,

    /// <summary>A service of a Compose project.</summary>
    Compose,

    /// <summary>A container (init and ephemeral ones included) of a Kubernetes pod template.</summary>
    Kubernetes,

    /// <summary>A container of a live Docker Engine.</summary>
    Engine,
}

/// <summary>A value and the location that sets it.</summary>
public sealed record Setting<T>(T Value, Location Location);

/// <summary>
/// The image a container starts from. <see cref="Reference"/> has variables resolved; <see cref="WrittenAs"/>
/// is the text as written; <see cref="Location"/> is where the tag is decided (the FROM, or an ARG default
/// when the reference comes from a variable). <see cref="IsResolved"/> is false when a variable has no value,
/// so the reference is only known at build time.
/// </summary>
public sealed record ContainerImage(string Reference, string WrittenAs, Location Location, bool IsResolved);

/// <summary>A health check; <see cref="IsDisabled"/> for an explicit "no health check" (<c>HEALTHCHECK NONE</c>).</summary>
public sealed record HealthcheckSetting(bool IsDisabled, Location Location);

/// <summary>Where an environment variable comes from.</summary>
public enum EnvironmentSource
{
    /// <summary>Set in the container's environment (ENV, <c>environment:</c>, <c>env:</c>).</summary>
    Environment,

    /// <summary>A build argument (ARG): kept in the image's history and metadata.</summary>
    BuildArgument,
}

/// <summary>
/// A variable: its name, its value (null when none is given), and where each is written.
/// <see cref="Value"/> is resolved text: quotes removed, variables expanded.
/// </summary>
public sealed record EnvironmentVariable(string Name, string? Value, Location NameLocation, Location? ValueLocation, EnvironmentSource Source);
