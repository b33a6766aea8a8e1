using System;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

public sealed class HostModelTests
{
    [TestCase("0644", "0644", true)]
    [TestCase("0600", "0644", true)]
    [TestCase("0641", "0644", false)] // numerically smaller, yet others may execute
    [TestCase("4644", "0644", false)] // setuid is beyond 0644
    [TestCase("0660", "0660", true)]
    [TestCase("0400", "0400", true)]
    [TestCase("0440", "0400", false)]
    public void File_modes_are_compared_as_bits(string mode, string allowed, bool within)
    {
        var file = new HostFile { Mode = Convert.ToInt32(mode, 8) };

        file.ModeWithin(Convert.ToInt32(allowed, 8)).Should().Be(within);
        file.OctalMode.Should().Be(mode);
    }

    [Test]
    public void Security_options_are_found_by_name()
    {
        var info = new DaemonInfo { SecurityOptions = new[] { "name=seccomp,profile=builtin", "name=rootless", "name=cgroupns" } };

        info.SecurityOption("seccomp").Should().Be("name=seccomp,profile=builtin");
        info.IsRootless.Should().BeTrue();
        info.HasUserNamespaceRemapping.Should().BeFalse();
        info.HasSecurityOption("cgroup").Should().BeFalse();
    }

    [TestCase("container c-ports", HostTargetKind.Container, "c-ports")]
    [TestCase("file /etc/docker/daemon.json", HostTargetKind.File, "/etc/docker/daemon.json")]
    [TestCase("daemon", HostTargetKind.Daemon, "")]
    [TestCase("image sw-audit/tiny:bad", HostTargetKind.Image, "sw-audit/tiny:bad")]
    public void Targets_are_written_and_read_as_kind_and_name(string text, HostTargetKind kind, string name)
    {
        var target = HostTarget.Parse(text);

        target.Should().Be(new HostTarget(kind, name));
        target.ToString().Should().Be(text);
    }

    [Test]
    public void The_command_of_each_process_comes_from_the_CMD_column()
    {
        var processes = new ContainerProcesses
        {
            Titles = new[] { "UID", "PID", "CMD" },
            Processes = new[] { new[] { "root", "1", "/usr/sbin/sshd -D" }, new[] { "root", "7", "sleep 3600" } },
        };

        processes.Commands().Should().Equal("/usr/sbin/sshd -D", "sleep 3600");
    }
}
