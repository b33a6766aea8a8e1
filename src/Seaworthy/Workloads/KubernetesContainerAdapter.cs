using System;
using System.Collections.Generic;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Workloads;

/// <summary>
/// Describes each container of a Kubernetes pod template as a <see cref="ContainerSpec"/>, so the container rules run on
/// Kubernetes unchanged. Pod-level <c>securityContext</c> values are defaults that the container's own override; the
/// legacy seccomp and AppArmor annotations on the pod's metadata are read where no field says otherwise. Each
/// setting carries the location of the value that decides it.
/// </summary>
/// <remarks>
/// A <c>hostPath</c> mount points at the volume's <c>hostPath.path</c> (the value that names the host directory);
/// other mounts at the container's <c>mountPath</c>. A port with a <c>hostPort</c> is published and points at the
/// <c>hostPort</c> value. An environment variable with <c>valueFrom</c> has an empty value: nothing is written in the file.
/// </remarks>
public static class KubernetesContainerAdapter
{
    private const string PodSeccompAnnotation = "seccomp.security.alpha.kubernetes.io/pod";
    private const string ContainerSeccompAnnotation = "container.seccomp.security.alpha.kubernetes.io/";
    private const string ContainerAppArmorAnnotation = "container.apparmor.security.beta.kubernetes.io/";

    /// <summary>One container per entry of <paramref name="pod"/>'s <see cref="PodTemplate.Containers"/>, in the same order.</summary>
    public static IReadOnlyList<ContainerSpec> Describe(PodTemplate pod)
    {
        var containers = new List<ContainerSpec>(pod.Containers.Count);
        foreach (var container in pod.Containers)
        {
            containers.Add(Describe(container));
        }

        return containers;
    }

    /// <summary>The containers of <paramref name="kubernetesObject"/>'s pod template; empty when it has none.</summary>
    public static IReadOnlyList<ContainerSpec> Describe(KubernetesObject kubernetesObject) =>
        kubernetesObject.PodTemplate is { } pod ? Describe(pod) : Array.Empty<ContainerSpec>();

    /// <summary>One container.</summary>
    public static ContainerSpec Describe(KubernetesContainer container)
    {
        var pod = container.Pod;
        var (role, label) = container.Kind switch
        {
            KubernetesContainerKind.InitContainer when container.IsSidecar => (ContainerRole.PodContainer, "Sidecar container"),
            KubernetesContainerKind.InitContainer => (ContainerRole.InitContainer, "Init container"),
            KubernetesContainerKind.EphemeralContainer => (ContainerRole.EphemeralContainer, "Ephemeral container"),
            _ => (ContainerRole.PodContainer, "Container"),
        };
        var description = $"{label} '{container.Name}' of {pod.Owner.Description}";
        var node = container.Node;
        var image = node.GetScalar("image") is { } written ? new ContainerImage(written.Value, written.Value, written.Location, IsResolved: true) : null;
        var user = Inherited(container, "runAsUser") is { } runAsUser ? new Setting<string>(runAsUser.Value, runAsUser.Location) : null;
        var runAsNonRoot = Inherited(container, "runAsNonRoot") is { } nonRoot ? new Setting<bool>(YamlNavigation.IsTrue(nonRoot), nonRoot.Location) : null;
        var healthcheck = node.Find("livenessProbe") is { Value: YamlMapping } probe ? new HealthcheckSetting(false, probe.Key.Location) : null;
        var exposed = new List<Setting<string>>();
        var published = new List<PublishedPort>();
        foreach (var port in Mappings(node.GetSequence("ports")))
        {
            if (port.GetScalar("containerPort") is not { } containerPort)
            {
                continue;
            }

            exposed.Add(new Setting<string>(containerPort.Value, containerPort.Location));
            if (port.GetScalar("hostPort") is { } hostPort && hostPort.Value != "0")
            {
                var hostIp = port.GetScalar("hostIP")?.Value;
                var protocol = (port.GetScalar("protocol")?.Value ?? "TCP").ToLowerInvariant();
                published.Add(new PublishedPort(PublishedPort.HostAddress(hostIp), hostPort.Value, containerPort.Value, protocol, hostPort.Location));
            }
        }

        return new ContainerSpec(container.Name, description, role, container.Location, image, user, healthcheck, Environment(node), exposed)
        {
            Runtime = Runtime(container, published),
            RunAsNonRoot = runAsNonRoot,
            RunsToCompletion = pod.RunsToCompletion,
            Node = node,
            PodSpec = pod.Spec,
        };
    }

    private static RuntimeSettings Runtime(KubernetesContainer container, List<PublishedPort> published)
    {
        var pod = container.Pod;
        var security = container.SecurityContext;
        var capabilities = security?.GetMapping("capabilities");
        var limits = container.Node.GetMappingAt("resources", "limits");
        return new RuntimeSettings
        {
            Privileged = Boolean(security, "privileged"),
            NoNewPrivileges = security?.GetScalar("allowPrivilegeEscalation") is { } escalation ? new Setting<bool>(YamlNavigation.IsFalse(escalation), escalation.Location) : null,
            AddedCapabilities = Capabilities(capabilities?.GetSequence("add")),
            DroppedCapabilities = Capabilities(capabilities?.GetSequence("drop")),
            NetworkMode = HostMode(pod.Spec, "hostNetwork"),
            PidMode = HostMode(pod.Spec, "hostPID"),
            IpcMode = HostMode(pod.Spec, "hostIPC"),
            UsernsMode = HostMode(pod.Spec, "hostUsers"),
            Mounts = Mounts(container),
            ReadOnlyRootFilesystem = Boolean(security, "readOnlyRootFilesystem"),
            MemoryLimit = Text(limits, "memory"),
            CpuLimit = Text(limits, "cpu"),
            SeccompProfile = SeccompProfile(container),
            AppArmorProfile = AppArmorProfile(container),
            PublishedPorts = published,
            RestartPolicy = RestartPolicy(container),
        };
    }

    // The container's securityContext value, else the pod's.
    private static YamlScalar? Inherited(KubernetesContainer container, string key) =>
        container.SecurityContext?.GetScalar(key) ?? container.Pod.SecurityContext?.GetScalar(key);

    private static Setting<bool>? Boolean(YamlMapping? mapping, string key) =>
        mapping?.GetScalar(key) is { } scalar ? new Setting<bool>(YamlNavigation.IsTrue(scalar), scalar.Location) : null;

    private static Setting<string>? Text(YamlMapping? mapping, string key) =>
        mapping?.GetScalar(key) is { } scalar ? new Setting<string>(scalar.Value, scalar.Location) : null;

    // hostNetwork, hostPID and hostIPC: true share the host's namespace; hostUsers: true (the default, written out)
    // keeps the host's user namespace, while false gives the pod its own and is not host.
    private static Setting<string>? HostMode(YamlMapping spec, string key) =>
        spec.GetScalar(key) is { } scalar && YamlNavigation.IsTrue(scalar) ? new Setting<string>("host", scalar.Location) : null;

    private static List<Setting<string>> Capabilities(YamlSequence? items)
    {
        var capabilities = new List<Setting<string>>();
        if (items is null)
        {
            return capabilities;
        }

        foreach (var item in items.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                capabilities.Add(new Setting<string>(RuntimeSettings.CapabilityName(scalar.Value), scalar.Location));
            }
        }

        return capabilities;
    }

    private static List<MountSetting> Mounts(KubernetesContainer container)
    {
        var mounts = new List<MountSetting>();
        foreach (var mount in Mappings(container.Node.GetSequence("volumeMounts")))
        {
            if (mount.GetScalar("mountPath") is not { } mountPath)
            {
                continue;
            }

            var name = mount.GetScalar("name")?.Value;
            var volume = name is null ? null : container.Pod.FindVolume(name);
            var readOnly = mount.IsTrue("readOnly");
            var propagationValue = mount.GetScalar("mountPropagation");
            var propagation = propagationValue?.Value switch
            {
                "Bidirectional" => "rshared",
                "HostToContainer" => "rslave",
                "None" => "rprivate",
                _ => null,
            };
            if (volume?.GetMapping("hostPath") is { } hostPath)
            {
                var path = hostPath.GetScalar("path");
                mounts.Add(new MountSetting(MountKind.HostPath, path?.Value, mountPath.Value, readOnly, propagation, path?.Location ?? mountPath.Location) { PropagationLocation = propagationValue?.Location });
            }
            else if (volume?.GetMapping("emptyDir")?.GetScalar("medium")?.Value == "Memory")
            {
                mounts.Add(new MountSetting(MountKind.Tmpfs, null, mountPath.Value, readOnly, propagation, mountPath.Location) { PropagationLocation = propagationValue?.Location });
            }
            else
            {
                mounts.Add(new MountSetting(MountKind.Volume, name, mountPath.Value, readOnly, propagation, mountPath.Location) { PropagationLocation = propagationValue?.Location });
            }
        }

        return mounts;
    }

    // The container's field, its annotation, the pod's field, the pod's annotation: when a pod is created the API
    // server copies each annotation into the field of its own level that is not written, and the kubelet reads the
    // container's field before the pod's (KEP 135, version skew), so a container annotation beats the pod's field.
    private static Setting<string>? SeccompProfile(KubernetesContainer container)
    {
        var pod = container.Pod;
        return ProfileField(container.SecurityContext)
            ?? LegacyProfile(pod.FindAnnotation(ContainerSeccompAnnotation + container.Name), seccomp: true)
            ?? ProfileField(pod.SecurityContext)
            ?? LegacyProfile(pod.FindAnnotation(PodSeccompAnnotation), seccomp: true);

        static Setting<string>? ProfileField(YamlMapping? security) => Profile(security?.GetMapping("seccompProfile"));
    }

    private static Setting<string>? AppArmorProfile(KubernetesContainer container)
    {
        var pod = container.Pod;
        return Profile(container.SecurityContext?.GetMapping("appArmorProfile"))
            ?? LegacyProfile(pod.FindAnnotation(ContainerAppArmorAnnotation + container.Name), seccomp: false)
            ?? Profile(pod.SecurityContext?.GetMapping("appArmorProfile"));
    }

    // {type: RuntimeDefault | Unconfined | Localhost, localhostProfile: ...}, at the location of the type. A local
    // profile keeps its localhost/ prefix, so a value the API server refuses (an unknown type) stays recognisable.
    private static Setting<string>? Profile(YamlMapping? profile)
    {
        if (profile?.GetScalar("type") is not { } type)
        {
            return null;
        }

        var value = type.Value switch
        {
            "RuntimeDefault" => "runtime/default",
            "Unconfined" => "unconfined",
            "Localhost" => profile.GetScalar("localhostProfile") is { } local ? "localhost/" + local.Value : "localhost",
            _ => type.Value.ToLowerInvariant(),
        };
        return new Setting<string>(value, type.Location);
    }

    // runtime/default, unconfined, localhost/<profile>, and for seccomp docker/default (the same as runtime/default).
    // An empty value sets nothing, as the API server reads it.
    private static Setting<string>? LegacyProfile(KubernetesKeyValue? annotation, bool seccomp)
    {
        if (annotation is null || annotation.Value.Trim() is not { Length: > 0 } value)
        {
            return null;
        }

        value = seccomp && value == "docker/default" ? "runtime/default"
            : value.StartsWith("localhost/", StringComparison.Ordinal) ? value
            : value.ToLowerInvariant();
        return new Setting<string>(value, annotation.ValueLocation);
    }

    // A native sidecar's own restartPolicy: Always, else the pod's.
    private static RestartPolicySetting? RestartPolicy(KubernetesContainer container)
    {
        var scalar = (container.IsSidecar ? container.Node.GetScalar("restartPolicy") : null) ?? container.Pod.Spec.GetScalar("restartPolicy");
        if (scalar is null)
        {
            return null;
        }

        var name = scalar.Value switch
        {
            "Always" => "always",
            "OnFailure" => "on-failure",
            "Never" => "no",
            _ => scalar.Value.ToLowerInvariant(),
        };
        return new RestartPolicySetting(name, null, scalar.Location);
    }

    private static List<EnvironmentVariable> Environment(YamlMapping container)
    {
        var environment = new List<EnvironmentVariable>();
        foreach (var variable in Mappings(container.GetSequence("env")))
        {
            if (variable.GetScalar("name") is not { } name)
            {
                continue;
            }

            // A value from a Secret, a ConfigMap or a field (valueFrom), or one that only names another variable
            // ($(DB_PASSWORD), expanded by the kubelet), is not written here: the file holds no value, as for a
            // Compose variable that comes from the shell.
            var value = variable.GetScalar("value");
            var literal = value is null || IsVariableReference(value.Value) ? string.Empty : value.Value;
            environment.Add(new EnvironmentVariable(name.Value, literal, name.Location, value?.Location, EnvironmentSource.Environment));
        }

        return environment;
    }

    // "$(NAME)", a dependent environment variable.
    private static bool IsVariableReference(string value) =>
        value.Length > 3 && value.StartsWith("$(", StringComparison.Ordinal) && value.IndexOf(')') == value.Length - 1;

    private static IEnumerable<YamlMapping> Mappings(YamlSequence? sequence)
    {
        if (sequence is null)
        {
            yield break;
        }

        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                yield return mapping;
            }
        }
    }
}
