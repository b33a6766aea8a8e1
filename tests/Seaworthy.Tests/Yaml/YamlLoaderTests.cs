using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Tests.Yaml;

public sealed class YamlLoaderTests
{
    private static YamlFile Load(string text) => YamlLoader.Load(new SourceText("test.yaml", text));

    private static YamlMapping Root(YamlFile file) => (YamlMapping)file.Documents.Single().Root!;

    private static string At(YamlNode node) => At(node.Location);

    private static string At(Location location) => $"{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";

    private static string Written(YamlNode node) => node.Source.ToString(node.Span);

    [Test]
    public void Keys_and_values_have_exact_spans()
    {
        var file = Load("a: 1 # one\nb:\n  - x\n  - \"q\\ty\"\nc: |\n  lit\n  more\n\nd: {k: v, e: [1, 2]}\nf:\ng: plain\n  folded\n");
        var root = Root(file);

        file.Problems.Should().BeEmpty();
        root.Entries.Select(e => e.KeyText).Should().Equal("a", "b", "c", "d", "f", "g");
        At(root.Entries[0].Key).Should().Be("1:1-1:2");
        At(root.Entries[0].Value).Should().Be("1:4-1:5");
        var items = ((YamlSequence)root.Find("b")!.Value).Items;
        items.Select(At).Should().Equal("3:5-3:6", "4:5-4:11");
        ((YamlScalar)items[1]).Value.Should().Be("q\ty");
        ((YamlScalar)items[1]).Style.Should().Be(YamlScalarStyle.DoubleQuoted);
        var literal = (YamlScalar)root.Find("c")!.Value;
        literal.Value.Should().Be("lit\nmore\n");
        At(literal).Should().Be("5:4-7:7", "a block scalar ends at its last character, not after its trailing blank lines");
        var flow = (YamlMapping)root.Find("d")!.Value;
        flow.IsFlow.Should().BeTrue();
        At(flow).Should().Be("9:4-9:21");
        At(flow.Find("e")!.Value).Should().Be("9:14-9:20");
        var empty = (YamlScalar)root.Find("f")!.Value;
        empty.IsNull.Should().BeTrue();
        At(empty).Should().Be("10:3-10:3");
        ((YamlScalar)root.Find("g")!.Value).Value.Should().Be("plain folded");
        At(root.Find("g")!.Value).Should().Be("11:4-12:9");
        At(root).Should().Be("1:1-12:9");
        file.Text.ToString(root.Find("b")!.Span).Should().Be("b:\n  - x\n  - \"q\\ty\"");
    }

    [Test]
    public void Anchors_and_tags_are_not_part_of_the_content_span()
    {
        var root = Root(Load("a: &x value\nb: !!str 5\nc: !reset null\nd: &m\n  k: v\ne: &s [1]\n"));

        At(root.Find("a")!.Value).Should().Be("1:7-1:12");
        root.Find("a")!.Value.Anchor.Should().Be("x");
        var tagged = (YamlScalar)root.Find("b")!.Value;
        (tagged.Tag, tagged.Value, At(tagged)).Should().Be(("tag:yaml.org,2002:str", "5", "2:10-2:11"));
        var reset = (YamlScalar)root.Find("c")!.Value;
        (reset.Tag, reset.IsNull).Should().Be(("!reset", false));
        At(root.Find("d")!.Value).Should().Be("5:3-5:7");
        At(root.Find("e")!.Value).Should().Be("6:7-6:10");
    }

    [Test]
    public void Aliases_resolve_to_the_anchored_node_and_its_position()
    {
        var root = Root(Load("base: &b\n  image: nginx\nweb: *b\n"));

        var web = root.Find("web")!;
        web.Value.Should().BeSameAs(root.Find("base")!.Value);
        At(((YamlMapping)web.Value).Find("image")!.Value).Should().Be("2:10-2:15");
        At(web.Key.Source.GetLocation(web.Span)).Should().Be("3:1-3:8", "the entry as written ends at the alias");
    }

    [Test]
    public void Merge_keys_bring_in_entries_that_point_into_the_anchor()
    {
        var file = Load(
            "x-a: &a\n  image: a\n  user: a\nx-b: &b\n  image: b\n  restart: b\n"
            + "one:\n  <<: *a\n  user: mine\ntwo:\n  <<: [*a, *b]\n  extra: 1\n");
        var root = Root(file);

        file.Problems.Should().BeEmpty();
        var one = (YamlMapping)root.Find("one")!.Value;
        one.Entries.Select(e => (e.KeyText, ((YamlScalar)e.Value).Value, e.IsMerged)).Should().Equal(("image", "a", true), ("user", "mine", false));
        At(one.Find("image")!.Key).Should().Be("2:3-2:8");
        At(one.Find("image")!.Value).Should().Be("2:10-2:11");
        var two = (YamlMapping)root.Find("two")!.Value;
        two.Entries.Select(e => (e.KeyText, ((YamlScalar)e.Value).Value)).Should().Equal(("image", "a"), ("user", "a"), ("restart", "b"), ("extra", "1"));
        At(two.Find("restart")!.Value).Should().Be("6:12-6:13");
    }

    [Test]
    public void Every_document_of_a_stream_is_read_with_its_own_positions()
    {
        var file = Load("a: 1\n---\nb: 2\n...\n---\n- c\n");

        file.Documents.Should().HaveCount(3);
        file.Documents.Should().OnlyContain(d => d.IsComplete);
        At(((YamlMapping)file.Documents[1].Root!).Entries[0].Value).Should().Be("3:4-3:5");
        At(((YamlSequence)file.Documents[2].Root!).Items[0]).Should().Be("6:3-6:4");
    }

    [Test]
    public void Anchors_belong_to_their_document()
    {
        var file = Load("a: &x 1\n---\nb: *x\n");

        file.Problems.Should().ContainSingle().Which.Kind.Should().Be(YamlProblemKind.UndefinedAlias);
        At(file.Problems[0].Location).Should().Be("3:4-3:6");
    }

    [Test]
    public void Crlf_line_breaks_keep_positions_exact()
    {
        var text = "services:\r\n  web:\r\n    image: nginx\r\n    command: |\r\n      run\r\n";
        var root = Root(Load(text));

        var web = (YamlMapping)((YamlMapping)root.Find("services")!.Value).Find("web")!.Value;
        At(web.Find("image")!.Value).Should().Be("3:12-3:17");
        Written(web.Find("image")!.Value).Should().Be("nginx");
        At(web.Find("command")!.Value).Should().Be("4:14-5:10");
    }

    [Test]
    public void A_byte_order_mark_is_removed_before_reading_and_positions_stay_exact()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("a: x\nb: y\n")).ToArray();
        var text = SourceDecoder.Decode("compose.yaml", bytes).Text!;

        var root = Root(YamlLoader.Load(text));

        At(root.Find("a")!.Key).Should().Be("1:1-1:2");
        At(root.Find("b")!.Value).Should().Be("2:4-2:5");
    }

    [Test]
    public void Columns_count_utf16_code_units()
    {
        var root = Root(Load("a: \"😀\"\nb: é\n"));

        At(root.Find("a")!.Value).Should().Be("1:4-1:8");
        At(root.Find("b")!.Value).Should().Be("2:4-2:5");
    }

    [Test]
    public void Parts_of_a_scalar_map_to_exact_spans_when_written_verbatim()
    {
        var root = Root(Load("a: KEY=value\nb: 'KEY=value'\nc: \"K\\tY=v\"\nd: >\n  KEY=value\n"));

        At(((YamlScalar)root.Find("a")!.Value).GetLocation(4, 5)).Should().Be("1:8-1:13");
        At(((YamlScalar)root.Find("b")!.Value).GetLocation(4, 5)).Should().Be("2:9-2:14");
        At(((YamlScalar)root.Find("c")!.Value).GetLocation(4, 1)).Should().Be("3:4-3:12", "escapes: the whole scalar");
        At(((YamlScalar)root.Find("d")!.Value).GetLocation(4, 5)).Should().Be("4:4-5:12", "a folded block: the whole scalar");
    }

    [Test]
    public void Duplicate_keys_are_reported_at_the_second_and_the_first_is_kept()
    {
        var file = Load("a: 1\nb: 2\na: 3\n");

        var problem = file.Problems.Should().ContainSingle().Which;
        problem.Kind.Should().Be(YamlProblemKind.DuplicateKey);
        problem.Message.Should().Be("duplicate key 'a': it is already defined at 1:1");
        At(problem.Location).Should().Be("3:1-3:2");
        ((YamlScalar)Root(file).Find("a")!.Value).Value.Should().Be("1");
    }

    [TestCase(5)]
    [TestCase(40)]
    public void Duplicate_keys_are_found_in_small_and_large_mappings_alike(int size)
    {
        // Small mappings are checked pairwise, large ones with a dictionary: both report every repeat at the first.
        var text = string.Concat(Enumerable.Range(0, size).Select(i => $"k{i}: {i}\n")) + "k1: again\nk0: again\nk1: third\n";

        var file = Load(text);

        file.Problems.Select(p => $"{At(p.Location)} {p.Message}").Should().Equal(
            $"{size + 1}:1-{size + 1}:3 duplicate key 'k1': it is already defined at 2:1",
            $"{size + 2}:1-{size + 2}:3 duplicate key 'k0': it is already defined at 1:1",
            $"{size + 3}:1-{size + 3}:3 duplicate key 'k1': it is already defined at 2:1");
        Root(file).Entries.Select(e => ((YamlScalar)e.Value).Value).Should().Equal(Enumerable.Range(0, size).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Root(file).Find("k1")!.Span.Should().Be(new TextSpan(text.IndexOf("k1", StringComparison.Ordinal), 5));
    }

    [Test]
    public void A_key_is_one_node_with_its_style_span_and_value_however_often_and_from_however_many_threads_it_is_asked_for()
    {
        var root = Root(Load("plain: 1\n'single': 2\n\"double\\tq\": 3\n&k anchored: 4\n!!str tagged: 5\n\"<<\": {x: 6}\n<<: {y: 7}\n? [complex]\n: 8\n"));

        root.Entries.Select(e => e.KeyText).Should().Equal("plain", "single", "double\tq", "anchored", "tagged", "<<", "y", null);
        var keys = root.Entries.Select(e => (YamlScalar?)(e.Key as YamlScalar)).ToArray();
        keys.Take(6).Select(key => (key!.Value, key.Style, At(key), key.Anchor, key.Tag)).Should().Equal(
            ("plain", YamlScalarStyle.Plain, "1:1-1:6", null, null),
            ("single", YamlScalarStyle.SingleQuoted, "2:1-2:9", null, null),
            ("double\tq", YamlScalarStyle.DoubleQuoted, "3:1-3:12", null, null),
            ("anchored", YamlScalarStyle.Plain, "4:4-4:12", "k", null),
            ("tagged", YamlScalarStyle.Plain, "5:7-5:13", null, "tag:yaml.org,2002:str"),
            ("<<", YamlScalarStyle.DoubleQuoted, "6:1-6:5", null, null));
        root.Entries[5].IsMerged.Should().BeFalse("a quoted \"<<\" is an ordinary key, not a merge key");
        root.Entries[6].IsMerged.Should().BeTrue();
        root.Entries[7].Key.Should().BeOfType<YamlSequence>();
        root.Entries.Select(e => root.Source.ToString(e.Span)).Take(3).Should().Equal("plain: 1", "'single': 2", "\"double\\tq\": 3");

        var fresh = Root(Load("a: 1\nb: 2\n"));
        var seen = new System.Collections.Concurrent.ConcurrentBag<YamlNode>();
        System.Threading.Tasks.Parallel.For(0, 64, i => seen.Add(fresh.Entries[i % 2].Key));
        seen.Distinct().Should().HaveCount(2, "racing threads all get the one node of each key");
        fresh.Entries[0].Key.Should().BeSameAs(fresh.Find("a")!.Key);
    }

    [Test]
    public void An_entry_spans_its_key_to_its_value_whatever_is_written_between()
    {
        var root = Root(Load("plain: v\n&k anchored: v\n!!str tagged: v\nblock: |\n  text\n\nalias: &a x\nto: *a\n"));

        root.Entries.Select(e => root.Source.ToString(e.Span)).Should().Equal(
            "plain: v", "&k anchored: v", "!!str tagged: v", "block: |\n  text\n\n", "alias: &a x", "to: *a");
        root.Entries.Should().OnlyContain(e => !e.IsMerged);
    }

    [Test]
    public void Syntax_errors_have_a_position_and_keep_what_was_read()
    {
        var file = Load("a: 1\n---\nb: [1, 2]\nc: [3\n");

        var problem = file.Problems.Should().ContainSingle().Which;
        problem.Kind.Should().Be(YamlProblemKind.Syntax);
        problem.Location.Line.Should().Be(4);
        problem.Message.Should().Contain("did not find expected ',' or ']'");
        file.Documents.Select(d => d.IsComplete).Should().Equal(true, false);
        ((YamlMapping)file.Documents[1].Root!).Find("b").Should().NotBeNull();
    }

    [Test]
    public void Input_that_makes_the_yaml_parser_fail_unexpectedly_is_a_syntax_error()
    {
        var file = Load("a: 1\nb: [1, 2\nc: 3\n");

        var problem = file.Problems.Should().ContainSingle().Which;
        problem.Kind.Should().Be(YamlProblemKind.Syntax);
        At(problem.Location).Should().Be("2:6-2:6", "after the last value read");
    }

    [Test]
    public void An_unterminated_quote_is_a_syntax_error()
    {
        var file = Load("a: \"x\n");

        file.Problems.Should().ContainSingle().Which.Kind.Should().Be(YamlProblemKind.Syntax);
        At(file.Problems[0].Location).Should().Be("1:4-1:7");
    }

    [Test]
    public void A_recursive_alias_is_reported_and_does_not_loop()
    {
        var file = Load("a: &x [1, *x]\n");

        file.Problems.Should().ContainSingle().Which.Kind.Should().Be(YamlProblemKind.RecursiveAlias);
        ((YamlSequence)Root(file).Find("a")!.Value).Items.Should().HaveCount(2);
    }

    [Test]
    public void A_merge_key_on_a_scalar_is_reported()
    {
        var file = Load("a: &s text\nb:\n  <<: *s\n  c: 1\n");

        file.Problems.Should().ContainSingle().Which.Kind.Should().Be(YamlProblemKind.InvalidMerge);
        ((YamlMapping)Root(file).Find("b")!.Value).Entries.Select(e => e.KeyText).Should().Equal("c");
    }

    [Test]
    public void Comments_are_kept_with_their_positions()
    {
        var file = Load("# top\na: 1  # seaworthy ignore=SW1001\nb:\n  # before c\n  c: 2\n");

        file.Comments.Select(c => (c.Content, c.IsInline)).Should().Equal(("top", false), ("seaworthy ignore=SW1001", true), ("before c", false));
        At(file.Text.GetLocation(file.Comments[1].Span)).Should().Be("2:7-2:32");
    }

    [Test]
    public void A_comment_after_a_flow_collection_in_a_block_mapping_is_read()
    {
        var file = Load("rules:\n  - apiGroups: [\"\"] # the core group\n    resources: [pods]\n");

        file.Problems.Should().BeEmpty();
        file.Comments.Should().ContainSingle().Which.Content.Should().Be("the core group");
    }

    [Test]
    public void An_alias_bomb_is_refused_quickly_without_expanding_it()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level < 10; level++)
        {
            var previous = (char)('a' + level - 1);
            var name = (char)('a' + level);
            text.Append(name).Append(": &").Append(name).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var file = Load(text.ToString());
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var problem = file.Problems.Should().ContainSingle().Which;
        problem.Kind.Should().Be(YamlProblemKind.ExcessiveAliasing);
        problem.Message.Should().Contain("alias bomb");
        problem.Location.Line.Should().BeInRange(6, 10);
        file.Documents.Single().IsComplete.Should().BeFalse();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        allocated.Should().BeLessThan(20L * 1024 * 1024, "the aliases are never expanded");
    }

    [Test]
    public void Many_aliases_to_small_anchors_are_fine()
    {
        var text = new StringBuilder("x-base: &base\n  restart: always\n  image: nginx:1.27\nservices:\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append("  s").Append(i).Append(":\n    <<: *base\n");
        }

        var file = Load(text.ToString());

        file.Problems.Should().BeEmpty();
        ((YamlMapping)Root(file).Find("services")!.Value).Entries.Should().HaveCount(2000);
    }

    [Test]
    public void Deep_flow_nesting_is_refused_quickly()
    {
        var text = "a: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var watch = Stopwatch.StartNew();
        var file = Load(text);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        var problem = file.Problems.Should().ContainSingle().Which;
        problem.Kind.Should().Be(YamlProblemKind.TooDeep);
        problem.Message.Should().Be($"collections are nested more than {YamlLoader.MaxDepth} deep; not read further");
        problem.Location.Column.Should().Be(3 + YamlLoader.MaxDepth, "the root mapping is the first collection");
    }

    [Test]
    public void Deep_block_nesting_is_refused()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            text.Append(' ', 2 * i).Append('k').Append(i).Append(":\n");
        }

        var file = Load(text.ToString());

        file.Problems.Should().ContainSingle().Which.Kind.Should().Be(YamlProblemKind.TooDeep);
        file.Documents.Single().IsComplete.Should().BeFalse();
    }

    [Test]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlLoader.MaxDepth;
        var file = Load(new string('[', depth) + new string(']', depth) + "\n");

        file.Problems.Should().BeEmpty();
    }

    // YamlDotNet throws ArgumentException and ArgumentOutOfRangeException, with no position, on these.
    [TestCase("services: !!x]\n", "1:15-1:15", "Global tags must be valid URIs.")]
    [TestCase("services: !<x]>\n", "1:16-1:16", "Global tags must be valid URIs.")]
    [TestCase("%TAG !e! tag:e.com,2000:a]\n---\nservices: !e!x 1\n", "3:15-3:15", "Global tags must be valid URIs.")]
    [TestCase("a:\n  b: \"\\UFFFFFFFF\"\n", "2:17-2:17", "an escape sequence does not stand for a Unicode character")]
    [TestCase("a: [\"\\uD800\\uD800\"]\n", "1:18-1:18", "an escape sequence does not stand for a Unicode character")]
    public void Input_YamlDotNet_throws_on_without_a_position_is_a_syntax_problem_where_it_stopped(string text, string at, string message)
    {
        var file = Load(text);

        var problem = file.Problems.Should().ContainSingle().Subject;
        problem.Kind.Should().Be(YamlProblemKind.Syntax);
        problem.Message.Should().StartWith("not valid YAML here: ").And.Contain(message).And.NotContain("Parameter");
        At(problem.Location).Should().Be(at);
    }
}
