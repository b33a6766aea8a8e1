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
/// The Dockerfiles, Compose files and manifests of the rule pages (docs/rules/SWnnnn.md) say what they show: one
/// under <c>## Example</c> fires the page's rule, with exactly the findings of that rule that the output block after
/// it prints (the output names the file: <c>Dockerfile</c>, <c>compose.yaml</c>, <c>deploy.yaml</c>), and one under
/// <c>## How to fix</c> does not fire it. A block whose first line is a comment naming a file and nothing else
/// (<c># .seaworthy.yaml</c>, <c># .dockerignore</c>, <c># api/Dockerfile</c>) is written there, beside the files that
/// follow it. Objects a Kubernetes rule looks for across the run are documents of the example's own block.
/// </summary>
public sealed class RuleExampleTests : FolderTests
{
    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static string RulesFolder => Path.Combine(TestPaths.RepositoryRoot, "docs", "rules");

    public static IEnumerable<TestCaseData> Pages() =>
        Directory.GetFiles(RulesFolder, "SW*.md")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Where(path => Blocks(path).Any(block => IsLinted(block) && block.Section is "Example" or "How to fix"))
            .Select(path => new TestCaseData(Path.GetFileNameWithoutExtension(path)).SetName("docs/rules/" + Path.GetFileName(path)));

    [TestCaseSource(nameof(Pages))]
    public void The_examples_fire_the_rule_and_the_fixes_do_not(string id)
    {
        var blocks = Blocks(Path.Combine(RulesFolder, id + ".md"));
        var examples = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (ContextFile(block) is { } context)
            {
                Write(context, block.Text);
                continue;
            }

            if (!IsLinted(block))
            {
                continue;
            }

            var output = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var name = FileName(block, output);
            if (block.Section == "Example")
            {
                examples++;
                var findings = Lint(name, block.Text, id);
                var printed = output is null ? null : PrintedFindings(output, name, id);
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
                Lint(name, block.Text, id).Should().BeEmpty($"the fix at line {block.Line} does not fire {id}");
            }
        }

        examples.Should().BePositive("a page with fixes shows the file that fires the rule");
    }

    private static bool IsLinted(Block block) => block.Language is "dockerfile" or "yaml" && ContextFile(block) is null;

    // A Dockerfile is a Dockerfile; a YAML file is named as the output after it prints it (after the command line, if
    // the output shows one), else compose.yaml for a Compose file and deploy.yaml for a manifest.
    private static string FileName(Block block, Block? output)
    {
        if (block.Language == "dockerfile")
        {
            return "Dockerfile";
        }

        var printed = output is { Language: "" or "text" } ? output.Text.Split('\n').FirstOrDefault(line => !line.StartsWith("$ ", StringComparison.Ordinal)) ?? string.Empty : string.Empty;
        var colon = printed.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && printed[..colon] is var name && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal)) && !name.Contains(' ', StringComparison.Ordinal)
            ? name
            : block.Text.StartsWith("services:", StringComparison.Ordinal) || block.Text.Contains("\nservices:", StringComparison.Ordinal) ? "compose.yaml" : "deploy.yaml";
    }

    // The findings of rule id from the file (in it, or in a file it names, such as the Dockerfile a Compose service
    // builds), as the text format prints them.
    private List<string> Lint(string name, string text, string id)
    {
        var path = Write(name, text);
        var result = Engine.AnalyzeText(path, text, NoEnvironment with { EnableAllRules = true });
        return result.Diagnostics.Where(d => d.Id == id)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{Relative(d.Location.Path)}:{d.Location.Line}:{d.Location.Column}: {d.Severity.ToString().ToLowerInvariant()} {d.Id} [{d.Rule.Name}] {d.Message}"))
            .ToList();
    }

    // The file beside the examples that a block shows, named by its first line (# .seaworthy.yaml, # api/Dockerfile).
    private static string? ContextFile(Block block) =>
        block.Text.StartsWith("# ", StringComparison.Ordinal) && block.Text.IndexOf('\n', StringComparison.Ordinal) is var end and > 2
            && block.Text[2..end].Trim() is var name && name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '_' or '-')
            ? name
            : null;

    // The lines of an output block (plain or text) that print a finding of rule id; null when the block is no output of the file.
    private static List<string>? PrintedFindings(Block block, string name, string id)
    {
        if (block.Language is not ("" or "text"))
        {
            return null;
        }

        var lines = block.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!lines.Any(line => line.StartsWith(name + ":", StringComparison.Ordinal)))
        {
            return null;
        }

        return lines.Where(line => line.Contains($" {id} [", StringComparison.Ordinal) && !line.StartsWith("$ ", StringComparison.Ordinal)).ToList();
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
