using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Host rule tests as data. A fixture in <c>HostFixtures/&lt;rule id&gt;/</c> is a host snapshot, as
/// <c>seaworthy audit --save-snapshot</c> writes one, given as a patch over <c>HostFixtures/base.json</c>
/// (<see cref="HostFixtures"/>), with an <c>expect</c> list: every finding of that rule
/// (<c>fail daemon</c>, <c>fail file /etc/docker/daemon.json</c>, <c>fail container web</c>) and every other outcome it
/// states (<c>info</c>, <c>unknown</c>, <c>not-applicable</c>, with the target when there is one). The audit of the
/// snapshot, every rule enabled, must give exactly that list. <c>fires-*</c> snapshots expect a failure (or, for a
/// check that only informs, an <c>info</c>); <c>ok-*</c> expect no failure; other names (<c>na-*</c>, <c>unknown-*</c>)
/// show the outcomes a rule gives when it cannot pass or fail.
/// </summary>
public sealed class HostRuleFixtureTests
{
    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static string FixturesRoot => HostFixtures.Root;

    private static IEnumerable<RuleDescriptor> HostRules => Engine.Rules.Where(rule => rule.Surfaces == Surfaces.Host);

    public static IEnumerable<TestCaseData> Fixtures() =>
        HostFixtures.Cases()
            .Select(path => new TestCaseData(path).SetName("HostFixtures/" + Path.GetRelativePath(FixturesRoot, path).Replace('\\', '/')));

    [Test]
    public void Every_host_rule_has_snapshots_that_fire_and_snapshots_that_pass()
    {
        foreach (var rule in HostRules)
        {
            var folder = Path.Combine(FixturesRoot, rule.Id);
            Directory.Exists(folder).Should().BeTrue($"{rule.Id} needs a snapshot folder");
            var names = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).ToArray();
            names.Should().Contain(name => name!.StartsWith("fires-", StringComparison.Ordinal), $"{rule.Id} needs snapshots that fire");
            names.Should().Contain(name => name!.StartsWith("ok-", StringComparison.Ordinal), $"{rule.Id} needs snapshots that pass");
        }
    }

    [Test]
    public void Every_snapshot_folder_belongs_to_a_host_rule()
    {
        var folders = Directory.GetDirectories(FixturesRoot).Select(Path.GetFileName);
        folders.Should().BeSubsetOf(Engine.Rules.Where(rule => rule.Surfaces.HasFlag(Surfaces.Host)).Select(rule => rule.Id));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Snapshot_gives_exactly_the_expected_outcomes(string path)
    {
        var ruleId = Path.GetFileName(Path.GetDirectoryName(path))!;
        var name = Path.GetFileName(path);
        var expected = HostFixtures.Expect(path).OrderBy(entry => entry, StringComparer.Ordinal).ToList();

        if (name.StartsWith("fires-", StringComparison.Ordinal))
        {
            expected.Should().Contain(entry => entry.StartsWith("fail ", StringComparison.Ordinal) || entry == "info", "a fires- snapshot must expect a failure or information");
        }
        else
        {
            expected.Should().NotContain(entry => entry.StartsWith("fail ", StringComparison.Ordinal), "only fires- snapshots expect failures");
            if (!name.StartsWith("ok-", StringComparison.Ordinal))
            {
                expected.Should().NotBeEmpty("a snapshot that neither fires nor passes expects another outcome");
            }
        }

        var snapshot = HostSnapshotJson.Deserialize(HostFixtures.Snapshot(path));
        var result = Engine.Audit(snapshot, new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() });

        result.Diagnostics.Should().NotContain(d => d.Id == "SW0004", "no analyzer may fail");
        result.EvaluatedRules.Select(rule => rule.Id).Should().Contain(ruleId);
        var actual = result.Diagnostics.Where(d => d.Id == ruleId).Select(d => "fail " + d.Target)
            .Concat(result.Outcomes.Where(o => o.Rule.Id == ruleId).Select(o => KindName(o.Kind) + (o.Target is null ? "" : " " + o.Target)))
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        var said = result.Diagnostics.Where(d => d.Id == ruleId).Select(d => d.ToString())
            .Concat(result.Outcomes.Where(o => o.Rule.Id == ruleId).Select(o => $"{KindName(o.Kind)}: {o.Message}"));
        actual.Should().Equal(expected, "the rule said: " + string.Join("; ", said));
    }

    private static string KindName(RuleOutcomeKind kind) => kind switch
    {
        RuleOutcomeKind.NotApplicable => "not-applicable",
        RuleOutcomeKind.Unknown => "unknown",
        _ => "info",
    };
}
