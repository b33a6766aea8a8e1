using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// The rule releases, tracked as Roslyn's analyzers track theirs: AnalyzerReleases.Shipped.md (each release's new,
/// removed and changed rules) and AnalyzerReleases.Unshipped.md (what the next release adds) together must describe
/// every rule as its descriptor does, so a new rule or a changed default is a visible diff.
/// </summary>
public sealed class AnalyzerReleasesTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "rules", "Seaworthy.Rules");

    [Test]
    public void The_release_files_describe_every_rule_as_its_descriptor_does()
    {
        var released = Replay(Path.Combine(Folder, "AnalyzerReleases.Shipped.md"), Path.Combine(Folder, "AnalyzerReleases.Unshipped.md"));
        var actual = AnalysisEngine.CreateDefault().Rules.ToDictionary(rule => rule.Id, Describe, StringComparer.Ordinal);

        var missing = actual.Where(pair => !released.ContainsKey(pair.Key)).Select(pair => $"{pair.Key} | {pair.Value}").ToList();
        var changed = actual.Where(pair => released.TryGetValue(pair.Key, out var entry) && entry != pair.Value)
            .Select(pair => $"{pair.Key} | {pair.Value} | {released[pair.Key]}").ToList();
        var removed = released.Keys.Where(id => !actual.ContainsKey(id)).ToList();

        missing.Should().BeEmpty("a new rule goes under '### New Rules' in AnalyzerReleases.Unshipped.md (id | category | severity | name)");
        changed.Should().BeEmpty("a changed category or default severity goes under '### Changed Rules' in AnalyzerReleases.Unshipped.md (id | new category | new severity | old category | old severity | notes)");
        removed.Should().BeEmpty("a removed rule goes under '### Removed Rules' in AnalyzerReleases.Unshipped.md");
    }

    [Test]
    public void A_change_to_a_rule_that_the_files_do_not_hold_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("sw-releases-").FullName;
        try
        {
            var shipped = Path.Combine(folder, "shipped.md");
            var unshipped = Path.Combine(folder, "unshipped.md");
            File.WriteAllText(shipped, "## Release 1.0\n\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nSW1 | Security | Warning | one\n");
            File.WriteAllText(unshipped, "### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n--------|--------------|--------------|--------------|--------------|-------\nSW1 | Security | Error | Security | Info | wrong old severity\n");

            FluentActions.Invoking(() => Replay(shipped, unshipped)).Should().Throw<InvalidDataException>().WithMessage("*SW1*");

            File.WriteAllText(unshipped, "### Changed Rules\n\nRule ID | New Category | New Severity | Old Category | Old Severity | Notes\n--------|--------------|--------------|--------------|--------------|-------\nSW1 | Security | Error | Security | Warning | raised\n\n### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nSW2 | Style | Info | never added\n");
            FluentActions.Invoking(() => Replay(shipped, unshipped)).Should().Throw<InvalidDataException>().WithMessage("*SW2*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // "Security | Warning", with " (off)" for a rule that is off by default.
    private static string Describe(RuleDescriptor rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{rule.Category} | {rule.DefaultSeverity}{(rule.EnabledByDefault ? string.Empty : " (off)")}");

    // Applies every table of the files in order: new rules are added, removed ones taken out, changed ones updated
    // after checking that the old values are the ones on record.
    private static Dictionary<string, string> Replay(params string[] files)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var section = string.Empty;
            foreach (var line in File.ReadAllLines(file))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    section = line.Substring(4).Trim();
                    continue;
                }

                var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length < 4 || cells[0] == "Rule ID" || cells[0].StartsWith('-'))
                {
                    continue;
                }

                var (id, entry) = (cells[0], $"{cells[1]} | {cells[2]}");
                switch (section)
                {
                    case "New Rules" when !rules.TryAdd(id, entry):
                        throw new InvalidDataException($"{Path.GetFileName(file)}: {id} is added twice");
                    case "Removed Rules" when !rules.Remove(id):
                        throw new InvalidDataException($"{Path.GetFileName(file)}: {id} is removed but was never added");
                    case "Changed Rules":
                        var old = cells.Length >= 6 ? $"{cells[3]} | {cells[4]}" : string.Empty;
                        if (!rules.TryGetValue(id, out var recorded) || recorded != old)
                        {
                            throw new InvalidDataException($"{Path.GetFileName(file)}: {id} changes from '{old}', but '{recorded}' is on record");
                        }

                        rules[id] = entry;
                        break;
                }
            }
        }

        return rules;
    }
}
