using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Host;
using Seaworthy.Workloads;

namespace Seaworthy.HostAudit.Tests;

/// <summary>Inspect data of the test engine's containers, described as containers for the SW1xxx rules.</summary>
public sealed class EngineContainerAdapterTests
{
    private static ContainerSpec Container(string name)
    {
        var snapshot = Snapshots.TestEngine();
        var containers = EngineContainerAdapter.Describe(snapshot);
        return containers.Single(container => container.Name == name);
    }

    [Test]
    public void A_stopped_container_is_marked_in_its_description()
    {
        var container = Container("c-privileged");

        container.Description.Should().Be("Container 'c-privileged' (stopped)");
        container.Role.Should().Be(ContainerRole.EngineContainer);
        container.Image!.Reference.Should().Be("sw-audit/tiny:bad");
        Container("c-ports").Description.Should().Be("Container 'c-ports'");
    }

    [Test]
    public void The_privileged_container_has_its_privileges_host_pid_and_writable_root_mount()
    {
        var runtime = Container("c-privileged").Runtime;

        runtime.Privileged!.Value.Should().BeTrue();
        runtime.PidMode!.Value.Should().Be("host");
        runtime.AddedCapabilities.Select(capability => capability.Value).Should().Equal("SYS_ADMIN");
        runtime.Mounts.Should().ContainSingle(mount => mount.Source == "/" && mount.Target == "/host" && mount.Kind == MountKind.HostPath && !mount.ReadOnly);
    }

    [Test]
    public void Each_mount_is_described_on_its_own_so_a_read_only_mount_stays_read_only()
    {
        var runtime = Container("c-hostns").Runtime;

        runtime.Mounts.Single(mount => mount.Target == "/host-etc").ReadOnly.Should().BeTrue();
        runtime.Mounts.Single(mount => mount.Target == "/var/run/docker.sock").ReadOnly.Should().BeFalse();
        runtime.NetworkMode!.Value.Should().Be("host");
        runtime.IpcMode!.Value.Should().Be("host");
        runtime.UtsMode!.Value.Should().Be("host");
        runtime.SeccompProfile!.Value.Should().Be("unconfined");
        runtime.AddedCapabilities.Select(capability => capability.Value).Should().BeEquivalentTo("SYS_ADMIN", "NET_ADMIN");
        runtime.RestartPolicy!.Name.Should().Be("always");
    }

    [Test]
    public void Published_ports_treat_every_wildcard_address_as_all_interfaces_once()
    {
        var runtime = Container("c-ports").Runtime;

        runtime.PublishedPorts.Select(port => (port.HostIp, port.HostPort, port.ContainerPort, port.Protocol)).Should().BeEquivalentTo(new[]
        {
            ((string?)"127.0.0.1", (string?)"81", "80", "tcp"),
            ((string?)null, (string?)"18080", "8080", "tcp"),
        });
        runtime.Devices.Select(device => device.Value).Should().Equal("/dev/null");
        runtime.UsernsMode!.Value.Should().Be("host");
        runtime.RestartPolicy.Should().BeEquivalentTo(new { Name = "on-failure", MaximumRetries = (long?)10 });
    }

    [Test]
    public void The_hardened_container_carries_its_limits_and_the_image_user_and_health_check()
    {
        var container = Container("c-hardened");
        var runtime = container.Runtime;

        container.User!.Value.Should().Be("1000");
        container.Healthcheck!.IsDisabled.Should().BeFalse();
        runtime.Privileged!.Value.Should().BeFalse();
        runtime.ReadOnlyRootFilesystem!.Value.Should().BeTrue();
        runtime.MemoryLimit!.Value.Should().Be("67108864");
        runtime.CpuLimit!.Value.Should().Be("0.5");
        runtime.PidsLimit!.Value.Should().Be("64");
        runtime.NoNewPrivileges!.Value.Should().BeTrue();
        runtime.DroppedCapabilities.Select(capability => capability.Value).Should().Equal("ALL");
        runtime.RestartPolicy.Should().BeEquivalentTo(new { Name = "on-failure", MaximumRetries = (long?)5 });
        runtime.PublishedPorts.Should().BeEmpty();
    }

    [Test]
    public void Unset_limits_are_written_as_zero_which_means_none()
    {
        var runtime = Container("c-ports").Runtime;

        runtime.MemoryLimit!.Value.Should().Be("0");
        runtime.CpuLimit!.Value.Should().Be("0");
        runtime.PidsLimit!.Value.Should().Be("0");
        runtime.NoNewPrivileges.Should().BeNull();
        runtime.ReadOnlyRootFilesystem!.Value.Should().BeFalse();
    }

    [Test]
    public void AppArmor_is_unconfined_only_on_a_host_that_has_AppArmor()
    {
        var container = new EngineContainer { Name = "web", Running = true };
        var location = Seaworthy.Text.Location.FileStart("unix:///var/run/docker.sock");

        EngineContainerAdapter.Describe(container, null, location, hostHasAppArmor: true).Runtime.AppArmorProfile!.Value.Should().Be("unconfined");
        EngineContainerAdapter.Describe(container, null, location, hostHasAppArmor: false).Runtime.AppArmorProfile.Should().BeNull();
        EngineContainerAdapter.Describe(container, null, location, hostHasAppArmor: false).Runtime.AppArmorUnsupported.Should().BeTrue();
        var confined = new EngineContainer { Name = "web", AppArmorProfile = "docker-default" };
        EngineContainerAdapter.Describe(confined, null, location).Runtime.AppArmorProfile!.Value.Should().Be("docker-default");
    }

    [Test]
    public void A_daemon_that_refuses_new_privileges_refuses_them_to_every_container()
    {
        var container = new EngineContainer { Name = "web" };
        var location = Seaworthy.Text.Location.FileStart("unix:///var/run/docker.sock");

        EngineContainerAdapter.Describe(container, null, location, daemonNoNewPrivileges: true).Runtime.NoNewPrivileges!.Value.Should().BeTrue();
        var allowed = new EngineContainer { Name = "web", HostConfig = new EngineHostConfig { SecurityOpt = new[] { "no-new-privileges:false" } } };
        EngineContainerAdapter.Describe(allowed, null, location, daemonNoNewPrivileges: false).Runtime.NoNewPrivileges!.Value.Should().BeFalse();
    }

    [Test]
    public void The_image_fills_the_user_health_check_and_environment_the_container_does_not_set()
    {
        var image = new EngineImage
        {
            Id = "sha256:1",
            User = "app",
            Healthcheck = new HealthcheckConfig { Test = new[] { "NONE" } },
            Env = new[] { "PATH=/usr/bin", "EMPTY" },
            ExposedPorts = new[] { "80/tcp" },
        };
        var container = new EngineContainer { Name = "web", ImageId = "sha256:1" };

        var described = EngineContainerAdapter.Describe(container, image, Seaworthy.Text.Location.FileStart("engine"));

        described.User!.Value.Should().Be("app");
        described.Healthcheck!.IsDisabled.Should().BeTrue();
        described.Environment.Select(variable => (variable.Name, variable.Value)).Should().Equal(("PATH", "/usr/bin"), ("EMPTY", (string?)null));
        described.ExposedPorts.Select(port => port.Value).Should().Equal("80/tcp");
    }
}
