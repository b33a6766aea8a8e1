using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Fixes as data: beside a fixture <c>fires-x.Dockerfile</c> (a Kubernetes <c>fires-x.yaml</c>, a Compose fixture's
/// <c>compose.yaml</c>) a <c>fires-x.Dockerfile.fixed</c> holds the text <c>seaworthy lint --fix --unsafe-fixes</c>
/// must make of it; after the fix the fixture's rule must be silent. Every rule whose descriptor says it fixes has
/// at least one such pair.
/// </summary>
public sealed class RuleFixTests
{
    /// <summary>The suffix of an expected fixed text.</summary>
    public const string FixedSuffix = ".fixed";

    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static string FixturesRoot => Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.Rules.Tests", "Fixtures");

    public static IEnumerable<TestCaseData> FixedFixtures() =>
        Directory.GetFiles(FixturesRoot, "*" + FixedSuffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName(Path.GetRelativePath(FixturesRoot, path).Replace('\\', '/')));

    /// <summary>Fixtures of findings a fixable rule must report without touching them: <c>fires-*not-fixed.Dockerfile</c>.</summary>
    public static IEnumerable<TestCaseData> NotFixedFixtures() =>
        Directory.GetFiles(FixturesRoot, "fires-*not-fixed.*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(FixedSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName(Path.GetRelativePath(FixturesRoot, path).Replace('\\', '/')));

    [Test]
    public void Every_fixable_rule_has_a_fixed_fixture()
    {
        var withFixed = Directory.GetFiles(FixturesRoot, "*" + FixedSuffix, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(FixturesRoot, path).Split('/', '\\')[0])
            .ToHashSet(StringComparer.Ordinal);
        Engine.Rules.Where(rule => rule.FixSafety is not null).Select(rule => rule.Id).Should().BeSubsetOf(withFixed);
    }

    [TestCaseSource(nameof(FixedFixtures))]
    public void Fix_gives_the_fixed_text_and_silences_the_rule(string fixedPath)
    {
        var ruleId = Path.GetRelativePath(FixturesRoot, fixedPath).Split('/', '\\')[0];
        var rule = Engine.Rules.Single(r => r.Id == ruleId);
        rule.FixSafety.Should().NotBeNull($"{ruleId} has a fixed fixture, so its descriptor must say it fixes");
        var input = fixedPath[..^FixedSuffix.Length];
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };

        var result = Engine.FixText(input, File.ReadAllText(input), FixSafety.Unsafe, options);

        result.Text.Should().Be(File.ReadAllText(fixedPath));
        result.FixedByRule.Should().ContainKey(ruleId);
        result.Remaining.Diagnostics.Where(d => d.Id == ruleId).Should().BeEmpty("the fix must silence the rule");
        result.Remaining.Diagnostics.Should().NotContain(d => d.Id == "SW0001" || d.Id == "SW0004");
        Engine.FixText(input, result.Text, FixSafety.Unsafe, options).Changed.Should().BeFalse("a second fix changes nothing");
    }

    [TestCaseSource(nameof(NotFixedFixtures))]
    public void Fix_leaves_the_findings_of_a_not_fixed_fixture_alone(string path)
    {
        var ruleId = Path.GetRelativePath(FixturesRoot, path).Split('/', '\\')[0];
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };

        var result = Engine.FixText(path, File.ReadAllText(path), FixSafety.Unsafe, options);

        result.FixedByRule.Should().NotContainKey(ruleId);
        result.Remaining.Diagnostics.Should().Contain(d => d.Id == ruleId);
    }
}
