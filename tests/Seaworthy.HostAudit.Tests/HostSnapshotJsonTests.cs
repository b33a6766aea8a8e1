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
            IsLocal = true,
            Info = new DaemonInfo(),
            Version = new EngineVersion(),
            Local = new LocalHost { Files = new[] { new HostFile { Path = "/etc/docker/daemon.json", Role = HostFileRoles.DaemonJson, Exists = true, Mode = Convert.ToInt32("640", 8) } } },
        };

        var json = HostSnapshotJson.Serialize(snapshot);

        json.Should().Contain("\"mode\": \"0640\"");
        HostSnapshotJson.Deserialize(json).Local!.Files[0].Mode.Should().Be(0x1A0);
    }

    [Test]
    public void A_hand_written_snapshot_may_leave_out_what_its_parts_do_not_need()
    {
        var snapshot = HostSnapshotJson.Deserialize("""
            {
              "formatVersion": 1, "collectedAt": "2026-11-23T12:00:00+00:00", "endpoint": "tcp://engine.example:2376", "isLocal": false,
              // comments are allowed in fixtures
              "info": { "securityOptions": ["name=seccomp,profile=default", "name=userns"], "liveRestoreEnabled": true },
              "version": { "version": "28.2.2" },
              "containers": [], "images": [], "networks": [], "auditEnvironment": {},
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

    // Issue #18, item 10: "{}" was accepted with 8 PASS and a score of 89%; a missing containers key turned 24 FAILs into not applicable.
    [TestCase("{}", "$.formatVersion is missing")]
    [TestCase("[]", "the JSON is an array, not an object")]
    [TestCase("null", "the JSON is null, not an object")]
    public void A_snapshot_without_what_its_format_requires_is_refused(string json, string message)
    {
        var read = () => HostSnapshotJson.Deserialize(json);

        read.Should().Throw<FormatException>().WithMessage("*" + message + "*");
    }

    [TestCase("containers")]
    [TestCase("images")]
    [TestCase("networks")]
    [TestCase("auditEnvironment")]
    [TestCase("unavailable")]
    public void A_snapshot_without_one_of_its_lists_is_refused_with_the_path(string property)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(Snapshots.TestEnginePath))!.AsObject();
        json.Remove(property);

        var read = () => HostSnapshotJson.Deserialize(json.ToJsonString());

        read.Should().Throw<FormatException>().WithMessage($"*$.{property} is missing*");
    }

    // Issue #18, item 10: "auditEnvironment": null turned CIS 4.5 from FAIL to PASS; local.files[1] = null made 28 checks PASS.
    [TestCase("""{"auditEnvironment": null}""", "$.auditEnvironment is null")]
    [TestCase("""{"containers": null}""", "$.containers is null")]
    [TestCase("""{"local": {"files": [{"path": "/etc/docker", "role": "config-directory", "exists": true, "mode": "0755"}, null]}}""", "$.local.files[1] is null")]
    [TestCase("""{"local": {"files": [{"path": "/etc/docker", "mode": null}]}}""", "$.local.files[0].mode")]
    [TestCase("""{"info": null}""", "$.info is missing or null and $.unavailable does not name 'info'")]
    [TestCase("""{"local": null}""", "$.local is missing or null and $.unavailable does not name 'local'")]
    [TestCase("""{"isLocal": false}""", "$.local is set but $.isLocal is false")]
    public void A_null_where_the_format_requires_a_value_is_refused_with_its_path(string change, string message)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(Snapshots.TestEnginePath))!.AsObject();
        var merge = System.Text.Json.Nodes.JsonNode.Parse(change)!.AsObject();
        foreach (var (name, value) in merge.ToArray())
        {
            merge.Remove(name);
            json[name] = value;
        }

        var read = () => HostSnapshotJson.Deserialize(json.ToJsonString());

        read.Should().Throw<FormatException>().WithMessage("*" + message + "*");
    }

    [Test]
    public void A_refusal_shows_the_control_characters_of_a_key_escaped()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(Snapshots.TestEnginePath))!.AsObject();
        json["auditEnvironment"] = new System.Text.Json.Nodes.JsonObject { ["X\u001b[2J"] = null };

        var read = () => HostSnapshotJson.Deserialize(json.ToJsonString());

        var message = read.Should().Throw<FormatException>().Which.Message;
        message.Should().Contain("$.auditEnvironment['X\\u001b[2J'] is null").And.NotContain("\u001b");
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
