using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Tests.Yaml;

/// <summary>
/// A long stream is read in runs of documents in parallel; whatever the cut, the result must be the stream read whole:
/// every document, node, span, comment and problem, in the same order.
/// </summary>
public sealed class YamlStreamSegmentsTests
{
    private const string ThreeDocuments =
        "# first\napiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1 # inline\nkind: Pod\nkind: Service\nbase: &b {x: 1}\nuse: *b\n"
        + "---\nmerged:\n  <<: [{a: 1}, {a: 2, b: 3}]\n  c: *missing\n";

    [Test]
    public void A_stream_cut_into_runs_reads_the_same_as_whole_with_problems_and_positions_in_the_later_documents()
    {
        YamlStreamSegments.Split(ThreeDocuments, 1).Should().HaveCount(3);

        var file = AssertSameAsWhole(ThreeDocuments);

        file.Documents.Should().HaveCount(3);
        file.Problems.Select(p => $"{p.Kind} {p.Location.Line}:{p.Location.Column} {p.Message}").Should().Equal(
            "DuplicateKey 7:1 duplicate key 'kind': it is already defined at 6:1",
            "UndefinedAlias 13:6 alias '*missing' names no anchor defined before it");
        file.Comments.Select(c => $"{c.Content} {c.Span.Start} {c.IsInline}").Should().Equal("first 0 False", "inline 58 True");
        var third = (YamlMapping)file.Documents[2].Root!;
        third.Location.Line.Should().Be(11);
        ((YamlMapping)third.Find("merged")!.Value).Entries.Select(e => $"{e.KeyText}={((YamlScalar)e.Value).Value}").Should().Equal("a=1", "b=3", "c=");
    }

    [Test]
    public void An_anchor_of_one_run_is_not_seen_by_the_next()
    {
        var file = AssertSameAsWhole("a: &x 1\n---\nb: *x\n");

        file.Problems.Should().ContainSingle().Which.Kind.Should().Be(YamlProblemKind.UndefinedAlias);
    }

    [Test]
    public void A_marker_line_ends_a_block_scalar()
    {
        var file = AssertSameAsWhole("a: |\n  text\n  more\n---\nb: 1\n---\nc: >-\n  folded\n---\n");

        file.Documents.Select(d => d.Root?.GetType().Name).Should().Equal("YamlMapping", "YamlMapping", "YamlMapping", "YamlScalar");
        ((YamlScalar)((YamlMapping)file.Documents[0].Root!).Find("a")!.Value).Value.Should().Be("text\nmore\n");
        file.Problems.Should().BeEmpty();
    }

    [TestCase("a: \"quoted\n---\nstill quoted\"\n---\nb: 1\n")]
    [TestCase("a: 'quoted\n---\nstill'\n---\nb: 1\n")]
    [TestCase("a: [1,\n---\n2]\n---\nb: 1\n")]
    [TestCase("a: {k: 1,\n---\nj: 2}\n---\nb: 1\n")]
    [TestCase("a: plain\n---\n  continued\n---\nb: 1\n")]
    public void A_marker_inside_a_quoted_scalar_or_flow_collection_reads_as_the_whole_stream_does(string text)
    {
        AssertSameAsWhole(text);
    }

    [Test]
    public void A_bad_document_among_good_ones_stops_the_reading_where_the_whole_stream_does()
    {
        var text = "a: 1\n---\nb: [unclosed\n---\nc: 1\n---\nd: &x [*x]\n";

        var file = AssertSameAsWhole(text);

        file.Problems.Should().Contain(p => p.Kind == YamlProblemKind.Syntax);
        file.Documents.Should().NotBeEmpty();
        file.Documents[^1].IsComplete.Should().BeFalse();
    }

    [Test]
    public void A_helm_template_reads_the_same_in_runs()
    {
        var text = "{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n---\n"
            + "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n";

        AssertSameAsWhole(text);
    }

    [Test]
    public void Crlf_line_breaks_are_cut_and_keep_positions()
    {
        var file = AssertSameAsWhole("a: 1\r\n---\r\nb: x\r\nb: y\r\n---\r\nc: 2\r\n");

        YamlStreamSegments.Split("a: 1\r\n---\r\nb: x\r\n", 1).Should().HaveCount(2);
        file.Problems.Should().ContainSingle().Which.Location.Line.Should().Be(4);
    }

    [TestCase("%YAML 1.2\n---\na: 1\n---\nb: 2\n", TestName = "a directive")]
    [TestCase("a: 1\n...\n%TAG !e! tag:example.com,2000:\n---\nb: !e!x 2\n", TestName = "a document end marker and a tag directive")]
    [TestCase("a: 1\r---\rb: 2\n---\nc: 3\n", TestName = "a lone carriage return")]
    [TestCase("a: 1\u2028---\nb: 2\n", TestName = "a Unicode line separator")]
    public void A_stream_whose_documents_may_depend_on_each_other_is_read_whole(string text)
    {
        YamlStreamSegments.Split(text, 1).Should().BeNull();
        AssertSameAsWhole(text);
    }

    [Test]
    public void Only_marker_lines_cut_and_runs_are_at_least_the_size_asked()
    {
        var text = "a: 1\n--- # x\nb: '---'\n----\nc: 1\n---\t\nd: 1\n---";

        YamlStreamSegments.Split(text, 1)!.Select(s => text.Substring(s.Start, s.Length)).Should().Equal(
            "a: 1\n", "--- # x\nb: '---'\n----\nc: 1\n", "---\t\nd: 1\n", "---");
        YamlStreamSegments.Split(text, 20)!.Select(s => s.Start).Should().Equal(0, 32);
        YamlStreamSegments.Split(text, text.Length).Should().BeNull();
        AssertSameAsWhole(text);
    }

    [Test]
    public void Every_yaml_fixture_of_the_repository_reads_the_same_cut_at_every_marker()
    {
        var fixtures = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "tests"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        fixtures.Should().HaveCountGreaterThan(50);

        var cut = 0;
        foreach (var path in fixtures)
        {
            var text = File.ReadAllText(path);
            cut += YamlStreamSegments.Split(text, 1) is null ? 0 : 1;
            Dump(YamlLoader.Load(new SourceText(path, text), 1)).Should().Be(Dump(YamlLoader.Load(new SourceText(path, text), int.MaxValue)), path);
        }

        cut.Should().BeGreaterThan(10, "many fixtures hold several documents");
    }

    private static YamlFile AssertSameAsWhole(string text)
    {
        var inRuns = YamlLoader.Load(new SourceText("test.yaml", text), 1);
        Dump(inRuns).Should().Be(Dump(YamlLoader.Load(new SourceText("test.yaml", text), int.MaxValue)));
        return inRuns;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "tests", "Seaworthy.Rules.Tests", "Fixtures")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository root is not above the test directory");
    }

    // Everything a reader of the file can see, in order.
    private static string Dump(YamlFile file)
    {
        var dump = new StringBuilder();
        foreach (var document in file.Documents)
        {
            dump.Append("document ").Append(document.Span).Append(' ').Append(document.IsComplete).Append('\n');
            Dump(document.Root, 1, dump, new HashSet<YamlNode>());
        }

        foreach (var comment in file.Comments)
        {
            dump.Append("comment ").Append(comment).Append('\n');
        }

        foreach (var problem in file.Problems)
        {
            dump.Append("problem ").Append(problem).Append(' ').Append(problem.Location.Span).Append('\n');
        }

        return dump.ToString();
    }

    private static void Dump(YamlNode? node, int depth, StringBuilder dump, HashSet<YamlNode> seen)
    {
        dump.Append(' ', depth * 2);
        if (node is null)
        {
            dump.Append("null\n");
            return;
        }

        dump.Append(node.GetType().Name).Append(' ').Append(node.Span).Append(" tag=").Append(node.Tag).Append(" anchor=").Append(node.Anchor);
        if (!seen.Add(node))
        {
            dump.Append(" (again)\n");
            return;
        }

        switch (node)
        {
            case YamlScalar scalar:
                dump.Append(' ').Append(scalar.Style).Append(" [").Append(scalar.Value).Append("] ").Append(scalar.GetSpan(0, 1)).Append('\n');
                break;
            case YamlMapping mapping:
                dump.Append(" flow=").Append(mapping.IsFlow).Append('\n');
                foreach (var entry in mapping.Entries)
                {
                    dump.Append(' ', depth * 2).Append("entry ").Append(entry.Span).Append(" merged=").Append(entry.IsMerged).Append('\n');
                    Dump(entry.Key, depth + 1, dump, seen);
                    Dump(entry.Value, depth + 1, dump, seen);
                }

                break;
            case YamlSequence sequence:
                dump.Append(" flow=").Append(sequence.IsFlow).Append('\n');
                foreach (var item in sequence.Items)
                {
                    Dump(item, depth + 1, dump, seen);
                }

                break;
        }
    }
}
