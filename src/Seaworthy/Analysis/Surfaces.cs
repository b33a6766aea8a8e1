using System;

namespace Seaworthy.Analysis;

/// <summary>The kinds of input a rule can report on.</summary>
[Flags]
public enum Surfaces
{
    /// <summary>No surface.</summary>
    None = 0,

    /// <summary>Dockerfiles and Containerfiles.</summary>
    Dockerfile = 1,

    /// <summary>Docker Compose files.</summary>
    Compose = 2,

    /// <summary>Kubernetes manifests.</summary>
    Kubernetes = 4,

    /// <summary>Containers from any surface (rules written once on <c>ContainerSpec</c>).</summary>
    Container = 8,

    /// <summary>A live Docker Engine's daemon and host.</summary>
    Host = 16,
}
