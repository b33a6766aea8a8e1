using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;
using Seaworthy.Testing;

namespace Seaworthy.HostAudit.Tests;

/// <summary>
/// Audits a real Docker Engine: engine/test-engine.sh starts Debian's dockerd on a private socket with deliberately
/// misconfigured containers and one hardened container; each misconfiguration must be found on the right container,
/// and the hardened container must fail no CIS check. Skipped with the reason when dockerd is missing or the tests
/// do not run as root; under CI (tests/run.sh installs docker.io) a missing engine fails instead.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class RealEngineTests
{
    private static readonly string[] Misconfigured = { "c-privileged", "c-hostns", "c-ports", "c-sshd" };

    private readonly string _folder = "/tmp/swa-" + Guid.NewGuid().ToString("N").Substring(0, 8);
    private string _script = string.Empty;
    private bool _started;
    private HostSnapshot _snapshot = null!;
    private Scorecard _scorecard = null!;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    // The container CIS section 4 and 5 checks must name: exactly these containers.
    public static IEnumerable<TestCaseData> ExpectedFailures()
    {
        static TestCaseData Case(string check, params string[] containers) => new TestCaseData(check, containers).SetName($"CIS {check} fails on {(containers.Length == 0 ? "no container" : string.Join(", ", containers))}");

        yield return Case("4.1", Misconfigured);
        yield return Case("4.6", Misconfigured);
        yield return Case("5.4", "c-hostns", "c-privileged");
        yield return Case("5.5", "c-privileged");
        yield return Case("5.7", "c-sshd");
        yield return Case("5.8", "c-ports");
        yield return Case("5.10", "c-hostns");
        yield return Case("5.11", Misconfigured);
        yield return Case("5.12", Misconfigured);
        yield return Case("5.13", Misconfigured);
        yield return Case("5.14", "c-ports");
        // CIS 5.15's audit procedure rejects "always" as well as on-failure with more than 5 retries.
        yield return Case("5.15", "c-hostns", "c-ports");
        yield return Case("5.16", "c-hostns", "c-privileged");
        yield return Case("5.17", "c-hostns");
        yield return Case("5.18", "c-ports");
        yield return Case("5.20");
        yield return Case("5.21", "c-hostns");
        yield return Case("5.22", "c-hostns");
        yield return Case("5.25", "c-ports");
        // The privileged container has every privilege already: 5.5 reports it, 5.26 does not repeat it.
        yield return Case("5.26", "c-hostns", "c-ports", "c-sshd");
        yield return Case("5.27", Misconfigured);
        yield return Case("5.29", Misconfigured);
        yield return Case("5.31", "c-ports");
        yield return Case("5.32", "c-hostns");
    }

    [OneTimeSetUp]
    public async Task StartEngine()
    {
        var missing = Missing();
        if (missing is not null)
        {
            if (IsCi)
            {
                Assert.Fail(missing);
            }

            Assert.Ignore(missing);
        }

        _script = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.HostAudit.Tests", "engine", "test-engine.sh");
        var (exitCode, output) = await RunScriptAsync("start").ConfigureAwait(false);
        _started = true;
        exitCode.Should().Be(0, "the test engine must start: " + output);

        _snapshot = await HostCollector.CollectAsync(new HostCollectorOptions { Host = $"unix://{_folder}/docker.sock" }).ConfigureAwait(false);
        var engine = AnalysisEngine.CreateDefault();
        _scorecard = Scorecard.Create(engine.Audit(_snapshot), engine.Rules);
    }

    [OneTimeTearDown]
    public async Task StopEngine()
    {
        if (_started)
        {
            await RunScriptAsync("stop").ConfigureAwait(false);
        }
    }

    [Test]
    public void The_snapshot_holds_every_part_of_a_local_engine()
    {
        _snapshot.Unavailable.Select(part => part.Part).Should().NotContain(new[] { HostParts.Info, HostParts.Version, HostParts.Containers, HostParts.Images, HostParts.Networks, HostParts.Local, HostParts.DaemonProcess });
        _snapshot.IsLocal.Should().BeTrue();
        _snapshot.ApiVersion.Should().NotBeNullOrEmpty();
        _snapshot.Containers.Select(container => (container.Name, container.Running)).Should().BeEquivalentTo(new[]
        {
            ("c-hardened", true), ("c-hostns", true), ("c-ports", true), ("c-privileged", false), ("c-sshd", true),
        });
        _snapshot.Images.SelectMany(image => image.RepoTags).Should().BeEquivalentTo("sw-audit/tiny:bad", "sw-audit/tiny:good");
        _snapshot.Networks.Single(network => network.Name == "sw-audit-net").Containers.Should().Equal("c-ports");
    }

    [Test]
    public void The_daemon_process_and_files_are_those_of_the_engine_in_use()
    {
        var local = _snapshot.Local!;
        local.DaemonProcess!.CommandLine.Should().Contain($"unix://{_folder}/docker.sock");
        var socket = local.File(HostFileRoles.DockerSocket)!;
        socket.Path.Should().Be($"{_folder}/docker.sock");
        socket.Kind.Should().Be("socket");
        socket.OwnedByRoot.Should().BeTrue();
        local.File(HostFileRoles.DaemonJson)!.Path.Should().Be($"{_folder}/daemon.json");
        local.File(HostFileRoles.DaemonJson)!.Content!.Trim().Should().Be("{}");
        DaemonOptions.From(_snapshot).Boolean("iptables").Should().BeFalse();
        local.DataRoot!.Path.Should().Be($"{_folder}/root");
        local.DataRoot.IsSeparatePartition.Should().BeFalse("dockerd's bind mount of its data root onto itself is no partition");
    }

    [Test]
    public void The_processes_of_running_containers_are_read()
    {
        var sshd = _snapshot.Containers.Single(container => container.Name == "c-sshd");
        sshd.Processes!.Commands().Should().Contain(command => command.Contains("/usr/sbin/sshd", StringComparison.Ordinal));
        _snapshot.Containers.Single(container => container.Name == "c-privileged").Processes.Should().BeNull("a stopped container has no processes");
    }

    [TestCaseSource(nameof(ExpectedFailures))]
    public void Each_misconfiguration_is_found_on_its_container(string check, string[] containers)
    {
        var entry = _scorecard.Entries.Single(candidate => candidate.Check.Id == check);
        if (entry.Rules.Count == 0)
        {
            Assert.Ignore($"No rule of this build decides CIS {check}.");
        }

        var failing = entry.Findings.Where(finding => finding.Target?.Kind == HostTargetKind.Container).Select(finding => finding.Target!.Name).Distinct();
        failing.Should().BeEquivalentTo(containers, $"CIS {check} ({string.Join(", ", entry.Rules.Select(rule => rule.Id))})");
        entry.Outcome.Should().Be(containers.Length > 0 ? CheckOutcome.Fail : CheckOutcome.Pass);
    }

    [Test]
    public void The_hardened_container_fails_no_CIS_check()
    {
        _scorecard.Entries.SelectMany(entry => entry.Findings).Where(finding => finding.Target == new HostTarget(HostTargetKind.Container, "c-hardened"))
            .Select(finding => finding.Id + " " + finding.Message).Should().BeEmpty();
    }

    [Test]
    public void The_stopped_container_is_marked_in_its_findings()
    {
        _scorecard.AllFindings.Where(finding => finding.Target == new HostTarget(HostTargetKind.Container, "c-privileged"))
            .Should().NotBeEmpty().And.OnlyContain(finding => finding.Message.StartsWith("Container 'c-privileged' (stopped)", StringComparison.Ordinal));
    }

    [Test]
    public void A_saved_snapshot_audits_to_the_same_scorecard()
    {
        var engine = AnalysisEngine.CreateDefault();
        var again = Scorecard.Create(engine.Audit(HostSnapshotJson.Deserialize(HostSnapshotJson.Serialize(_snapshot))), engine.Rules);

        again.Entries.Select(entry => (entry.Check.Id, entry.Outcome, entry.Findings.Count)).Should().Equal(_scorecard.Entries.Select(entry => (entry.Check.Id, entry.Outcome, entry.Findings.Count)));
    }

    // Issue #18, item 11: an engine reached over TCP was audited with this machine's dockerd command line (SW5024 for the
    // wrong daemon). Here the TCP port forwards to the test engine, as an SSH tunnel to another machine's engine would.
    [Test]
    public async Task An_engine_reached_over_a_loopback_TCP_port_is_audited_as_remote()
    {
        using var forward = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        forward.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        forward.Listen(16);
        using var stop = new CancellationTokenSource();
        var forwarding = ForwardAsync(forward, $"{_folder}/docker.sock", stop.Token);
        try
        {
            var address = "tcp://127.0.0.1:" + ((IPEndPoint)forward.LocalEndPoint!).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var snapshot = await HostCollector.CollectAsync(new HostCollectorOptions { Host = address, Environment = new Dictionary<string, string>() }).ConfigureAwait(false);
            var engine = AnalysisEngine.CreateDefault();
            var scorecard = Scorecard.Create(engine.Audit(snapshot), engine.Rules);

            snapshot.Containers.Should().HaveCount(5, "the engine itself was read");
            snapshot.IsLocal.Should().BeFalse();
            snapshot.Local.Should().BeNull();
            var iptables = scorecard.Entries.Single(entry => entry.Check.Id == "2.4");
            iptables.Outcome.Should().Be(CheckOutcome.Unknown);
            iptables.Notes.Single().Message.Should().Contain($"the engine at {address} is remote");
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            forward.Dispose();
            await forwarding.ConfigureAwait(false);
        }
    }

    private static async Task ForwardAsync(Socket listener, string socketPath, CancellationToken cancellationToken)
    {
        var pumps = new List<Task>();
        try
        {
            while (true)
            {
                var client = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
                var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await engine.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
                pumps.Add(PumpAsync(client, engine, cancellationToken));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            await Task.WhenAll(pumps).ConfigureAwait(false);
        }
    }

    private static async Task PumpAsync(Socket client, Socket engine, CancellationToken cancellationToken)
    {
        using (client)
        using (engine)
        using (var clientStream = new NetworkStream(client))
        using (var engineStream = new NetworkStream(engine))
        {
            try
            {
                await Task.WhenAny(clientStream.CopyToAsync(engineStream, cancellationToken), engineStream.CopyToAsync(clientStream, cancellationToken)).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException)
            {
                return;
            }
        }
    }

    private static string? Missing()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "The real-engine tests need Linux.";
        }

        if (Environment.UserName != "root")
        {
            return "The real-engine tests start dockerd and need root.";
        }

        if (!File.Exists("/usr/sbin/dockerd") && !File.Exists("/usr/bin/dockerd"))
        {
            return "dockerd is not installed (apt-get install docker.io busybox-static; tests/run.sh installs it).";
        }

        return File.Exists("/bin/busybox") ? null : "/bin/busybox is not installed (apt-get install busybox-static; tests/run.sh installs it).";
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string verb)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(verb);
        start.Environment["SEAWORTHY_TEST_ENGINE_DIR"] = _folder;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return (process.ExitCode, output + await error.ConfigureAwait(false));
    }
}
