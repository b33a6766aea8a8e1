using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Rules.Kubernetes;
using Seaworthy.Workloads;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Container;

/// <summary>
/// SW1016: the container mounts the Docker (or containerd, CRI-O, Podman) API socket, or the directory that holds it;
/// in Kubernetes also a pod's hostPath volume of it that no container mounts.
/// </summary>
public sealed class DockerSocketMountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1016",
        "docker-socket-mount",
        "Container runtime socket mounted",
        "{0} mounts '{1}', the container runtime's API socket{2}: whoever reaches it can start a privileged container and own the host",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1016"),
        new[] { "cis-docker:5.32", "checkov:CKV_K8S_27", "trivy:KSV006", "kube-linter:docker-sock", "kubesec:DockerSock", "kics:docker_socket_mounted_in_container" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterContainer(CheckMounts);
        context.RegisterKubernetesObject(CheckUnmountedVolumes);
    }

    // A hostPath volume no container mounts is one `kubectl debug` away from a container that does: an ephemeral
    // container may mount any volume of the pod. The mounted ones are reported at their mounts.
    private static void CheckUnmountedVolumes(KubernetesObjectContext c)
    {
        if (c.PodTemplate is not { } pod)
        {
            return;
        }

        var mounted = new HashSet<string?>(
            pod.Containers.SelectMany(container => ManifestQueries.MappingItems(container.Node, "volumeMounts")).Select(mount => mount.GetScalar("name")?.Value),
            StringComparer.Ordinal);
        foreach (var volume in ManifestQueries.MappingItems(pod.Spec, "volumes"))
        {
            if (volume.GetMapping("hostPath")?.GetScalar("path") is { } path && !mounted.Contains(volume.GetScalar("name")?.Value)
                && HostPaths.Normalize(path.Value) is { } source && HostPaths.IsRuntimeSocket(source))
            {
                var what = source.EndsWith(".sock", StringComparison.Ordinal) ? string.Empty : " directory";
                c.Report(Rule, path.Location, c.KubernetesObject.Description, path.Value, what + " (a hostPath volume no container mounts yet, which an ephemeral container added with kubectl debug can mount)");
            }
        }
    }

    private static void CheckMounts(ContainerContext c)
    {
        foreach (var mount in c.Container.Runtime.Mounts)
        {
            string what;
            if (mount.Kind is (MountKind.HostPath or MountKind.Other) && HostPaths.IsDockerEnginePipe(mount.Source))
            {
                what = " (Docker's named pipe on Windows)";
            }
            else if (mount.Kind == MountKind.HostPath && HostPaths.Normalize(mount.Source) is { } source && HostPaths.IsRuntimeSocket(source))
            {
                what = source.EndsWith(".sock", StringComparison.Ordinal) ? string.Empty : " directory";
            }
            else
            {
                continue;
            }

            // Read-only is no defence: it stops changes to the socket file, not connecting to it and sending API calls.
            c.Report(Rule, mount.Location, c.Container.Description, mount.Source, what + (mount.ReadOnly ? " (read-only, which does not stop API calls)" : string.Empty));
        }
    }
}
