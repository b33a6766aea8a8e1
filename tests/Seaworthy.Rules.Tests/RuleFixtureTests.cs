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
/// Rule tests as data, run by <see cref="RuleFixtures"/> (the Seaworthy.Testing package rule packs use too). A fixture in
/// <c>Fixtures/&lt;rule id&gt;/</c> is a <c>*.Dockerfile</c>, a folder holding a <c>compose.yaml</c> and what its project
/// needs beside it (a Dockerfile a service builds, an override, a <c>.env</c>), or a Kubernetes manifest
/// <c>fires-*.yaml</c> / <c>ok-*.yaml</c> (<c>.yml</c>, <c>.json</c>). It is linted with every rule enabled and an empty
/// environment; the findings of that rule must be exactly the ones the <c># expect &lt;id&gt; line:col-endLine:endCol message</c>
/// comments of its files list, each in the file that holds the comment and with that message, as roslyn-analyzers' tests
/// give a diagnostic's arguments (so a message argument given in the wrong place is a failure). Fixtures named
/// <c>fires-*</c> must expect at least one finding, <c>ok-*</c> none.
/// A <c>.seaworthy.yaml</c> in a rule's folder configures the rules that need settings (and its subfolders' options).
/// Run with SEAWORTHY_WRITE_FIXTURE_MESSAGES=1 to fill in the message of each expect comment written with its span only.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static string FixturesRoot => Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.Rules.Tests", "Fixtures");

    public static IEnumerable<TestCaseData> Fixtures() =>
        RuleFixtures.Find(FixturesRoot)
            .Select(path => new TestCaseData(path).SetName(Path.GetRelativePath(FixturesRoot, path).Replace('\\', '/')));

    [Test]
    public void Every_rule_has_fixtures_that_fire_and_fixtures_that_do_not()
    {
        var root = FixturesRoot;
        // Host rules read a snapshot of an engine, not files: their fixtures are snapshots in Seaworthy.HostAudit.Tests.
        foreach (var rule in Engine.Rules.Where(rule => !rule.Id.StartsWith("SW0", StringComparison.Ordinal) && rule.Surfaces != Surfaces.Host))
        {
            var folder = Path.Combine(root, rule.Id);
            Directory.Exists(folder).Should().BeTrue($"{rule.Id} needs a fixture folder");
            var names = RuleFixtures.Find(folder).Select(Path.GetFileName).ToArray();
            names.Should().Contain(name => name!.StartsWith("fires-", StringComparison.Ordinal), $"{rule.Id} needs inputs that fire");
            names.Should().Contain(name => name!.StartsWith("ok-", StringComparison.Ordinal), $"{rule.Id} needs inputs that must not fire");
        }
    }

    [Test]
    public void Every_file_under_the_fixtures_runs_as_a_fixture_or_configures_one()
    {
        var fixtures = RuleFixtures.Find(FixturesRoot).ToHashSet(StringComparer.Ordinal);
        var composeFolders = fixtures.Where(Directory.Exists).ToArray();
        var configuration = new[] { ".seaworthy.yaml", ".dockerignore", ".gitattributes" };

        // A file in no fixture is never linted: its expect comments would be a test that cannot fail.
        var stray = Directory.GetFiles(FixturesRoot, "*", SearchOption.AllDirectories)
            .Where(file => !fixtures.Contains(file)
                && !composeFolders.Any(folder => file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                && !configuration.Contains(Path.GetFileName(file))
                && !file.EndsWith(RuleFixTests.FixedSuffix, StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(FixturesRoot, file));

        stray.Should().BeEmpty("a Kubernetes fixture is a file named fires-* or ok-*, a Compose fixture a folder with a compose.yaml");
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_reports_exactly_the_expected_findings(string path) => RuleFixtures.Verify(Engine, FixturesRoot, path);
}
