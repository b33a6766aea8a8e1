using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using System.Xml.Linq;
using System.Xml.Schema;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

/// <summary><c>seaworthy audit</c> on a snapshot collected from the host audit's test engine.</summary>
public sealed class AuditCommandTests
{
    private static readonly string Snapshot = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.HostAudit.Tests", "Snapshots", "engine", "test-engine.json");

    [Test]
    public async Task The_text_scorecard_lists_every_check_and_exits_1_on_findings()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot);

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Should().StartWith("CIS Docker Benchmark 1.6.0: Docker Engine 20.10.24+dfsg1 at unix:///tmp/sw-audit-engine/docker.sock (API 1.41)");
        output.Should().Contain("  [FAIL]    4.1    Ensure that a user for the container has been created");
        output.Should().Contain("            container c-ports: SW1001 Container 'c-ports' runs as root");
        output.Should().MatchRegex(@"(?m)^117 checks: \d+ pass, \d+ fail");
    }

    [Test]
    public async Task The_junit_scorecard_has_a_test_case_per_check_valid_against_the_junit_schema_jenkins_uses()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--format", "junit");
        var (_, json, _) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemata", "junit-10.xsd"));
        var document = XDocument.Parse(output);
        var problems = new List<string>();
        document.Validate(schemas, (_, e) => problems.Add(e.Message));
        problems.Should().BeEmpty();

        using var scorecard = JsonDocument.Parse(json);
        var checks = scorecard.RootElement.GetProperty("checks").EnumerateArray().ToArray();
        var cases = document.Descendants("testsuite").Where(suite => !((string)suite.Attribute("name")!).StartsWith("Other", StringComparison.Ordinal)).SelectMany(suite => suite.Elements("testcase")).ToArray();
        cases.Should().HaveCount(checks.Length);
        cases.Count(testCase => testCase.Element("failure") is not null).Should().Be(checks.Count(check => check.GetProperty("outcome").GetString() == "fail"));
        cases.Count(testCase => testCase.Element("skipped") is not null).Should().Be(checks.Count(check => check.GetProperty("outcome").GetString() is "manual" or "not-applicable" or "unknown"));
        var runAsRoot = cases.Single(testCase => ((string)testCase.Attribute("name")!).StartsWith("4.1 ", StringComparison.Ordinal));
        ((string)runAsRoot.Attribute("name")!).Should().Be("4.1 Ensure that a user for the container has been created");
        runAsRoot.Elements("failure").Select(failure => (string)failure.Attribute("message")!).Should().Contain("container c-ports: Container 'c-ports' runs as root: no user is configured, so it keeps the image's user (root for most images)");
    }

    [Test]
    public async Task The_github_format_annotates_each_finding_without_a_file_and_summarises_the_audit()
    {
        var summary = Path.Combine(Path.GetTempPath(), "seaworthy-summary-" + Guid.NewGuid().ToString("N") + ".md");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--format", "github");
            var (_, json, _) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--format", "sarif");

            error.Should().BeEmpty();
            exitCode.Should().Be(1);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            using var sarif = JsonDocument.Parse(json);
            lines.Should().HaveCount(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
            lines.Should().OnlyContain(line => line.StartsWith("::error title=", StringComparison.Ordinal) || line.StartsWith("::warning title=", StringComparison.Ordinal) || line.StartsWith("::notice title=", StringComparison.Ordinal));
            lines.Should().Contain(line => line.StartsWith("::warning title=SW1001 run-as-root::container c-ports: Container 'c-ports' runs as root", StringComparison.Ordinal));
            File.ReadAllText(summary).Should().StartWith("## seaworthy ").And.MatchRegex(@"\*\*\d+ findings\*\*: \d+ errors?, ");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
            File.Delete(summary);
        }
    }

    [Test]
    public async Task Include_and_exclude_select_checks_and_fail_on_none_exits_0()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--format", "json", "--include", "4,5.5", "--exclude", "4.1", "--fail-on", "none");

        exitCode.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var ids = document.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("id").GetString()).ToArray();
        ids.Should().HaveCount(12).And.Contain("5.5").And.NotContain("4.1");
    }

    [Test]
    public async Task The_configuration_fail_on_applies_unless_the_option_is_given()
    {
        var configuration = Path.Combine(Path.GetTempPath(), "seaworthy-audit-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(configuration, "fail-on: none\n");
        try
        {
            (await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--config", configuration)).ExitCode.Should().Be(0);
            (await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--config", configuration, "--fail-on", "warning")).ExitCode.Should().Be(1);
        }
        finally
        {
            File.Delete(configuration);
        }
    }

    [Test]
    public async Task A_saved_snapshot_can_be_saved_again_unchanged()
    {
        var copy = Path.Combine(Path.GetTempPath(), "sw-audit-" + Path.GetRandomFileName() + ".json");
        try
        {
            var (exitCode, _, _) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--save-snapshot", copy, "--format", "sarif", "--fail-on", "none");

            exitCode.Should().Be(0);
            File.ReadAllText(copy).Should().Be(File.ReadAllText(Snapshot));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Test]
    public async Task An_unknown_check_id_is_a_usage_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--include", "9.9");

        exitCode.Should().Be(2);
        error.Should().Contain("'9.9' is not a CIS Docker Benchmark 1.6.0 check or section");
    }

    [Test]
    public async Task An_engine_that_cannot_be_reached_is_a_usage_error_with_the_address()
    {
        var socket = Path.Combine(Path.GetTempPath(), "sw-no-engine-" + Path.GetRandomFileName() + ".sock");

        var (exitCode, _, error) = await CliRunner.RunAsync("audit", "--host", "unix://" + socket);

        exitCode.Should().Be(2);
        error.Should().StartWith($"seaworthy: Cannot reach the Docker Engine at unix://{socket}");
    }

    [Test]
    public async Task A_file_that_is_not_a_snapshot_is_a_usage_error()
    {
        var file = Path.Combine(Path.GetTempPath(), "sw-not-a-snapshot-" + Path.GetRandomFileName() + ".json");
        File.WriteAllText(file, "[1, 2]");
        try
        {
            var (exitCode, _, error) = await CliRunner.RunAsync("audit", "--snapshot", file);

            exitCode.Should().Be(2);
            error.Should().Contain("cannot read the snapshot");
        }
        finally
        {
            File.Delete(file);
        }
    }

    // Issue #18, item 12: a silent engine failed after 30 s with "The operation was canceled".
    [Test]
    public async Task A_silent_engine_is_a_usage_error_that_names_the_call_after_the_timeout([Values] bool unixSocket)
    {
        using var listener = unixSocket
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var path = Path.Combine(Path.GetTempPath(), "sw-silent-" + Path.GetRandomFileName() + ".sock");
        listener.Bind(unixSocket ? new UnixDomainSocketEndPoint(path) : new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(16);
        var address = unixSocket ? "unix://" + path : "tcp://127.0.0.1:" + ((IPEndPoint)listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture);
        var held = new List<Socket>();
        var accepting = Task.Run(async () =>
        {
            // Accepts and never answers.
            while (true)
            {
                held.Add(await listener.AcceptAsync());
            }
        });
        try
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--host", address, "--timeout", "1");

            exitCode.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith($"seaworthy: The Docker Engine at {address} did not answer GET /version within 1 s");
        }
        finally
        {
            listener.Dispose();
            await accepting.ContinueWith(_ => held.ForEach(socket => socket.Dispose()), TaskScheduler.Default);
            File.Delete(path);
        }
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("NaN")]
    [TestCase("1e9")]
    [TestCase("soon")]
    public async Task A_timeout_that_is_not_a_positive_number_of_seconds_is_a_usage_error(string timeout)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--snapshot", Snapshot, "--timeout", timeout);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--timeout");
    }

    // Issue #18, item 10: "{}" was audited with 8 PASS and a score of 89%; nulls turned FAILs into PASSes or crashed the run.
    [TestCase("{}", "$.formatVersion is missing")]
    [TestCase("CONTAINERS", "$.containers is missing")]
    [TestCase("AUDIT-ENVIRONMENT", "$.auditEnvironment is null")]
    [TestCase("FILE", "$.local.files[1] is null")]
    public async Task A_snapshot_that_lacks_what_its_format_requires_is_refused_with_the_path(string change, string message)
    {
        var json = JsonNode.Parse(File.ReadAllText(Snapshot))!.AsObject();
        switch (change)
        {
            case "{}":
                json = new JsonObject();
                break;
            case "CONTAINERS":
                json.Remove("containers");
                break;
            case "AUDIT-ENVIRONMENT":
                json["auditEnvironment"] = null;
                break;
            default:
                json["local"]!["files"]![1] = null;
                break;
        }

        var file = Path.Combine(Path.GetTempPath(), "sw-bad-snapshot-" + Path.GetRandomFileName() + ".json");
        File.WriteAllText(file, json.ToJsonString());
        try
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--snapshot", file);

            exitCode.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith("seaworthy: cannot read the snapshot").And.Contain(message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
