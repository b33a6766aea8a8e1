using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

/// <summary>The collector against endpoints the tests create: silent ones, and ones that answer only GET /version.</summary>
public sealed class HostCollectorTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(0.5);

    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    // Issue #18, item 12: a silent engine failed after 30 s with "The operation was canceled".
    [Test]
    public async Task A_silent_engine_fails_naming_the_call_that_timed_out_and_the_limit([Values] bool unixSocket)
    {
        using var engine = unixSocket ? FakeEngine.OnUnixSocket(answersVersion: false) : FakeEngine.OnLoopbackPort(answersVersion: false);

        var collect = () => HostCollector.CollectAsync(new HostCollectorOptions { Host = engine.Address, Environment = NoEnvironment, CollectLocalHost = false, Timeout = ShortTimeout });

        (await collect.Should().ThrowAsync<HostCollectionException>()).Which.Message.Should().StartWith($"The Docker Engine at {engine.Address} did not answer GET /version within 0.5 s");
    }

    [Test]
    public async Task An_engine_that_stops_answering_leaves_each_part_unavailable_with_the_call_that_timed_out()
    {
        using var engine = FakeEngine.OnUnixSocket(answersVersion: true);

        var snapshot = await HostCollector.CollectAsync(new HostCollectorOptions { Host = engine.Address, Environment = NoEnvironment, CollectLocalHost = false, Timeout = ShortTimeout });

        snapshot.Version!.Version.Should().Be("20.10.24");
        snapshot.UnavailableReason(HostParts.Info).Should().Be($"the engine at {engine.Address} did not answer GET /info within 0.5 s");
        snapshot.UnavailableReason(HostParts.Containers).Should().Be($"the engine at {engine.Address} did not answer GET /containers/json within 0.5 s");
        snapshot.UnavailableReason(HostParts.Images).Should().Be($"the engine at {engine.Address} did not answer GET /images/json within 0.5 s");
        snapshot.UnavailableReason(HostParts.Networks).Should().Be($"the engine at {engine.Address} did not answer GET /networks within 0.5 s");
        HostSnapshotJson.Deserialize(HostSnapshotJson.Serialize(snapshot)).Unavailable.Should().HaveCount(snapshot.Unavailable.Count, "what a timed-out engine gives is a valid snapshot");
    }

    // Issue #18, item 11: an engine reached over TCP was audited with this machine's unrelated dockerd's command line.
    [Test]
    public async Task An_engine_on_a_loopback_port_is_remote_and_this_machines_host_is_not_read_as_its_own()
    {
        using var engine = FakeEngine.OnLoopbackPort(answersVersion: true);

        var snapshot = await HostCollector.CollectAsync(new HostCollectorOptions { Host = engine.Address, Environment = NoEnvironment, Timeout = ShortTimeout });

        snapshot.IsLocal.Should().BeFalse();
        snapshot.Local.Should().BeNull();
        snapshot.UnavailableReason(HostParts.Local).Should().StartWith($"the engine at {engine.Address} is remote");
    }

    [Test]
    public async Task A_unix_socket_that_no_dockerd_of_this_machine_serves_is_not_read_as_the_engines_host()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("The engine's host is read on Linux only.");
        }

        using var engine = FakeEngine.OnUnixSocket(answersVersion: true);

        var snapshot = await HostCollector.CollectAsync(new HostCollectorOptions { Host = engine.Address, Environment = NoEnvironment, Timeout = ShortTimeout });

        snapshot.IsLocal.Should().BeTrue();
        snapshot.Local.Should().BeNull();
        snapshot.UnavailableReason(HostParts.Local).Should().Contain(engine.Address).And.Contain("dockerd").And.Contain("not");
    }

    [TestCase("unix:///var/run/docker.sock", true)]
    [TestCase("/var/run/docker.sock", true)]
    [TestCase("tcp://127.0.0.1:2375", false)]
    [TestCase("tcp://[::1]:2375", false)]
    [TestCase("tcp://engine.example:2376", false)]
    public void Only_a_unix_socket_is_a_local_endpoint(string address, bool local)
    {
        DockerEndpoint.Resolve(address, NoEnvironment).IsLocal.Should().Be(local);
    }

    [TestCase("/var/run/docker.sock", 0, new[] { "/usr/bin/dockerd", "-H", "fd://", "--containerd=/run/containerd/containerd.sock" }, true)]
    [TestCase("/run/docker.sock", 0, new[] { "/usr/sbin/dockerd" }, true)]
    [TestCase("/tmp/e/docker.sock", 0, new[] { "dockerd", "--host", "unix:///tmp/e/docker.sock" }, true)]
    [TestCase("/tmp/e/docker.sock", 0, new[] { "dockerd", "--host=unix:///tmp/e/docker.sock" }, true)]
    [TestCase("/run/user/1000/docker.sock", 1000, new[] { "dockerd" }, true)]
    [TestCase("/tmp/e/docker.sock", 0, new[] { "/usr/bin/dockerd", "-H", "fd://" }, false)]
    [TestCase("/tmp/e/docker.sock", 0, new[] { "dockerd", "-H", "unix:///tmp/other/docker.sock" }, false)]
    [TestCase("/var/run/docker.sock", 0, new[] { "dockerd", "-H", "tcp://0.0.0.0:2375" }, false)]
    [TestCase("/var/run/docker.sock", 1000, new[] { "dockerd" }, false)]
    public void A_dockerd_serves_the_socket_its_command_line_names_or_its_default(string socket, int uid, string[] commandLine, bool serves)
    {
        LocalHostCollector.Serves(new DaemonProcess { Pid = 1, Uid = uid, CommandLine = commandLine }, socket).Should().Be(serves);
    }

    [Test]
    public void The_listening_socket_is_found_by_its_path_with_links_resolved()
    {
        const string procNetUnix = """
            Num       RefCount Protocol Flags    Type St Inode Path
            0000000000000000: 00000002 00000000 00010000 0001 01 20893 /run/docker.sock
            0000000000000000: 00000003 00000000 00000000 0001 03 20911 /run/docker.sock
            0000000000000000: 00000002 00000000 00010000 0001 01 31337 /tmp/other/docker.sock
            0000000000000000: 00000002 00000000 00010000 0005 01 1200 @/org/kernel/linux/storage/multipathd
            """;

        LocalHostCollector.ListeningInodes(procNetUnix, "/run/docker.sock").Should().Equal("20893");
        LocalHostCollector.ListeningInodes(procNetUnix, "/tmp/e/docker.sock").Should().BeEmpty();
    }

    [Test]
    public void A_process_that_holds_the_socket_open_is_found_by_its_descriptors()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("/proc is Linux's.");
        }

        using var engine = FakeEngine.OnUnixSocket(answersVersion: false);
        var path = engine.Address.Substring("unix://".Length);
        var inodes = LocalHostCollector.ListeningInodes(System.IO.File.ReadAllText("/proc/net/unix"), path);

        inodes.Should().ContainSingle();
        LocalHostCollector.HoldsSocket(Environment.ProcessId, inodes).Should().BeTrue();
        LocalHostCollector.HoldsSocket(1, inodes).Should().BeFalse();
    }
}
