using System;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>
/// Which surface described a container, for the few rules whose meaning or wording depends on it: a Kubernetes
/// container has no restart-retry count nor a PIDs limit of its own, and a message names the key that decides.
/// </summary>
internal static class ContainerSurface
{
    /// <summary>True for the containers, init containers (native sidecars included) and ephemeral containers of a pod template.</summary>
    public static bool IsKubernetes(ContainerSpec container) =>
        container.Role is ContainerRole.PodContainer or ContainerRole.InitContainer or ContainerRole.EphemeralContainer;

    /// <summary>True for a Compose service.</summary>
    public static bool IsCompose(ContainerSpec container) => container.Role == ContainerRole.Service;

    /// <summary>True for a Dockerfile stage.</summary>
    public static bool IsDockerfile(ContainerSpec container) => container.Role is ContainerRole.Image or ContainerRole.BuildStage;

    /// <summary>
    /// True when <paramref name="location"/> lies in a Dockerfile rather than in a Compose file or a manifest (YAML or
    /// JSON): a Compose service takes its image, user and health check from the Dockerfile it builds when its own keys
    /// do not set them.
    /// </summary>
    public static bool IsInDockerfile(Location location) =>
        !(location.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || location.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || location.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
}
