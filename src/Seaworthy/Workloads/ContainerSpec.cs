using System.Collections.Generic;
using Seaworthy.Text;

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
}

/// <summary>What a container is for.</summary>
public enum ContainerRole
{
    /// <summary>An image that is meant to run: a Dockerfile stage no other stage builds on.</summary>
    Image,

    /// <summary>An intermediate Dockerfile stage: other stages copy from it or build on it; it never runs as is.</summary>
    BuildStage,

    /// <summary>A Compose service: a container that runs, from an image or from the Dockerfile it builds.</summary>
    Service,
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
