using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Tests.Workloads;

public sealed class KubernetesContainerAdapterTests
{
    private static string At(Location location) => $"{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";

    private static IReadOnlyList<ContainerSpec> Describe(string text)
    {
        var manifest = KubernetesManifest.Load(new SourceText("k8s/app.yaml", text));
        manifest.Problems.Should().BeEmpty();
        return KubernetesContainerAdapter.Describe(manifest.Objects.Single());
    }

    [Test]
    public void A_deployment_container_has_its_name_image_ports_environment_and_probe()
    {
        var app = Describe(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n"
            + "      - name: app\n        image: nginx:1.27\n        ports:\n        - containerPort: 80\n"
            + "        env:\n        - name: PASSWORD\n          value: hunter2\n        - name: TOKEN\n          valueFrom:\n            secretKeyRef: {name: s, key: t}\n"
            + "        - name: DB_PASSWORD\n          value: $(PASSWORD)\n"
            + "        livenessProbe:\n          httpGet: {path: /, port: 80}\n").Single();

        (app.Name, app.Description, app.Role, At(app.Definition)).Should().Be(("app", "Container 'app' of Deployment 'web'", ContainerRole.PodContainer, "8:15-8:18"));
        (app.Image!.Reference, At(app.Image.Location)).Should().Be(("nginx:1.27", "9:16-9:26"));
        app.ExposedPorts.Select(p => p.Value).Should().Equal("80");
        app.Runtime.PublishedPorts.Should().BeEmpty();
        app.Environment.Select(e => (e.Name, e.Value)).Should().Equal(("PASSWORD", "hunter2"), ("TOKEN", ""), ("DB_PASSWORD", ""));
        At(app.Environment[0].ValueLocation!).Should().Be("14:18-14:25");
        At(app.Healthcheck!.Location).Should().Be("20:9-20:22");
        (app.User, app.RunAsNonRoot, app.RunsToCompletion).Should().Be((null, null, false));
    }

    [Test]
    public void Container_security_context_values_override_the_pods()
    {
        var containers = Describe(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    runAsUser: 1000\n    runAsNonRoot: true\n"
            + "  containers:\n  - name: a\n  - name: b\n    securityContext:\n      runAsUser: 0\n      runAsNonRoot: false\n");

        (containers[0].User!.Value, At(containers[0].User!.Location), containers[0].RunAsNonRoot!.Value).Should().Be(("1000", "6:16-6:20", true));
        (containers[1].User!.Value, At(containers[1].User!.Location), containers[1].RunAsNonRoot!.Value).Should().Be(("0", "12:18-12:19", false));
    }

    [Test]
    public void Privileges_capabilities_and_the_root_file_system_come_from_the_container_security_context()
    {
        var runtime = Describe(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    securityContext:\n      privileged: true\n"
            + "      allowPrivilegeEscalation: false\n      readOnlyRootFilesystem: true\n      capabilities:\n        add: [NET_ADMIN, cap_sys_time]\n        drop: [\"ALL\"]\n").Single().Runtime;

        (runtime.Privileged!.Value, At(runtime.Privileged.Location)).Should().Be((true, "8:19-8:23"));
        (runtime.NoNewPrivileges!.Value, At(runtime.NoNewPrivileges.Location)).Should().Be((true, "9:33-9:38"));
        runtime.ReadOnlyRootFilesystem!.Value.Should().BeTrue();
        runtime.AddedCapabilities.Select(c => (c.Value, At(c.Location))).Should().Equal(("NET_ADMIN", "12:15-12:24"), ("SYS_TIME", "12:26-12:38"));
        runtime.DroppedCapabilities.Select(c => c.Value).Should().Equal("ALL");
    }

    [Test]
    public void Host_namespaces_are_host_and_host_users_false_is_not()
    {
        var runtime = Describe(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  hostPID: true\n  hostIPC: false\n  hostUsers: false\n  containers:\n  - name: a\n").Single().Runtime;

        (runtime.NetworkMode!.Value, At(runtime.NetworkMode.Location)).Should().Be(("host", "5:16-5:20"));
        runtime.PidMode!.Value.Should().Be("host");
        (runtime.IpcMode, runtime.UsernsMode).Should().Be((null, null));
    }

    [Test]
    public void Volume_mounts_join_their_volumes()
    {
        var runtime = Describe(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    volumeMounts:\n"
            + "    - {name: sock, mountPath: /var/run/docker.sock, readOnly: true}\n    - {name: root, mountPath: /host, mountPropagation: Bidirectional}\n"
            + "    - {name: shm, mountPath: /dev/shm}\n    - {name: data, mountPath: /data, mountPropagation: HostToContainer}\n"
            + "  volumes:\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock\n  - name: root\n    hostPath: {path: /}\n"
            + "  - name: shm\n    emptyDir: {medium: Memory}\n  - name: data\n    persistentVolumeClaim: {claimName: data}\n").Single().Runtime;

        runtime.Mounts.Select(m => (m.Kind, m.Source, m.Target, m.ReadOnly, m.Propagation, At(m.Location))).Should().Equal(
            (MountKind.HostPath, "/var/run/docker.sock", "/var/run/docker.sock", true, null, "15:13-15:33"),
            (MountKind.HostPath, "/", "/host", false, "rshared", "17:22-17:23"),
            (MountKind.Tmpfs, null, "/dev/shm", false, null, "10:30-10:38"),
            (MountKind.Volume, "data", "/data", false, "rslave", "11:31-11:36"));
        runtime.Mounts.Select(m => m.PropagationLocation is null ? null : At(m.PropagationLocation)).Should().Equal(null, "9:56-9:69", null, "11:56-11:71");
    }

    [Test]
    public void Limits_host_ports_restart_policy_and_profiles_are_read()
    {
        var runtime = Describe(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: docker/default\n"
            + "    container.apparmor.security.beta.kubernetes.io/a: localhost/k8s-nginx\n"
            + "spec:\n  restartPolicy: OnFailure\n  containers:\n  - name: a\n    resources:\n      limits: {memory: 512Mi, cpu: 500m}\n"
            + "    ports:\n    - {containerPort: 80, hostPort: 8080}\n    - {containerPort: 53, hostPort: 53, hostIP: 127.0.0.1, protocol: UDP}\n").Single().Runtime;

        (runtime.MemoryLimit!.Value, runtime.CpuLimit!.Value).Should().Be(("512Mi", "500m"));
        runtime.PublishedPorts.Select(p => (p.HostIp, p.HostPort, p.ContainerPort, p.Protocol, At(p.Location))).Should().Equal(
            (null, "8080", "80", "tcp", "15:37-15:41"), ("127.0.0.1", "53", "53", "udp", "16:37-16:39"));
        (runtime.RestartPolicy!.Name, At(runtime.RestartPolicy.Location)).Should().Be(("on-failure", "9:18-9:27"));
        (runtime.SeccompProfile!.Value, At(runtime.SeccompProfile.Location)).Should().Be(("runtime/default", "6:47-6:61"));
        runtime.AppArmorProfile!.Value.Should().Be("localhost/k8s-nginx");
    }

    [Test]
    public void Security_context_profiles_win_over_annotations_and_the_container_over_the_pod()
    {
        var containers = Describe(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    container.seccomp.security.alpha.kubernetes.io/b: unconfined\n"
            + "spec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n    appArmorProfile: {type: Unconfined}\n"
            + "  containers:\n  - name: a\n    securityContext:\n      seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}\n  - name: b\n");

        // b: its own legacy annotation wins over the pod's field, as the API server copies it into b's field.
        containers.Select(c => c.Runtime.SeccompProfile!.Value).Should().Equal("localhost/profiles/audit.json", "unconfined");
        containers.Select(c => c.Runtime.AppArmorProfile!.Value).Should().Equal("unconfined", "unconfined");
    }

    [Test]
    public void Init_sidecar_and_ephemeral_containers_have_their_roles_and_a_job_runs_to_completion()
    {
        var containers = Describe(
            "apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n"
            + "      initContainers:\n      - name: wait\n      - name: proxy\n        restartPolicy: Always\n      containers:\n      - name: run\n"
            + "      ephemeralContainers:\n      - name: debug\n");

        containers.Select(c => (c.Description, c.Role)).Should().Equal(
            ("Init container 'wait' of Job 'migrate'", ContainerRole.InitContainer),
            ("Sidecar container 'proxy' of Job 'migrate'", ContainerRole.PodContainer),
            ("Container 'run' of Job 'migrate'", ContainerRole.PodContainer),
            ("Ephemeral container 'debug' of Job 'migrate'", ContainerRole.EphemeralContainer));
        containers.Should().OnlyContain(c => c.RunsToCompletion);
        containers[1].Runtime.RestartPolicy!.Name.Should().Be("always");
    }
}
