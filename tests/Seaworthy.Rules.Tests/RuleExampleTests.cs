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
/// The Dockerfiles of the rule pages (docs/rules/SWnnnn.md) say what they show: a Dockerfile under <c>## Example</c>
/// fires the page's rule, with exactly the findings of that rule that the output block after it prints, and a
/// Dockerfile under <c>## How to fix</c> does not fire it. A block whose first line names a file (<c># .seaworthy.yaml</c>,
/// <c># .dockerignore</c>) is written beside the Dockerfiles that follow it.
/// </summary>
public sealed class RuleExampleTests : FolderTests
{
    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static string RulesFolder => Path.Combine(TestPaths.RepositoryRoot, "docs", "rules");

    public static IEnumerable<TestCaseData> Pages() =>
        Directory.GetFiles(RulesFolder, "SW*.md")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Where(path => Blocks(path).Any(block => block.Language == "dockerfile" && block.Section is "Example" or "How to fix"))
            .Select(path => new TestCaseData(Path.GetFileNameWithoutExtension(path)).SetName("docs/rules/" + Path.GetFileName(path)));

    [TestCaseSource(nameof(Pages))]
    public void The_examples_fire_the_rule_and_the_fixes_do_not(string id)
    {
        var blocks = Blocks(Path.Combine(RulesFolder, id + ".md"));
        var examples = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (ContextFile(block) is { } name)
            {
                Write(name, block.Text);
                continue;
            }

            if (block.Language != "dockerfile")
            {
                continue;
            }

            if (block.Section == "Example")
            {
                examples++;
                var findings = Lint(block.Text, id);
                var printed = i + 1 < blocks.Count ? PrintedFindings(blocks[i + 1], id) : null;
                if (printed is null)
                {
                    findings.Should().NotBeEmpty($"the example at line {block.Line} shows {id}");
                }
                else
                {
                    findings.Should().Equal(printed, $"the example at line {block.Line} prints what {id} reports");
                }
            }
            else if (block.Section == "How to fix")
            {
                Lint(block.Text, id).Should().BeEmpty($"the fix at line {block.Line} does not fire {id}");
            }
        }

        examples.Should().BePositive("a page with Dockerfile fixes shows the Dockerfile that fires the rule");
    }

    // The findings of rule id in dockerfile, as the text format prints them.
    private List<string> Lint(string dockerfile, string id)
    {
        var path = Write("Dockerfile", dockerfile);
        var result = Engine.AnalyzeText(path, dockerfile, NoEnvironment with { EnableAllRules = true });
        return result.Diagnostics.Where(d => d.Id == id)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"Dockerfile:{d.Location.Line}:{d.Location.Column}: {d.Severity.ToString().ToLowerInvariant()} {d.Id} [{d.Rule.Name}] {d.Message}"))
            .ToList();
    }

    // The file beside the Dockerfile that a block shows, named by its first line (# .seaworthy.yaml, # .dockerignore).
    private static string? ContextFile(Block block) =>
        block.Text.StartsWith("# .", StringComparison.Ordinal) && block.Text.IndexOf('\n', StringComparison.Ordinal) is var end and > 2
            && block.Text[2..end].Trim() is var name && !name.Contains(' ', StringComparison.Ordinal)
            ? name
            : null;

    // The lines of an output block (plain or text) that print a finding of rule id in the Dockerfile; null when the block is no output of a Dockerfile.
    private static List<string>? PrintedFindings(Block block, string id)
    {
        if (block.Language is not ("" or "text"))
        {
            return null;
        }

        var lines = block.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!lines.Any(line => line.StartsWith("Dockerfile:", StringComparison.Ordinal)))
        {
            return null;
        }

        return lines.Where(line => line.StartsWith("Dockerfile:", StringComparison.Ordinal) && line.Contains($" {id} [", StringComparison.Ordinal)).ToList();
    }

    private static List<Block> Blocks(string path)
    {
        var blocks = new List<Block>();
        var section = string.Empty;
        var lines = File.ReadAllText(path).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = lines[i][3..].Trim();
            }
            else if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                var start = i;
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "```"; i++)
                {
                    body.Add(lines[i]);
                }

                blocks.Add(new Block(section, lines[start][3..].Trim(), string.Join("\n", body) + "\n", start + 1));
            }
        }

        return blocks;
    }

    private sealed record Block(string Section, string Language, string Text, int Line);
}
