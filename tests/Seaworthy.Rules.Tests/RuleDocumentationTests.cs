using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// The descriptors are the single source of truth: every rule has a page that agrees with its descriptor,
/// and the index of docs/rules is generated from the descriptors. Run with SEAWORTHY_WRITE_DOCS=1 to
/// rewrite the index after adding or changing a rule.
/// </summary>
public sealed class RuleDocumentationTests
{
    private static readonly IReadOnlyList<RuleDescriptor> Rules = AnalysisEngine.CreateDefault().Rules;

    private static string RulesFolder => Path.Combine(TestPaths.RepositoryRoot, "docs", "rules");

    public static IEnumerable<TestCaseData> AllRules() => Rules.Select(rule => new TestCaseData(rule.Id).SetName("docs/rules/" + rule.Id + ".md"));

    [Test]
    public void Index_is_generated_from_the_descriptors()
    {
        var path = Path.Combine(RulesFolder, "README.md");
        var expected = RenderIndex(Rules);
        if (Environment.GetEnvironmentVariable("SEAWORTHY_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).Should().Be(expected, "docs/rules/README.md is generated: run the tests with SEAWORTHY_WRITE_DOCS=1");
    }

    [TestCaseSource(nameof(AllRules))]
    public void Page_agrees_with_the_descriptor(string id)
    {
        var rule = Rules.Single(r => r.Id == id);
        var path = Path.Combine(RulesFolder, id + ".md");
        File.Exists(path).Should().BeTrue($"every rule has a page: {path}");
        var page = File.ReadAllText(path);

        page.Should().StartWith($"# {rule.Id} {rule.Name}\n");
        page.Should().Contain($"| Default severity | {rule.DefaultSeverity.ToString().ToLowerInvariant()} |");
        page.Should().Contain($"| Enabled by default | {(rule.EnabledByDefault ? "yes" : "no")} |");
        page.Should().Contain("## What it does").And.Contain("## Why it matters");
        if (!rule.Id.StartsWith("SW0", StringComparison.Ordinal))
        {
            page.Should().Contain("## Example").And.Contain("## How to fix");
            page.Should().Contain("| Equivalents | " + string.Join(", ", rule.Equivalents.Select(e => $"`{e}`")) + " |");
        }

        rule.HelpUri.Should().EndWith("/docs/rules/" + id + ".md");
    }

    [Test]
    public void Every_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(RulesFolder, "SW*.md").Select(Path.GetFileNameWithoutExtension);
        pages.Should().BeSubsetOf(Rules.Select(rule => rule.Id));
    }

    [Test]
    public void Ids_and_names_are_unique_and_well_formed()
    {
        Rules.Select(rule => rule.Id).Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().MatchRegex("^SW[0-5][0-9]{3}$"));
        Rules.Select(rule => rule.Name).Should().OnlyHaveUniqueItems().And.AllSatisfy(name => name.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    private static string SurfaceNames(Surfaces surfaces) =>
        string.Join(", ", Enum.GetValues<Surfaces>().Where(s => s != Surfaces.None && surfaces.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant()));

    private static string RenderIndex(IReadOnlyList<RuleDescriptor> rules)
    {
        var builder = new StringBuilder();
        builder.Append("# Rules\n\n");
        builder.Append("Generated from the rule descriptors by `RuleDocumentationTests`; do not edit by hand.\n\n");
        builder.Append("| Id | Name | Title | Category | Default severity | Enabled | Surfaces | Equivalents |\n");
        builder.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var equivalents = rule.Equivalents.Count == 0 ? "" : string.Join(", ", rule.Equivalents.Select(e => $"`{e}`"));
            builder.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}]({rule.Id}.md) | `{rule.Name}` | {rule.Title} | {rule.Category} | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {(rule.EnabledByDefault ? "yes" : "no")} | {SurfaceNames(rule.Surfaces)} | {equivalents} |\n");
        }

        return builder.ToString();
    }
}
