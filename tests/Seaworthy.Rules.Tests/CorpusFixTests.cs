using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Testing;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Issue #17's corpus check: on a copy of each shared corpus every fix (unsafe ones too) is applied; afterwards every
/// file still parses as before (a Dockerfile has the same number of instructions, no file gains a syntax error or
/// an analyzer failure; a YAML file has the same documents and the same tree apart from the keys the fixes set or
/// remove), no finding with a fix remains, and fixing again changes nothing. The count of fixes per rule is written
/// to the test output.
/// </summary>
public sealed class CorpusFixTests
{
    private static readonly string[] BrokenFileRules = { "SW0001", "SW0004", "SW0005", "SW0006" };

    // The keys the Compose and Kubernetes fixes write, rename or remove: a YAML tree may differ below these only.
    private static readonly HashSet<string> FixedKeys = new(StringComparer.Ordinal)
    {
        "version", "apiVersion", "serviceAccount", "serviceAccountName", "securityContext", "allowPrivilegeEscalation", "readOnlyRootFilesystem",
        "runAsNonRoot", "capabilities", "privileged", "imagePullPolicy", "automountServiceAccountToken", "hostNetwork", "hostPID", "hostIPC", "pid", "ipc",
        "network_mode", "security_opt", "cap_drop", "read_only",
    };

    [TestCase("dockerfiles")]
    [TestCase("buildkit-parser")]
    [TestCase("compose")]
    [TestCase("kubernetes")]
    [TestCase("checkov-k8s")]
    public void Fixing_the_corpus_keeps_every_file_whole_and_is_idempotent(string name)
    {
        var copy = Directory.CreateTempSubdirectory("seaworthy-corpus-fix-").FullName;
        try
        {
            CopyFolder(TestPaths.CorpusPath(name), copy);
            var engine = AnalysisEngine.CreateDefault();
            var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
            var before = engine.AnalyzeAsync(new[] { copy }, options).GetAwaiter().GetResult();
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var path in before.Diagnostics.Where(d => d.Fixes.Count > 0).Select(d => d.Location.Path).Distinct().Order(StringComparer.Ordinal))
            {
                var original = File.ReadAllText(path);
                var result = engine.FixText(path, original, FixSafety.Unsafe, options);
                engine.FixText(path, result.Text, FixSafety.Unsafe, options).Changed.Should().BeFalse($"a second fix of {path} changes nothing");
                if (FileDiscovery.Classify(path) == FileKind.Dockerfile)
                {
                    Parse(path, result.Text).Instructions.Count.Should().Be(Parse(path, result.OriginalText).Instructions.Count, $"{path} keeps its instructions");
                }
                else
                {
                    UnfixedLeaves(path, result.Text).Should().Equal(UnfixedLeaves(path, result.OriginalText), $"{path} keeps its YAML tree apart from the fixed keys");
                }

                File.WriteAllText(path, result.Text);
                foreach (var (rule, count) in result.FixedByRule)
                {
                    counts[rule] = counts.GetValueOrDefault(rule) + count;
                }
            }

            var after = engine.AnalyzeAsync(new[] { copy }, options).GetAwaiter().GetResult();
            after.Diagnostics.Count(d => BrokenFileRules.Contains(d.Id)).Should().Be(before.Diagnostics.Count(d => BrokenFileRules.Contains(d.Id)), "no fix breaks a file");
            // A file YAML could not read whole has a partial tree: its fixes may be refused by their check (one that
            // would move the syntax error is), and that is the check doing its work; every other file is fixed whole.
            var unreadable = before.Diagnostics.Where(d => d.Id == "SW0001").Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
            after.Diagnostics.Where(d => d.Fixes.Count > 0 && !unreadable.Contains(d.Location.Path)).Select(d => d.ToString()).Should().BeEmpty("every fix was applied");
            TestContext.Out.WriteLine($"{name}: " + (counts.Count == 0 ? "nothing fixed" : string.Join(", ", counts.Select(pair => $"{pair.Key}: {pair.Value}"))));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    // Every scalar of every document as "document/path=value", leaving out those under a key the fixes change; an
    // empty document and an empty collection count as leaves too.
    private static List<string> UnfixedLeaves(string path, string text)
    {
        var leaves = new List<string>();
        var file = YamlLoader.Load(new SourceText(path, text));
        for (var i = 0; i < file.Documents.Count; i++)
        {
            Flatten(file.Documents[i].Root, i.ToString(System.Globalization.CultureInfo.InvariantCulture), leaves);
        }

        return leaves;
    }

    private static void Flatten(YamlNode? node, string path, List<string> leaves)
    {
        switch (node)
        {
            case YamlMapping { Entries.Count: > 0 } mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.KeyText is not { } key || !FixedKeys.Contains(key))
                    {
                        Flatten(entry.Value, path + "/" + (entry.KeyText ?? "?"), leaves);
                    }
                }

                break;
            case YamlSequence { Items.Count: > 0 } sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Flatten(sequence.Items[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", leaves);
                }

                break;
            case YamlScalar scalar:
                leaves.Add(path + "=" + scalar.Value);
                break;
            default:
                leaves.Add(path + (node is null ? "=(none)" : "=(empty)"));
                break;
        }
    }

    private static DockerfileSyntax Parse(string path, string text) => DockerfileParser.Parse(new SourceText(path, text));

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
