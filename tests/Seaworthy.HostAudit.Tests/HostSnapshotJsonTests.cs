using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

public sealed class HostSnapshotJsonTests
{
    [Test]
    public void A_collected_snapshot_survives_a_round_trip_unchanged()
    {
        var snapshot = Snapshots.TestEngine();

        var json = HostSnapshotJson.Serialize(snapshot);
        var again = HostSnapshotJson.Deserialize(json);

        HostSnapshotJson.Serialize(again).Should().Be(json);
        again.Containers.Select(container => container.Name).Should().Equal("c-hardened", "c-hostns", "c-ports", "c-privileged", "c-sshd");
        again.Containers.Single(container => container.Name == "c-ports").HostConfig.PortBindings["80/tcp"].Should().Equal(new EnginePortBinding("127.0.0.1", "81"));
    }

    [Test]
    public void File_modes_are_written_as_octal_strings_and_read_back_as_bits()
    {
        var snapshot = new HostSnapshot
        {
            Local = new LocalHost { Files = new[] { new HostFile { Path = "/etc/docker/daemon.json", Role = HostFileRoles.DaemonJson, Exists = true, Mode = Convert.ToInt32("640", 8) } } },
        };

        var json = HostSnapshotJson.Serialize(snapshot);

        json.Should().Contain("\"mode\": \"0640\"");
        HostSnapshotJson.Deserialize(json).Local!.Files[0].Mode.Should().Be(0x1A0);
    }

    [Test]
    public void A_hand_written_snapshot_needs_only_the_parts_it_describes()
    {
        var snapshot = HostSnapshotJson.Deserialize("""
            {
              "endpoint": "unix:///var/run/docker.sock",
              // comments are allowed in fixtures
              "info": { "securityOptions": ["name=seccomp,profile=default", "name=userns"], "liveRestoreEnabled": true },
              "unavailable": [ { "part": "local", "reason": "remote engine" } ],
            }
            """);

        snapshot.FormatVersion.Should().Be(1);
        snapshot.Info!.HasUserNamespaceRemapping.Should().BeTrue();
        snapshot.Info.IsRootless.Should().BeFalse();
        snapshot.Containers.Should().BeEmpty();
        snapshot.IsAvailable(HostParts.Info).Should().BeTrue();
        snapshot.UnavailableReason(HostParts.Local).Should().Be("remote engine");
    }

    [Test]
    public void A_snapshot_of_a_newer_format_is_refused()
    {
        var read = () => HostSnapshotJson.Deserialize("""{ "formatVersion": 2 }""");

        read.Should().Throw<FormatException>().WithMessage("*format version 2*");
    }

    [Test]
    public void Text_that_is_not_a_snapshot_is_a_format_error()
    {
        var read = () => HostSnapshotJson.Deserialize("""{ "containers": 5 }""");

        read.Should().Throw<FormatException>().WithMessage("Not a host snapshot*");
    }
}
