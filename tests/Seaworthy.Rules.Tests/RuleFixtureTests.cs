using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Rule tests as data. A fixture in <c>Fixtures/&lt;rule id&gt;/</c> is a <c>*.Dockerfile</c>, a folder holding a
/// <c>compose.yaml</c> and what its project needs beside it (a Dockerfile a service builds, an override, a
/// <c>.env</c>), or a Kubernetes manifest <c>fires-*.yaml</c> / <c>ok-*.yaml</c> (<c>.yml</c>, <c>.json</c>). It is linted with every rule enabled and an empty environment; the findings of that rule must be
/// exactly the ones the <c># expect &lt;id&gt; line:col-endLine:endCol message</c> comments of its files list, each in
/// the file that holds the comment and with that message, as roslyn-analyzers' tests give a diagnostic's arguments
/// (so a message argument given in the wrong place is a failure). Fixtures named <c>fires-*</c> must expect at least
/// one finding, <c>ok-*</c> none.
/// A <c>.seaworthy.yaml</c> in a rule's folder configures the rules that need settings (and its subfolders' options).
/// Run with SEAWORTHY_WRITE_FIXTURE_MESSAGES=1 to fill in the message of each expect comment written with its span only.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly Regex Expectation = new(@"^\s*#\s*expect\s+(SW\d{4})\s+(\d+):(\d+)-(\d+):(\d+)[ \t]+(\S[^\r\n]*?)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex SpanOnly = new(@"^(\s*#\s*expect\s+(SW\d{4})\s+(\d+):(\d+)-(\d+):(\d+))[ \t]*(\r?)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // An expect comment the pattern above does not read (no message, a typo in the span) would silently expect nothing.
    private static readonly Regex ExpectComment = new(@"^\s*#\s*expect\b", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static string FixturesRoot => Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.Rules.Tests", "Fixtures");

    public static IEnumerable<TestCaseData> Fixtures() =>
        FixturePaths(FixturesRoot)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName(Path.GetRelativePath(FixturesRoot, path).Replace('\\', '/')));

    // Dockerfile fixtures are files; Compose fixtures are the folders that hold a compose.yaml; Kubernetes fixtures are
    // fires-*/ok-* YAML or JSON files.
    private static IEnumerable<string> FixturePaths(string folder) =>
        Directory.GetFiles(folder, "*.Dockerfile", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(folder, "compose.yaml", SearchOption.AllDirectories).Select(path => Path.GetDirectoryName(path)!))
            .Concat(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(IsKubernetesFixture));

    private static bool IsKubernetesFixture(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("fires-", StringComparison.Ordinal) || name.StartsWith("ok-", StringComparison.Ordinal))
            && FileDiscovery.Classify(path) == FileKind.Kubernetes;
    }

    // Fixtures/<rule id>/..., where a rule's folder may hold subfolders with their own .dockerignore or configuration.
    private static string RuleIdOf(string path) => Path.GetRelativePath(FixturesRoot, path).Split('/', '\\')[0];

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    [Test]
    public void Every_rule_has_fixtures_that_fire_and_fixtures_that_do_not()
    {
        var root = FixturesRoot;
        // Host rules read a snapshot of an engine, not files: their fixtures are snapshots in Seaworthy.HostAudit.Tests.
        foreach (var rule in Engine.Rules.Where(rule => !rule.Id.StartsWith("SW0", StringComparison.Ordinal) && rule.Surfaces != Surfaces.Host))
        {
            var folder = Path.Combine(root, rule.Id);
            Directory.Exists(folder).Should().BeTrue($"{rule.Id} needs a fixture folder");
            var names = FixturePaths(folder).Select(Path.GetFileName).ToArray();
            names.Should().Contain(name => name!.StartsWith("fires-", StringComparison.Ordinal), $"{rule.Id} needs inputs that fire");
            names.Should().Contain(name => name!.StartsWith("ok-", StringComparison.Ordinal), $"{rule.Id} needs inputs that must not fire");
        }
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_reports_exactly_the_expected_findings(string path)
    {
        var ruleId = RuleIdOf(path);
        var name = Path.GetFileName(path);
        var isCompose = Directory.Exists(path);
        var folder = isCompose ? path : Path.GetDirectoryName(path)!;
        var sources = isCompose ? Directory.GetFiles(path, "*", SearchOption.AllDirectories).Where(file => !file.EndsWith(RuleFixTests.FixedSuffix, StringComparison.Ordinal)).ToArray() : new[] { path };
        var target = isCompose ? Path.Combine(path, "compose.yaml") : path;
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
        var result = Engine.AnalyzeAsync(new[] { target }, options).GetAwaiter().GetResult();
        var findings = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        if (Environment.GetEnvironmentVariable("SEAWORTHY_WRITE_FIXTURE_MESSAGES") == "1")
        {
            WriteMissingMessages(sources, folder, findings);
        }

        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            Expectation.Count(text).Should().Be(ExpectComment.Count(text), $"every expect comment of {source} gives a rule, a span and a message");
        }

        var expected = sources
            .SelectMany(source => Expectation.Matches(File.ReadAllText(source)).Select(match =>
                $"{Relative(folder, source)} {match.Groups[1].Value} {match.Groups[2].Value}:{match.Groups[3].Value}-{match.Groups[4].Value}:{match.Groups[5].Value} {match.Groups[6].Value}"))
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        if (name.StartsWith("fires-", StringComparison.Ordinal))
        {
            expected.Should().NotBeEmpty("a fires- fixture must expect a finding");
        }
        else
        {
            name.Should().StartWith("ok-");
            expected.Should().BeEmpty("an ok- fixture expects no finding");
        }

        result.Diagnostics.Should().NotContain(d => d.Id == "SW0001" || d.Id == "SW0004", "fixtures are valid files and no analyzer may fail");
        var actual = findings
            .Select(d => $"{Key(Relative(folder, d.Location.Path), d)} {Portable(d.Message, folder)}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        actual.Should().Equal(expected, "the findings were: " + string.Join("; ", findings.Select(d => d.ToString())));
    }

    // A message that names a file of the fixture names it relative to the fixture's folder, wherever the repository is.
    private static string Portable(string message, string folder) => message.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string Key(string file, Diagnostic d) =>
        string.Create(CultureInfo.InvariantCulture, $"{file} {d.Id} {d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn}");

    // With SEAWORTHY_WRITE_FIXTURE_MESSAGES=1, an expect comment written without a message gets the message of the
    // finding at its span: a new fixture is written with spans only, and its messages are then read and reviewed.
    private static void WriteMissingMessages(IEnumerable<string> sources, string folder, List<Diagnostic> findings)
    {
        var messages = findings
            .GroupBy(d => Key(Relative(folder, d.Location.Path), d), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new Queue<string>(group.Select(d => Portable(d.Message, folder)).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            var written = SpanOnly.Replace(text, match =>
            {
                var key = $"{Relative(folder, source)} {match.Groups[2].Value} {match.Groups[3].Value}:{match.Groups[4].Value}-{match.Groups[5].Value}:{match.Groups[6].Value}";
                return messages.TryGetValue(key, out var queue) && queue.Count > 0 ? match.Groups[1].Value + " " + queue.Dequeue() + match.Groups[7].Value : match.Value;
            });
            if (written != text)
            {
                File.WriteAllText(source, written);
            }
        }
    }
}
