using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

public sealed class ScorecardTests
{
    private static readonly RuleDescriptor LiveRestore = Rule("SW9001", "cis-docker:2.15");
    private static readonly RuleDescriptor UserNamespaces = Rule("SW9002", "cis-docker:2.9");
    private static readonly RuleDescriptor AuditRules = Rule("SW9003", "cis-docker:1.1.3");
    private static readonly RuleDescriptor Swarm = Rule("SW9004", "cis-docker:5.1");
    private static readonly RuleDescriptor Sprawl = Rule("SW9005", "cis-docker:6.2");
    private static readonly RuleDescriptor NotCis = Rule("SW9006") with { EnabledByDefault = true };
    private static readonly RuleDescriptor Privileged = new(
        "SW9007", "test-privileged", "Privileged", "{0} is privileged", RuleCategory.Security, Severity.Error, EnabledByDefault: true,
        Surfaces.Container, RuleDescriptor.HelpFor("SW9007"), new[] { "cis-docker:5.5" });

    [Test]
    public void Each_check_takes_its_outcome_from_the_rules_that_name_it()
    {
        var scorecard = Audit(new HostSnapshot
        {
            Info = new DaemonInfo { LiveRestoreEnabled = false, SecurityOptions = new[] { "name=userns" }, SwarmLocalNodeState = "inactive", Containers = 3, ContainersStopped = 2 },
            Containers = new[] { new EngineContainer { Name = "web", Running = true, HostConfig = new EngineHostConfig { Privileged = true } }, new EngineContainer { Name = "db" } },
            Unavailable = new[] { new UnavailablePart(HostParts.AuditRules, "auditctl: permission denied") },
        });

        Outcome(scorecard, "2.15").Should().Be(CheckOutcome.Fail);
        Entry(scorecard, "2.15").Findings.Single().Target.Should().Be(HostTarget.Daemon);
        Outcome(scorecard, "2.9").Should().Be(CheckOutcome.Pass);
        Outcome(scorecard, "1.1.3").Should().Be(CheckOutcome.Unknown);
        Entry(scorecard, "1.1.3").Notes.Single().Message.Should().Be("auditctl: permission denied");
        Outcome(scorecard, "5.1").Should().Be(CheckOutcome.NotApplicable);
        Outcome(scorecard, "6.2").Should().Be(CheckOutcome.Info);
        Outcome(scorecard, "5.5").Should().Be(CheckOutcome.Fail);
        Entry(scorecard, "5.5").Findings.Select(finding => finding.Target!.ToString()).Should().Equal("container web");
        Outcome(scorecard, "4.8").Should().Be(CheckOutcome.Manual);
        Entry(scorecard, "4.8").Check.LookAt.Should().NotBeNullOrEmpty();
        scorecard.OtherFindings.Select(finding => finding.Id).Should().Equal("SW9006");
    }

    [Test]
    public void The_summary_counts_outcomes_and_scores_decided_checks()
    {
        var scorecard = Audit(new HostSnapshot
        {
            Info = new DaemonInfo { LiveRestoreEnabled = true, SecurityOptions = new[] { "name=userns" }, SwarmLocalNodeState = "inactive", Containers = 1, ContainersStopped = 1 },
            Containers = new[] { new EngineContainer { Name = "web", HostConfig = new EngineHostConfig { Privileged = true } } },
        });

        scorecard.Counts.Checks.Should().Be(117);
        scorecard.Counts.Pass.Should().Be(3); // 2.15, 2.9, 1.1.3
        scorecard.Counts.Fail.Should().Be(1); // 5.5
        scorecard.Counts.NotApplicable.Should().Be(1); // 5.1
        scorecard.Counts.Info.Should().Be(1); // 6.2
        scorecard.Counts.Automated.Should().Be(6);
        scorecard.Score.Should().Be(75);
        scorecard.BenchScore.Should().Be(3 - 1);
        scorecard.SectionCounts.Select(pair => (pair.Section.Id, pair.Counts.Automated)).Should().Equal(("1", 1), ("2", 2), ("3", 0), ("4", 0), ("5", 2), ("6", 1), ("7", 0));
    }

    [Test]
    public void Checks_are_selected_by_id_or_section()
    {
        var result = Engine().Audit(new HostSnapshot { Info = new DaemonInfo() });
        var rules = Engine().Rules;

        Scorecard.Create(result, rules, include: new[] { "2" }).Entries.Should().OnlyContain(entry => entry.Check.Section == "2").And.HaveCount(18);
        Scorecard.Create(result, rules, include: new[] { "1.1" }).Entries.Should().HaveCount(18);
        Scorecard.Create(result, rules, include: new[] { "2.1" }).Entries.Select(entry => entry.Check.Id).Should().Equal("2.1");
        Scorecard.Create(result, rules, exclude: new[] { "5", "7" }).Entries.Should().HaveCount(117 - 32 - 9);
        Scorecard.Create(result, rules, include: new[] { "2" }, exclude: new[] { "2.15" }).Entries.Should().HaveCount(17);
    }

    [Test]
    public void Container_checks_do_not_apply_to_an_engine_without_containers()
    {
        var scorecard = Audit(new HostSnapshot { Info = new DaemonInfo() });

        Outcome(scorecard, "5.5").Should().Be(CheckOutcome.NotApplicable);
        Entry(scorecard, "5.5").Notes.Single().Message.Should().Be("the engine has no containers");
    }

    // Issue #18, item 10: a host analyzer that threw (SW0004) left every check it decides at PASS.
    [Test]
    public void A_check_whose_analyzer_throws_is_unknown_with_the_reason_never_a_pass()
    {
        var engine = Engine();
        var result = engine.Audit(new HostSnapshot { Info = null, Containers = new[] { new EngineContainer { Name = "web" } } });
        var scorecard = Scorecard.Create(result, engine.Rules);

        result.Diagnostics.Should().Contain(diagnostic => diagnostic.Id == "SW0004");
        foreach (var check in new[] { "2.15", "2.9", "1.1.3", "5.1", "6.2" })
        {
            Outcome(scorecard, check).Should().Be(CheckOutcome.Unknown, $"CIS {check} is decided by the analyzer that failed");
            Entry(scorecard, check).Notes.Should().ContainSingle().Which.Message.Should().StartWith("the check did not complete: ").And.Contain("NullReferenceException");
        }

        scorecard.Entries.Where(entry => entry.Outcome == CheckOutcome.Pass).Select(entry => entry.Check.Id).Should().Equal(new[] { "5.5" }, "only the container check, whose analyzer finished, passes");
    }

    [Test]
    public void A_container_check_whose_analyzer_throws_on_a_container_is_unknown_for_that_container()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new ThrowingContainerCheck() });
        var scorecard = Scorecard.Create(engine.Audit(new HostSnapshot { Info = new DaemonInfo(), Containers = new[] { new EngineContainer { Name = "web" } } }), engine.Rules);

        Outcome(scorecard, "5.5").Should().Be(CheckOutcome.Unknown);
        Entry(scorecard, "5.5").Notes.Single().Target.Should().Be(new HostTarget(HostTargetKind.Container, "web"));
    }

    [Test]
    public void A_container_that_cannot_be_described_leaves_its_checks_unknown_and_the_audit_running()
    {
        var engine = Engine();
        var broken = new EngineContainer { Name = "web", HostConfig = null! };

        var scorecard = Scorecard.Create(engine.Audit(new HostSnapshot { Info = new DaemonInfo { LiveRestoreEnabled = false }, Containers = new[] { broken } }), engine.Rules);

        Outcome(scorecard, "2.15").Should().Be(CheckOutcome.Fail);
        Outcome(scorecard, "5.5").Should().Be(CheckOutcome.Unknown);
        Entry(scorecard, "5.5").Notes.Single().Message.Should().Contain("The container could not be described");
    }

    // Issue #18, item 10: an engine whose container list could not be read is not an engine without containers.
    [Test]
    public void Container_checks_are_unknown_when_the_containers_were_not_read()
    {
        var scorecard = Audit(new HostSnapshot { Info = new DaemonInfo(), Unavailable = new[] { new UnavailablePart(HostParts.Containers, "the engine answered 500: boom") } });

        Outcome(scorecard, "5.5").Should().Be(CheckOutcome.Unknown);
        Entry(scorecard, "5.5").Notes.Single().Message.Should().Be("the engine's containers were not read: the engine answered 500: boom");
    }

    [Test]
    public void A_check_whose_rule_is_turned_off_is_left_to_a_person()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("sw-audit-config");
        try
        {
            var configuration = System.IO.Path.Combine(folder.FullName, ".seaworthy.yaml");
            System.IO.File.WriteAllText(configuration, "rules:\n  SW9001: off\n");
            var engine = Engine();
            var result = engine.Audit(new HostSnapshot { Info = new DaemonInfo() }, new AnalysisOptions { ConfigurationFile = configuration });

            Scorecard.Create(result, engine.Rules).Entries.Single(entry => entry.Check.Id == "2.15").Outcome.Should().Be(CheckOutcome.Manual);
            result.EvaluatedRules.Select(rule => rule.Id).Should().NotContain("SW9001");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void The_audit_reads_the_configuration_of_the_folder_it_is_given_and_the_defaults_without_one()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("sw-audit-folder");
        try
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder.FullName, ".seaworthy.yaml"), "rules:\n  SW9001: off\n");
            var inner = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(folder.FullName, "ops")).FullName;
            var engine = Engine();
            var snapshot = new HostSnapshot { Info = new DaemonInfo() };

            engine.Audit(snapshot, new AnalysisOptions { ConfigurationFolder = inner }).EvaluatedRules.Select(rule => rule.Id).Should().NotContain("SW9001");
            engine.Audit(snapshot).EvaluatedRules.Select(rule => rule.Id).Should().Contain("SW9001");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Every_check_of_the_catalogue_has_a_unique_id_and_the_counts_of_docker_bench_security()
    {
        var checks = CisDockerBenchmark.Checks;

        checks.Should().HaveCount(117);
        checks.Select(check => check.Id).Should().OnlyHaveUniqueItems();
        checks.GroupBy(check => check.Section).Select(group => (group.Key, group.Count())).Should().Equal(("1", 20), ("2", 18), ("3", 24), ("4", 12), ("5", 32), ("6", 2), ("7", 9));
        checks.Count(check => check.Scored).Should().Be(90);
        checks.Where(check => !check.Automated).Should().OnlyContain(check => !string.IsNullOrEmpty(check.LookAt));
    }

    private static Scorecard Audit(HostSnapshot snapshot)
    {
        var engine = Engine();
        return Scorecard.Create(engine.Audit(snapshot), engine.Rules);
    }

    private static AnalysisEngine Engine() => new(new Analyzer[] { new DaemonChecks(), new PrivilegedCheck() });

    private static ScorecardEntry Entry(Scorecard scorecard, string id) => scorecard.Entries.Single(entry => entry.Check.Id == id);

    private static CheckOutcome Outcome(Scorecard scorecard, string id) => Entry(scorecard, id).Outcome;

    private static RuleDescriptor Rule(string id, params string[] equivalents) => new(
        id, "test-" + id, id, "{0}", RuleCategory.Security, Severity.Warning, EnabledByDefault: false, Surfaces.Host, RuleDescriptor.HelpFor(id), equivalents);

    private sealed class DaemonChecks : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { LiveRestore, UserNamespaces, AuditRules, Swarm, Sprawl, NotCis };

        public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
        {
            var info = c.Snapshot.Info!;
            if (!info.LiveRestoreEnabled)
            {
                c.Report(LiveRestore, HostTarget.Daemon, "live restore is off");
            }

            if (!info.HasUserNamespaceRemapping)
            {
                c.Report(UserNamespaces, HostTarget.Daemon, "no user namespace remapping");
            }

            if (c.Snapshot.UnavailableReason(HostParts.AuditRules) is { } reason)
            {
                c.Audit.Unknown(AuditRules, reason);
            }

            if (info.SwarmLocalNodeState == "inactive")
            {
                c.Audit.NotApplicable(Swarm, "swarm mode is off");
            }

            if (info.ContainersStopped > 0)
            {
                c.Audit.Info(Sprawl, FormattableString.Invariant($"{info.ContainersStopped} of {info.Containers} containers are stopped"));
            }

            c.Report(NotCis, HostTarget.Host, "not a CIS finding");
        });
    }

    private sealed class ThrowingContainerCheck : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Privileged };

        public override void Initialize(AnalysisContext context) => context.RegisterContainer(_ => throw new InvalidOperationException("cannot read the container"));
    }

    private sealed class PrivilegedCheck : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Privileged };

        public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
        {
            if (c.Container.Runtime.Privileged is { Value: true } privileged)
            {
                c.Report(Privileged, privileged.Location, c.Container.Description);
            }
        });
    }
}
