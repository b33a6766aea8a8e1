using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1016: the container mounts the Docker (or containerd, CRI-O, Podman) API socket, or the directory that holds it.</summary>
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
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
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
    });
}
