using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Testing;

/// <summary>
/// Rule tests as data. A fixture under <c>&lt;root&gt;/&lt;rule id&gt;/</c> is a <c>*.Dockerfile</c>, a folder holding a
/// <c>compose.yaml</c> and what its project needs beside it, or a Kubernetes manifest <c>fires-*.yaml</c> /
/// <c>ok-*.yaml</c> (<c>.yml</c>, <c>.json</c>). It is linted with every rule enabled and an empty environment; the findings of
/// its rule must be exactly those its <c># expect &lt;id&gt; line:col-endLine:endCol message</c> comments list, each in the
/// file that holds the comment and with that message. <c>fires-*</c> fixtures expect at least one finding, <c>ok-*</c> none.
/// A <c>.seaworthy.yaml</c> in a rule's folder configures the rules that need settings. The checks throw
/// <see cref="FixtureMismatchException"/>, so they work in any test framework.
/// </summary>
public static class RuleFixtures
{
    /// <summary>Set to 1 to fill in the message of each expect comment written with its span only.</summary>
    public const string WriteMessagesVariable = "SEAWORTHY_WRITE_FIXTURE_MESSAGES";

    private static readonly Regex Expectation = new(@"^\s*#\s*expect\s+([A-Za-z][A-Za-z0-9_-]*)\s+(\d+):(\d+)-(\d+):(\d+)[ \t]+(\S[^\r\n]*?)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex SpanOnly = new(@"^(\s*#\s*expect\s+([A-Za-z][A-Za-z0-9_-]*)\s+(\d+):(\d+)-(\d+):(\d+))[ \t]*(\r?)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // An expect comment the pattern above does not read (no message, a typo in the span) would silently expect nothing.
    private static readonly Regex ExpectComment = new(@"^\s*#\s*expect\b", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>Every fixture under <paramref name="root"/>, in ordinal order of path.</summary>
    public static IReadOnlyList<string> Find(string root) =>
        Directory.GetFiles(root, "*.Dockerfile", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(root, "compose.yaml", SearchOption.AllDirectories).Select(path => Path.GetDirectoryName(path)!))
            .Concat(Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(IsKubernetesFixture))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The rule a fixture tests: the first folder of its path under <paramref name="root"/>.</summary>
    public static string RuleIdOf(string root, string fixture) => Path.GetRelativePath(root, fixture).Split('/', '\\')[0];

    /// <summary>
    /// Lints <paramref name="fixture"/> with <paramref name="engine"/> (every rule enabled, no environment variables) and
    /// checks its rule's findings against its expect comments.
    /// </summary>
    /// <exception cref="FixtureMismatchException">The findings differ from the expected ones, or the fixture is malformed.</exception>
    public static void Verify(AnalysisEngine engine, string root, string fixture)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var ruleId = RuleIdOf(root, fixture);
        var name = Path.GetFileName(fixture);
        var isCompose = Directory.Exists(fixture);
        var folder = isCompose ? fixture : Path.GetDirectoryName(Path.GetFullPath(fixture))!;
        // A fixture's expected text after --fix (compose.yaml.fixed) is not one of its sources.
        var sources = isCompose ? Directory.GetFiles(fixture, "*", SearchOption.AllDirectories).Where(file => !file.EndsWith(".fixed", StringComparison.Ordinal)).ToArray() : new[] { fixture };
        var target = isCompose ? Path.Combine(fixture, "compose.yaml") : fixture;
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
        var result = engine.AnalyzeAsync(new[] { target }, options).GetAwaiter().GetResult();
        var findings = result.Diagnostics.Where(d => string.Equals(d.Id, ruleId, StringComparison.Ordinal)).ToList();
        if (Environment.GetEnvironmentVariable(WriteMessagesVariable) == "1")
        {
            WriteMissingMessages(sources, folder, findings);
        }

        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            if (Expectation.Count(text) != ExpectComment.Count(text))
            {
                throw new FixtureMismatchException($"{source}: an expect comment lacks a rule, a span (line:col-endLine:endCol) or a message");
            }
        }

        var expected = sources
            .SelectMany(source => Expectation.Matches(File.ReadAllText(source)).Select(match =>
                $"{Relative(folder, source)} {match.Groups[1].Value} {match.Groups[2].Value}:{match.Groups[3].Value}-{match.Groups[4].Value}:{match.Groups[5].Value} {match.Groups[6].Value}"))
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        if (name.StartsWith("fires-", StringComparison.Ordinal) && expected.Count == 0)
        {
            throw new FixtureMismatchException($"{fixture}: a fires- fixture must expect a finding");
        }

        if (!name.StartsWith("fires-", StringComparison.Ordinal) && !name.StartsWith("ok-", StringComparison.Ordinal))
        {
            throw new FixtureMismatchException($"{fixture}: a fixture's name starts with fires- or ok-");
        }

        if (name.StartsWith("ok-", StringComparison.Ordinal) && expected.Count > 0)
        {
            throw new FixtureMismatchException($"{fixture}: an ok- fixture expects no finding");
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id is "SW0001" or "SW0004") is { } broken)
        {
            throw new FixtureMismatchException($"{fixture}: fixtures are valid files and no analyzer may fail, but: {broken}");
        }

        var actual = findings
            .Select(d => $"{Key(Relative(folder, d.Location.Path), d)} {Portable(d.Message, folder)}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
        if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new FixtureMismatchException(
                $"{fixture}: the findings of {ruleId} differ from the expect comments.\nexpected:\n{List(expected)}\nfound:\n{List(actual)}\n"
                + $"(the findings were: {string.Join("; ", findings.Select(d => d.ToString()))})");
        }
    }

    private static string List(IEnumerable<string> entries) => string.Concat(entries.Select(entry => "  " + entry + "\n"));

    private static bool IsKubernetesFixture(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith("fires-", StringComparison.Ordinal) || name.StartsWith("ok-", StringComparison.Ordinal))
            && FileDiscovery.Classify(path) == FileKind.Kubernetes;
    }

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');

    // A message that names a file of the fixture names it relative to the fixture's folder, wherever the repository is.
    private static string Portable(string message, string folder) => message.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static string Key(string file, Diagnostic d) =>
        string.Create(CultureInfo.InvariantCulture, $"{file} {d.Id} {d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn}");

    // An expect comment written without a message gets the message of the finding at its span: a new fixture is
    // written with spans only, and its messages are then read and reviewed.
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
