using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

/// <summary>The built-in rules over the snapshot collected from the test engine.</summary>
public sealed class BuiltInRulesAuditTests
{
    [Test]
    public void Without_trusted_registries_the_trusted_image_check_is_not_applicable_rather_than_passed()
    {
        var engine = AnalysisEngine.CreateDefault();
        var scorecard = Scorecard.Create(engine.Audit(Snapshots.TestEngine()), engine.Rules);

        var entry = scorecard.Entries.Single(candidate => candidate.Check.Id == "4.2");
        entry.Outcome.Should().Be(CheckOutcome.NotApplicable);
        entry.Notes.Select(note => note.Message).Distinct().Should().Equal("no trusted-registries are configured in .seaworthy.yaml");
    }

    [Test]
    public void Container_rules_report_on_engine_containers_with_the_container_as_target()
    {
        var engine = AnalysisEngine.CreateDefault();
        var result = engine.Audit(Snapshots.TestEngine());

        var runAsRoot = result.Diagnostics.Where(diagnostic => diagnostic.Id == "SW1001").ToArray();
        runAsRoot.Select(diagnostic => diagnostic.Place).Should().BeEquivalentTo("container c-hostns", "container c-ports", "container c-privileged", "container c-sshd");
        runAsRoot.Should().OnlyContain(diagnostic => diagnostic.Location.Path == "unix:///tmp/sw-audit-engine/docker.sock");
        result.EvaluatedRules.Select(rule => rule.Id).Should().Contain("SW1001");
    }

    [Test]
    public void Engine_containers_are_worded_as_containers_of_an_engine_not_as_Dockerfile_stages()
    {
        var engine = AnalysisEngine.CreateDefault();
        var snapshot = new HostSnapshot
        {
            Info = new DaemonInfo(),
            Containers = new[] { new EngineContainer { Name = "web", Running = true, User = "root", Image = "nginx:latest" } },
        };

        var messages = engine.Audit(snapshot).Diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.Message)).ToArray();

        messages.Should().Contain(message => message.Id == "SW1001" && message.Message.Contains("its user is 'root'"));
        messages.Should().Contain(message => message.Id == "SW1002" && message.Message.Contains("every pull may get a different image"));
        messages.Should().NotContain(message => message.Message.Contains("USER") || message.Message.Contains("every build"));
    }

    [Test]
    public void On_a_host_without_AppArmor_the_AppArmor_check_is_not_applicable_rather_than_passed()
    {
        var engine = AnalysisEngine.CreateDefault();
        var snapshot = Snapshots.TestEngine();
        snapshot.Info!.SecurityOptions.Should().NotContain(option => option.Contains("apparmor"), "the test engine's host runs no AppArmor");
        var scorecard = Scorecard.Create(engine.Audit(snapshot), engine.Rules);

        var entry = scorecard.Entries.Single(candidate => candidate.Check.Id == "5.2");
        entry.Outcome.Should().Be(CheckOutcome.NotApplicable);
        entry.Notes.Select(note => note.Message).Distinct().Should().Equal("the engine's host does not run AppArmor");
    }

    // Issue #18, item 11: a remote engine was audited with this machine's dockerd command line (an SW5024 FAIL for the wrong daemon).
    [Test]
    public void On_a_remote_engine_the_checks_of_its_host_are_unknown_saying_the_engine_is_remote()
    {
        var engine = AnalysisEngine.CreateDefault();
        var local = Scorecard.Create(engine.Audit(Snapshots.TestEngine()), engine.Rules);
        var snapshot = Snapshots.TestEngine();
        snapshot.Endpoint = "tcp://127.0.0.1:2375";
        snapshot.IsLocal = false;
        snapshot.Local = null;
        snapshot.Unavailable = new[] { new UnavailablePart(HostParts.Local, "the engine at tcp://127.0.0.1:2375 is remote: reached over TCP") };
        var remote = Scorecard.Create(engine.Audit(snapshot), engine.Rules);

        local.Entries.Single(entry => entry.Check.Id == "2.4").Outcome.Should().Be(CheckOutcome.Fail, "the test engine runs with --iptables=false");
        var iptables = remote.Entries.Single(entry => entry.Check.Id == "2.4");
        iptables.Outcome.Should().Be(CheckOutcome.Unknown);
        iptables.Notes.Single().Message.Should().Contain("is remote");
        remote.Entries.Where(entry => entry.Check.Section is "1" or "3").Should().NotContain(entry => entry.Outcome == CheckOutcome.Pass, "the host's files were not read");
        remote.Entries.Where(entry => entry.Check.Section == "3").Should().OnlyContain(entry => entry.Outcome == CheckOutcome.Unknown || entry.Outcome == CheckOutcome.Manual);
        remote.Entries.Where(entry => entry.Outcome == CheckOutcome.Unknown).SelectMany(entry => entry.Notes).Should().OnlyContain(note => note.Message.Contains("is remote"));
    }
}
