using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

public sealed class DaemonOptionsTests
{
    [Test]
    public void Command_line_flags_and_daemon_json_keys_are_read_under_daemon_json_names()
    {
        var options = DaemonOptions.From(Snapshot(
            new[] { "/usr/bin/dockerd", "-H", "fd://", "--host=tcp://0.0.0.0:2376", "--tlsverify", "--icc=false", "--insecure-registry", "10.0.0.0/8", "-l", "debug" },
            """{ "live-restore": true, "default-ulimits": { "nofile": { "Name": "nofile", "Hard": 64000, "Soft": 64000 } }, "log-opts": { "max-size": "10m" } }"""));

        options.IsKnown.Should().BeTrue();
        options.Get("hosts").Select(option => option.Value).Should().Equal("fd://", "tcp://0.0.0.0:2376");
        options.Boolean("tlsverify").Should().BeTrue();
        options.Boolean("icc").Should().BeFalse();
        options.Find("insecure-registries")!.Value.Should().Be("10.0.0.0/8");
        options.Find("log-level")!.Should().Be(new DaemonOption("log-level", "debug", DaemonOptionSource.CommandLine));
        options.Boolean("live-restore").Should().BeTrue();
        options.Find("live-restore")!.Source.Should().Be(DaemonOptionSource.ConfigurationFile);
        options.Get("default-ulimits").Select(option => option.Value).Should().Equal("nofile");
        options.Find("userns-remap").Should().BeNull();
    }

    [Test]
    public void A_configuration_file_that_is_not_json_makes_the_options_unknown()
    {
        var options = DaemonOptions.From(Snapshot(new[] { "dockerd" }, "{ icc: false"));

        options.IsKnown.Should().BeFalse();
        options.UnknownReason.Should().Contain("is not valid JSON");
    }

    [Test]
    public void A_missing_configuration_file_is_no_option_at_all()
    {
        var snapshot = new HostSnapshot
        {
            Local = new LocalHost
            {
                DaemonProcess = new DaemonProcess { Pid = 1, CommandLine = new[] { "dockerd" } },
                Files = new[] { new HostFile { Path = "/etc/docker/daemon.json", Role = HostFileRoles.DaemonJson, Exists = false } },
            },
        };

        var options = DaemonOptions.From(snapshot);

        options.IsKnown.Should().BeTrue();
        options.All.Should().BeEmpty();
        options.ConfigurationFile.Should().BeNull();
    }

    [Test]
    public void Options_of_a_remote_engine_are_unknown_with_the_reason()
    {
        var snapshot = new HostSnapshot { Unavailable = new[] { new UnavailablePart(HostParts.Local, "the engine at tcp://build:2376 is not on this machine") } };

        var options = DaemonOptions.From(snapshot);

        options.IsKnown.Should().BeFalse();
        options.UnknownReason.Should().Be("the engine at tcp://build:2376 is not on this machine");
    }

    [Test]
    public void The_test_engine_runs_with_its_flags_and_an_empty_configuration_file()
    {
        var options = DaemonOptions.From(Snapshots.TestEngine());

        options.IsKnown.Should().BeTrue();
        options.Boolean("iptables").Should().BeFalse();
        options.Find("storage-driver")!.Value.Should().Be("vfs");
        options.Get("hosts").Single().Value.Should().StartWith("unix:///");
        options.All.Should().OnlyContain(option => option.Source == DaemonOptionSource.CommandLine);
    }

    private static HostSnapshot Snapshot(string[] commandLine, string daemonJson) => new()
    {
        Local = new LocalHost
        {
            DaemonProcess = new DaemonProcess { Pid = 1, CommandLine = commandLine },
            Files = new[] { new HostFile { Path = "/etc/docker/daemon.json", Role = HostFileRoles.DaemonJson, Exists = true, Content = daemonJson } },
        },
    };
}
