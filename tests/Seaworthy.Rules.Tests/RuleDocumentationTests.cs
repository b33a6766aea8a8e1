using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
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

    [TestCaseSource(nameof(AllRules))]
    public void Options_section_and_fix_row_are_generated_from_the_descriptor(string id)
    {
        var rule = Rules.Single(r => r.Id == id);
        var path = Path.Combine(RulesFolder, id + ".md");
        var page = File.ReadAllText(path);
        var expected = WithOptionsSection(page, rule);
        if (Environment.GetEnvironmentVariable("SEAWORTHY_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        page.Should().Be(expected, "a rule page's Options section is generated: run the tests with SEAWORTHY_WRITE_DOCS=1");
    }

    [Test]
    public void Option_names_are_kebab_case_and_unique_in_their_rule()
    {
        var options = Rules.SelectMany(rule => rule.Options.Select(option => rule.Id + " " + option.Name)).ToList();

        options.Should().NotBeEmpty().And.OnlyHaveUniqueItems()
            .And.AllSatisfy(option => option.Should().MatchRegex("^SW[0-9]{4} [a-z0-9]+(-[a-z0-9]+)*$"));
    }

    // With the check at report time that a finding has exactly as many arguments as its format's highest
    // placeholder asks for, this makes the count exact: no placeholder is skipped, so none is left unfilled.
    [Test]
    public void Message_formats_use_every_argument_from_zero_to_the_highest()
    {
        var placeholder = new Regex(@"(?<!\{)(?:\{\{)*\{(\d+)[,:}]", RegexOptions.CultureInvariant);
        foreach (var rule in Rules)
        {
            var used = placeholder.Matches(rule.MessageFormat).Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
            used.Should().Equal(Enumerable.Range(0, used.Length), $"{rule.Id}'s message '{rule.MessageFormat}' uses {{0}} to {{{used.Length - 1}}} each");
            string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, Enumerable.Range(0, used.Length).Select(i => (object)i).ToArray()).Should().NotBeNull();
        }
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

    // The section sits before "## Example"; a rule without options has none.
    private static string WithOptionsSection(string page, RuleDescriptor rule)
    {
        var without = WithFixRow(Regex.Replace(page, @"## Options\n.*?(?=## )", string.Empty, RegexOptions.Singleline | RegexOptions.CultureInvariant), rule);
        if (rule.Options.Count == 0)
        {
            return without;
        }

        var builder = new StringBuilder();
        builder.Append("## Options\n\n");
        builder.Append("Set under the rule in `.seaworthy.yaml` (see [rule options](../configuration.md#rule-options)); a list given replaces the default.\n\n");
        foreach (var option in rule.Options)
        {
            var defaults = option.DefaultItems.Count == 0 ? "none" : string.Join(", ", option.DefaultItems.Select(item => $"`{item}`"));
            builder.Append(CultureInfo.InvariantCulture, $"- `{option.Name}` (list of strings): {option.Description}. Default: {defaults}.\n");
        }

        builder.Append('\n');
        var example = without.IndexOf("## Example", StringComparison.Ordinal);
        return without.Insert(example, builder.ToString());
    }

    // The table's Fix row says whether the rule's findings carry a fix and how safe it is; none for most rules.
    private static string WithFixRow(string page, RuleDescriptor rule)
    {
        var without = Regex.Replace(page, @"^\| Fix \|[^\n]*\n", string.Empty, RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var surfaces = Regex.Match(without, @"^\| Surfaces \|[^\n]*\n", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        if (rule.FixSafety is not { } safety || !surfaces.Success)
        {
            return without;
        }

        var row = safety == FixSafety.Safe
            ? "| Fix | safe: `seaworthy lint --fix` applies it |\n"
            : "| Fix | unsafe (may change behaviour): `seaworthy lint --fix --unsafe-fixes` applies it |\n";
        return without.Insert(surfaces.Index + surfaces.Length, row);
    }

    private static string RenderIndex(IReadOnlyList<RuleDescriptor> rules)
    {
        var builder = new StringBuilder();
        builder.Append("# Rules\n\n");
        builder.Append("Generated from the rule descriptors by `RuleDocumentationTests`; do not edit by hand.\n\n");
        builder.Append("Each peer's checks (hadolint, BuildKit, Checkov, Trivy, kube-linter, Polaris, dclint) against these rules: [compared with other tools](../compared.md).\n\n");
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
