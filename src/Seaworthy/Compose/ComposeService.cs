using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Compose;

/// <summary>
/// A value read from a Compose file: the value after interpolation and conversion, the text as YAML read it
/// (before interpolation), and where it is written. A value merged in from an override, an <c>extends</c> base
/// or a <c>&lt;&lt;</c> merge key keeps the location of the file and text it came from.
/// </summary>
public sealed record ComposeValue<T>(T Value, string Written, Location Location);

/// <summary>
/// One service of a Compose project, after overrides, <c>extends</c> and merge keys are applied. Every setting
/// keeps where it is written; a setting the files do not write is null (or an empty list).
/// </summary>
/// <param name="Name">The service name (the key under <c>services:</c>).</param>
/// <param name="Definition">Where the service's key is written (in the first file that defines it).</param>
public sealed record ComposeService(string Name, Location Definition)
{
    /// <summary><c>image</c>: the image to run, or the name to give the built image when <see cref="Build"/> is set.</summary>
    public ComposeValue<string>? Image { get; init; }

    /// <summary><c>build</c>: how the image is built.</summary>
    public ComposeBuild? Build { get; init; }

    /// <summary><c>pull_policy</c>: <c>always</c>, <c>never</c>, <c>missing</c>, <c>build</c>, <c>daily</c>, ...</summary>
    public ComposeValue<string>? PullPolicy { get; init; }

    /// <summary><c>container_name</c>.</summary>
    public ComposeValue<string>? ContainerName { get; init; }

    /// <summary><c>user</c>: the user (and group) the process runs as.</summary>
    public ComposeValue<string>? User { get; init; }

    /// <summary><c>privileged</c>.</summary>
    public ComposeValue<bool>? Privileged { get; init; }

    /// <summary><c>cap_add</c>.</summary>
    public IReadOnlyList<ComposeValue<string>> CapAdd { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>cap_drop</c>.</summary>
    public IReadOnlyList<ComposeValue<string>> CapDrop { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>security_opt</c>: <c>no-new-privileges:true</c>, <c>seccomp:unconfined</c>, <c>apparmor:...</c>, <c>label:...</c>.</summary>
    public IReadOnlyList<ComposeValue<string>> SecurityOpt { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>network_mode</c>: <c>host</c>, <c>none</c>, <c>service:name</c>, <c>container:id</c>.</summary>
    public ComposeValue<string>? NetworkMode { get; init; }

    /// <summary><c>networks</c>: the names of the networks the service joins.</summary>
    public IReadOnlyList<ComposeValue<string>> Networks { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>pid</c>.</summary>
    public ComposeValue<string>? Pid { get; init; }

    /// <summary><c>ipc</c>.</summary>
    public ComposeValue<string>? Ipc { get; init; }

    /// <summary><c>uts</c>.</summary>
    public ComposeValue<string>? Uts { get; init; }

    /// <summary><c>userns_mode</c>.</summary>
    public ComposeValue<string>? UsernsMode { get; init; }

    /// <summary><c>volumes</c>, short and long syntax.</summary>
    public IReadOnlyList<ComposeVolumeMount> Volumes { get; init; } = Array.Empty<ComposeVolumeMount>();

    /// <summary><c>ports</c>, short and long syntax.</summary>
    public IReadOnlyList<ComposePort> Ports { get; init; } = Array.Empty<ComposePort>();

    /// <summary><c>expose</c>: container ports exposed to other services only.</summary>
    public IReadOnlyList<ComposeValue<string>> Expose { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>environment</c>, from a mapping or a list of <c>NAME=value</c>.</summary>
    public IReadOnlyList<ComposeKeyValue> Environment { get; init; } = Array.Empty<ComposeKeyValue>();

    /// <summary><c>env_file</c>.</summary>
    public IReadOnlyList<ComposeEnvFile> EnvFiles { get; init; } = Array.Empty<ComposeEnvFile>();

    /// <summary><c>secrets</c>: the project secrets the service is given.</summary>
    public IReadOnlyList<ComposeResourceUse> Secrets { get; init; } = Array.Empty<ComposeResourceUse>();

    /// <summary><c>configs</c>: the project configs the service is given.</summary>
    public IReadOnlyList<ComposeResourceUse> Configs { get; init; } = Array.Empty<ComposeResourceUse>();

    /// <summary><c>healthcheck</c>.</summary>
    public ComposeHealthcheck? Healthcheck { get; init; }

    /// <summary><c>read_only</c>: the root filesystem is read-only.</summary>
    public ComposeValue<bool>? ReadOnly { get; init; }

    /// <summary><c>restart</c>: <c>no</c>, <c>always</c>, <c>on-failure[:max]</c>, <c>unless-stopped</c>.</summary>
    public ComposeValue<string>? Restart { get; init; }

    /// <summary><c>deploy</c>: resources and restart policy.</summary>
    public ComposeDeploy? Deploy { get; init; }

    /// <summary><c>mem_limit</c>, as written (<c>512m</c>, <c>1g</c>, a number of bytes).</summary>
    public ComposeValue<string>? MemLimit { get; init; }

    /// <summary><c>cpus</c>, as written (<c>0.5</c>).</summary>
    public ComposeValue<string>? Cpus { get; init; }

    /// <summary><c>pids_limit</c>.</summary>
    public ComposeValue<long>? PidsLimit { get; init; }

    /// <summary><c>devices</c>.</summary>
    public IReadOnlyList<ComposeDevice> Devices { get; init; } = Array.Empty<ComposeDevice>();

    /// <summary><c>sysctls</c>, from a mapping or a list of <c>name=value</c>.</summary>
    public IReadOnlyList<ComposeKeyValue> Sysctls { get; init; } = Array.Empty<ComposeKeyValue>();

    /// <summary><c>ulimits</c>.</summary>
    public IReadOnlyList<ComposeUlimit> Ulimits { get; init; } = Array.Empty<ComposeUlimit>();

    /// <summary><c>tmpfs</c>: mount points, with options as written.</summary>
    public IReadOnlyList<ComposeValue<string>> Tmpfs { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>extends</c>: the service this one was built on (already applied to every other setting).</summary>
    public ComposeExtends? Extends { get; init; }

    /// <summary><c>profiles</c>: the service starts only when one of them is enabled.</summary>
    public IReadOnlyList<ComposeValue<string>> Profiles { get; init; } = Array.Empty<ComposeValue<string>>();

    /// <summary><c>depends_on</c>.</summary>
    public IReadOnlyList<ComposeDependency> DependsOn { get; init; } = Array.Empty<ComposeDependency>();
}

/// <summary>
/// <c>build</c>: a context (string form, or <c>context</c>), a Dockerfile relative to it, a target stage and build
/// arguments. <see cref="ContextPath"/> is the context resolved against the folder the file's paths are relative
/// to, or null when the context is a URL (a Git repository, a tarball).
/// </summary>
public sealed record ComposeBuild(Location Location)
{
    /// <summary>Where the <c>build</c> key is written (<see cref="Location"/> is its value).</summary>
    public Location? KeyLocation { get; init; }

    /// <summary>The context as written; <c>.</c> when the mapping gives none.</summary>
    public ComposeValue<string>? Context { get; init; }

    /// <summary>The context folder, resolved; null for a remote context.</summary>
    public string? ContextPath { get; init; }

    /// <summary><c>dockerfile</c>, relative to the context; null for the default <c>Dockerfile</c>.</summary>
    public ComposeValue<string>? Dockerfile { get; init; }

    /// <summary><c>dockerfile_inline</c>: a Dockerfile written in the Compose file.</summary>
    public ComposeValue<string>? DockerfileInline { get; init; }

    /// <summary><c>target</c>: the stage to build; null builds the last stage.</summary>
    public ComposeValue<string>? Target { get; init; }

    /// <summary><c>args</c>: build arguments, from a mapping or a list of <c>NAME=value</c>.</summary>
    public IReadOnlyList<ComposeKeyValue> Args { get; init; } = Array.Empty<ComposeKeyValue>();

    /// <summary>The Dockerfile the build uses (context and <c>dockerfile</c> combined), or null for a remote context or an inline Dockerfile.</summary>
    public string? DockerfilePath =>
        ContextPath is null || DockerfileInline is not null
            ? null
            : ComposePaths.Combine(ContextPath, Dockerfile?.Value is { Length: > 0 } dockerfile ? dockerfile : "Dockerfile");
}

/// <summary>
/// A <c>NAME=value</c> setting (environment variables, build arguments, sysctls). <see cref="Value"/> is interpolated
/// and null when none is given (<c>NAME</c> alone, or <c>NAME:</c> with no value); <see cref="Written"/> is the value
/// as written, before interpolation.
/// </summary>
public sealed record ComposeKeyValue(string Name, string? Value, string? Written, Location NameLocation, Location? ValueLocation);

/// <summary>
/// A published port. Short syntax <c>[HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]</c> and the long
/// syntax both give the same fields; <see cref="Published"/> is null when the host port is left to the engine.
/// </summary>
/// <param name="HostIp">The host address to bind (<c>127.0.0.1</c>, <c>::1</c> without brackets), or null for every interface.</param>
/// <param name="Published">The host port or range, as written.</param>
/// <param name="Target">The container port or range, as written.</param>
/// <param name="Protocol"><c>tcp</c> unless written otherwise.</param>
/// <param name="Mode">The long syntax's <c>mode</c> (<c>host</c>, <c>ingress</c>), or null.</param>
/// <param name="Written">The short syntax as written, or the long syntax's fields joined in the short form.</param>
/// <param name="Location">The list item.</param>
/// <param name="Node">The YAML node of the item (its style tells a quoted port from a plain one).</param>
public sealed record ComposePort(string? HostIp, string? Published, string Target, string Protocol, string? Mode, string Written, Location Location, YamlNode Node);

/// <summary>
/// A mount from <c>volumes:</c>. <see cref="Type"/> is <c>bind</c> (a host path: starts with <c>/</c>, <c>.</c> or
/// <c>~</c> in the short syntax), <c>volume</c> (a named or anonymous volume), or the long syntax's type.
/// </summary>
/// <param name="Type">bind, volume, tmpfs, npipe, cluster or image.</param>
/// <param name="Source">The host path or volume name, or null for an anonymous volume.</param>
/// <param name="Target">The path in the container.</param>
/// <param name="ReadOnly">True for <c>:ro</c> or <c>read_only: true</c>.</param>
/// <param name="Propagation">The bind propagation (<c>rshared</c>, <c>shared</c>, ...), or null.</param>
/// <param name="Written">The short syntax as written, or the long syntax's source and target.</param>
/// <param name="Location">The list item.</param>
/// <param name="Node">The YAML node of the item.</param>
public sealed record ComposeVolumeMount(string Type, string? Source, string Target, bool ReadOnly, string? Propagation, string Written, Location Location, YamlNode Node);

/// <summary>An <c>env_file</c> entry: the path as written, resolved, whether it must exist, and whether it does.</summary>
public sealed record ComposeEnvFile(ComposeValue<string> Path, string ResolvedPath, bool Required, bool Exists);

/// <summary>A secret or config given to a service: its <c>source</c> (the project resource) and optional <c>target</c>.</summary>
public sealed record ComposeResourceUse(ComposeValue<string> Source, ComposeValue<string>? Target, Location Location);

/// <summary>
/// <c>healthcheck</c>. <see cref="Test"/> is the command as a list: <c>["CMD", ...]</c>, <c>["CMD-SHELL", "..."]</c>
/// (the string form), or <c>["NONE"]</c>. A health check without <c>test</c> adjusts the image's own check.
/// </summary>
/// <param name="Location">Where the <c>healthcheck</c> key is written.</param>
public sealed record ComposeHealthcheck(Location Location)
{
    /// <summary><c>test</c>.</summary>
    public ComposeValue<IReadOnlyList<string>>? Test { get; init; }

    /// <summary><c>disable</c>.</summary>
    public ComposeValue<bool>? Disable { get; init; }

    /// <summary><c>interval</c>, as written.</summary>
    public ComposeValue<string>? Interval { get; init; }

    /// <summary><c>timeout</c>, as written.</summary>
    public ComposeValue<string>? Timeout { get; init; }

    /// <summary><c>start_period</c>, as written.</summary>
    public ComposeValue<string>? StartPeriod { get; init; }

    /// <summary><c>start_interval</c>, as written.</summary>
    public ComposeValue<string>? StartInterval { get; init; }

    /// <summary><c>retries</c>.</summary>
    public ComposeValue<long>? Retries { get; init; }

    /// <summary>True for <c>disable: true</c> or <c>test: ["NONE"]</c>.</summary>
    public bool IsDisabled =>
        Disable?.Value == true || (Test?.Value is { Count: > 0 } test && string.Equals(test[0], "NONE", StringComparison.Ordinal));
}

/// <summary><c>deploy</c>: the parts that bound the container.</summary>
/// <param name="Location">Where the <c>deploy</c> key is written.</param>
public sealed record ComposeDeploy(Location Location)
{
    /// <summary><c>resources.limits</c>.</summary>
    public ComposeResources? Limits { get; init; }

    /// <summary><c>resources.reservations</c>.</summary>
    public ComposeResources? Reservations { get; init; }

    /// <summary><c>restart_policy</c>.</summary>
    public ComposeRestartPolicy? RestartPolicy { get; init; }
}

/// <summary>Resource limits or reservations: CPUs and memory as written, and a PIDs count.</summary>
/// <param name="Location">Where the <c>limits</c> or <c>reservations</c> key is written.</param>
public sealed record ComposeResources(Location Location)
{
    /// <summary><c>cpus</c>.</summary>
    public ComposeValue<string>? Cpus { get; init; }

    /// <summary><c>memory</c>.</summary>
    public ComposeValue<string>? Memory { get; init; }

    /// <summary><c>pids</c>.</summary>
    public ComposeValue<long>? Pids { get; init; }
}

/// <summary><c>deploy.restart_policy</c>.</summary>
/// <param name="Location">Where the <c>restart_policy</c> key is written.</param>
public sealed record ComposeRestartPolicy(Location Location)
{
    /// <summary><c>condition</c>: <c>none</c>, <c>on-failure</c> or <c>any</c>.</summary>
    public ComposeValue<string>? Condition { get; init; }

    /// <summary><c>delay</c>, as written.</summary>
    public ComposeValue<string>? Delay { get; init; }

    /// <summary><c>max_attempts</c>.</summary>
    public ComposeValue<long>? MaxAttempts { get; init; }

    /// <summary><c>window</c>, as written.</summary>
    public ComposeValue<string>? Window { get; init; }
}

/// <summary>A device mapping: <c>HOST[:CONTAINER[:PERMISSIONS]]</c> or the long syntax.</summary>
public sealed record ComposeDevice(string Source, string? Target, string? Permissions, string Written, Location Location);

/// <summary>A <c>ulimits</c> entry: a single value sets both limits.</summary>
public sealed record ComposeUlimit(string Name, long? Soft, long? Hard, Location Location);

/// <summary><c>extends</c>: the base service, and the file it is in when not this one.</summary>
public sealed record ComposeExtends(ComposeValue<string> Service, ComposeValue<string>? File, Location Location);

/// <summary>
/// A <c>depends_on</c> entry with its condition (<c>service_started</c> unless written, then
/// <see cref="ConditionLocation"/> is where) and whether it is required.
/// </summary>
public sealed record ComposeDependency(ComposeValue<string> Service, string Condition, bool Required, Location Location, Location? ConditionLocation = null);
