using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;
using Seaworthy.Reporting;

namespace Seaworthy.HostAudit.Tests;

/// <summary>The scorecard in each format, and the engine's handling of a failing host rule.</summary>
public sealed class AuditFormatTests
{
    private static readonly RuleDescriptor IccRule = new(
        "SW9101", "test-icc", "icc", "{0}", RuleCategory.Security, Severity.Warning, EnabledByDefault: true, Surfaces.Host, RuleDescriptor.HelpFor("SW9101"), new[] { "cis-docker:2.2" });

    private static readonly RuleDescriptor Broken = new(
        "SW9102", "test-broken", "broken", "{0}", RuleCategory.Security, Severity.Warning, EnabledByDefault: true, Surfaces.Host, RuleDescriptor.HelpFor("SW9102"), new[] { "cis-docker:2.3" });

    [Test]
    public void The_text_scorecard_lists_every_check_with_its_outcome_failing_objects_and_summary()
    {
        var text = Write("text");

        text.Should().StartWith("CIS Docker Benchmark 1.6.0: Docker Engine 20.10.24+dfsg1 at unix:///tmp/sw-audit-engine/docker.sock (API 1.41)");
        text.Should().Contain(Environment.NewLine + "Host: read from dockerd pid 7890 (executable not known)" + Environment.NewLine);
        text.Should().Contain("  [FAIL]    2.2    Ensure network traffic is restricted between containers on the default bridge (SW9101)" + Environment.NewLine
            + "            file /etc/docker/daemon.json: SW9101 icc is not false");
        text.Should().Contain("  [MANUAL]  4.3    Ensure that unnecessary packages are not installed in the container" + Environment.NewLine + "            look at: ");
        text.Should().Contain("117 checks: 0 pass, 1 fail, 0 info, 116 manual, 0 not applicable, 0 unknown");
        text.Should().Contain("  [MANUAL]  2.3    Ensure the logging level is set to 'info'" + Environment.NewLine + "            no rule of this run decides it");
        text.Should().Contain("Score: 0% (0 of 1 decided checks pass); docker-bench-security score -1");
    }

    [Test]
    public void The_json_scorecard_has_checks_findings_and_a_summary()
    {
        using var document = JsonDocument.Parse(Write("json"));
        var root = document.RootElement;

        root.GetProperty("benchmark").GetString().Should().Be("CIS Docker Benchmark 1.6.0");
        root.GetProperty("engine").GetProperty("daemonProcess").GetProperty("pid").GetInt32().Should().Be(7890);
        root.GetProperty("engine").GetProperty("host").GetString().Should().Be("read from dockerd pid 7890 (executable not known)");
        var check = root.GetProperty("checks").EnumerateArray().Single(item => item.GetProperty("id").GetString() == "2.2");
        check.GetProperty("outcome").GetString().Should().Be("fail");
        check.GetProperty("findings")[0].GetProperty("target").GetString().Should().Be("file /etc/docker/daemon.json");
        root.GetProperty("summary").GetProperty("checks").GetInt32().Should().Be(117);
        root.GetProperty("summary").GetProperty("sections").GetProperty("2").GetProperty("fail").GetInt32().Should().Be(1);
    }

    [Test]
    public void Sarif_results_of_host_findings_name_the_object_as_a_logical_location()
    {
        using var document = JsonDocument.Parse(Write("sarif"));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results");

        var icc = results.EnumerateArray().Single(result => result.GetProperty("ruleId").GetString() == "SW9101");
        var location = icc.GetProperty("locations")[0];
        location.TryGetProperty("physicalLocation", out _).Should().BeFalse();
        location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().Be("file /etc/docker/daemon.json");
        location.GetProperty("logicalLocations")[0].GetProperty("kind").GetString().Should().Be("file");
    }

    [Test]
    public void A_host_rule_that_throws_becomes_an_SW0004_finding_on_the_daemon_and_the_others_still_run()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new IccCheck(), new BrokenCheck() });

        var result = engine.Audit(Snapshots.TestEngine());

        result.Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Place)).Should().BeEquivalentTo(new[]
        {
            ("SW0004", "daemon"),
            ("SW9101", "file /etc/docker/daemon.json"),
        });
        result.Diagnostics.Single(diagnostic => diagnostic.Id == "SW0004").Message.Should().Contain("BrokenCheck");
    }

    private static string Write(string format)
    {
        var engine = new AnalysisEngine(new Analyzer[] { new IccCheck() });
        var scorecard = Scorecard.Create(engine.Audit(Snapshots.TestEngine()), engine.Rules);
        using var writer = new StringWriter();
        ScorecardFormatter.Write(scorecard, format, writer, "0.1.0");
        return writer.ToString();
    }

    private sealed class IccCheck : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { IccRule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterHost(c => c.Report(IccRule, HostTarget.ForFile("/etc/docker/daemon.json"), "icc is not false"));
    }

    private sealed class BrokenCheck : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Broken };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterHost(c => c.Report(IccRule, HostTarget.Daemon, "not my rule"));
    }
}
