using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Tests.Yaml;

public sealed class YamlEditsTests
{
    private static YamlFile Load(string text) => YamlLoader.Load(new SourceText("test.yaml", text));

    private static YamlMapping Root(YamlFile file, int document = 0) => (YamlMapping)file.Documents[document].Root!;

    // Applies the edit as --fix does: line breaks take the file's line ending.
    private static string Apply(YamlFile file, TextEdit? edit)
    {
        edit.Should().NotBeNull();
        return FixApplier.Apply(file.Text.Text, new[] { Fix.Unsafe("test", edit!) }, fix => fix).Text;
    }

    private static YamlScalar Scalar(YamlMapping mapping, string key) => (YamlScalar)mapping.Find(key)!.Value;

    [TestCase("a: true\n", "a: false\n")]
    [TestCase("a: 'true'\n", "a: 'false'\n")]
    [TestCase("a: \"true\" # c\n", "a: \"false\" # c\n")]
    [TestCase("a: !!str x\n", "a: !!str false\n")]
    public void ReplaceScalar_keeps_the_quoting_style(string text, string expected)
    {
        var file = Load(text);
        Apply(file, YamlEdits.ReplaceScalar(Scalar(Root(file), "a"), "false")).Should().Be(expected);
    }

    [Test]
    public void ReplaceScalar_quotes_what_cannot_be_plain_and_escapes()
    {
        var file = Load("a: x\nb: 'x'\nc: \"x\"\n");
        var root = Root(file);
        Apply(file, YamlEdits.ReplaceScalar(Scalar(root, "a"), "k: v #")).Should().Be("a: \"k: v #\"\nb: 'x'\nc: \"x\"\n");
        Apply(file, YamlEdits.ReplaceScalar(Scalar(root, "b"), "it's")).Should().Be("a: x\nb: 'it''s'\nc: \"x\"\n");
        Apply(file, YamlEdits.ReplaceScalar(Scalar(root, "c"), "a\"b\\")).Should().Be("a: x\nb: 'x'\nc: \"a\\\"b\\\\\"\n");
        Load(Apply(file, YamlEdits.ReplaceScalar(Scalar(root, "c"), "a\"b\\"))).Documents[0].Root.As<YamlMapping>().GetScalar("c")!.Value.Should().Be("a\"b\\");
    }

    [Test]
    public void ReplaceScalar_leaves_block_and_empty_scalars()
    {
        var root = Root(Load("a: |\n  x\nb:\n"));
        YamlEdits.ReplaceScalar(Scalar(root, "a"), "y").Should().BeNull();
        YamlEdits.ReplaceScalar(Scalar(root, "b"), "y").Should().BeNull();
    }

    [Test]
    public void Quote_quotes_a_plain_scalar_only()
    {
        var file = Load("ports:\n  - 22:22\n  - \"80:80\"\n");
        var items = Root(file).GetSequence("ports")!.Items.Cast<YamlScalar>().ToList();
        Apply(file, YamlEdits.Quote(items[0])).Should().Be("ports:\n  - \"22:22\"\n  - \"80:80\"\n");
        YamlEdits.Quote(items[1]).Should().BeNull();
    }

    [Test]
    public void RemoveEntry_removes_the_lines_of_the_entry_and_its_inline_comment_but_not_the_comments_above()
    {
        var text = "services:\n  web:\n    image: x\n    # needed for docker in docker\n    privileged: true # yes\n    read_only: true\n";
        var file = Load(text);
        var web = Root(file).GetMappingAt("services", "web")!;
        Apply(file, YamlEdits.RemoveEntry(web, web.Find("privileged")!))
            .Should().Be("services:\n  web:\n    image: x\n    # needed for docker in docker\n    read_only: true\n");
    }

    [Test]
    public void RemoveEntry_removes_a_block_value_whole()
    {
        var file = Load("a: 1\nb:\n  c: |\n    text\n\n    more\n  d: [1,\n    2]\nz: 2\n");
        var root = Root(file);
        Apply(file, YamlEdits.RemoveEntry(root, root.Find("b")!)).Should().Be("a: 1\nz: 2\n");
    }

    [Test]
    public void RemoveEntry_of_the_last_line_without_a_line_break_takes_the_line_break_before_it()
    {
        var file = Load("a: 1\r\nb: 2");
        var root = Root(file);
        Apply(file, YamlEdits.RemoveEntry(root, root.Find("b")!)).Should().Be("a: 1");
    }

    [Test]
    public void RemoveEntry_of_the_first_entry_of_a_sequence_item_moves_the_next_one_behind_the_dash()
    {
        var file = Load("c:\n- hostPID: true\n  name: x\n- name: y\n");
        var item = (YamlMapping)Root(file).GetSequence("c")!.Items[0];
        Apply(file, YamlEdits.RemoveEntry(item, item.Find("hostPID")!)).Should().Be("c:\n- name: x\n- name: y\n");
    }

    [Test]
    public void RemoveEntry_keeps_crlf()
    {
        var file = Load("a: 1\r\nb: 2\r\nc: 3\r\n");
        var root = Root(file);
        Apply(file, YamlEdits.RemoveEntry(root, root.Find("b")!)).Should().Be("a: 1\r\nc: 3\r\n");
    }

    [TestCase("a: {b: 1, c: 2}\n")]
    [TestCase("a:\n  b: 1\n")]
    [TestCase("a:\n  b: 1\n  <<: {c: 2}\n")]
    public void RemoveEntry_refuses_what_it_cannot_remove_by_lines(string text)
    {
        var a = Root(Load(text)).GetMapping("a")!;
        YamlEdits.RemoveEntry(a, a.Find("b")!).Should().BeNull();
        if (a.Find("c") is { } merged)
        {
            YamlEdits.RemoveEntry(a, merged).Should().BeNull();
        }
    }

    [Test]
    public void Set_inserts_into_an_existing_mapping_at_the_siblings_indentation()
    {
        var file = Load("spec:\n  containers:\n    - name: app\n      image: x # pinned\n      securityContext:\n        runAsUser: 1000\n    - name: b\n");
        var container = (YamlMapping)Root(file).GetMappingAt("spec")!.GetSequence("containers")!.Items[0];
        Apply(file, YamlEdits.Set(container, "false", "securityContext", "allowPrivilegeEscalation"))
            .Should().Be("spec:\n  containers:\n    - name: app\n      image: x # pinned\n      securityContext:\n        runAsUser: 1000\n        allowPrivilegeEscalation: false\n    - name: b\n");
    }

    [Test]
    public void Set_creates_missing_mappings_one_step_deeper_each_at_the_dash_plus_two_column()
    {
        var file = Load("containers:\n- name: app\n  image: x\n- name: b\n");
        var container = (YamlMapping)Root(file).GetSequence("containers")!.Items[0];
        Apply(file, YamlEdits.Set(container, "[ALL]", "securityContext", "capabilities", "drop"))
            .Should().Be("containers:\n- name: app\n  image: x\n  securityContext:\n    capabilities:\n      drop: [ALL]\n- name: b\n");
    }

    [Test]
    public void Set_on_a_one_line_sequence_item_inserts_below_it()
    {
        var file = Load("containers:\n  - name: app\n");
        var container = (YamlMapping)Root(file).GetSequence("containers")!.Items[0];
        Apply(file, YamlEdits.Set(container, "true", "securityContext", "runAsNonRoot"))
            .Should().Be("containers:\n  - name: app\n    securityContext:\n      runAsNonRoot: true\n");
    }

    [Test]
    public void Set_uses_the_indentation_step_of_the_file()
    {
        var file = Load("web:\n    image: x\n    deploy:\n        replicas: 1\n");
        var web = Root(file).GetMapping("web")!;
        Apply(file, YamlEdits.Set(web, "true", "a", "b")).Should().Be("web:\n    image: x\n    deploy:\n        replicas: 1\n    a:\n        b: true\n");
    }

    [Test]
    public void Set_replaces_an_existing_scalar_and_changes_nothing_when_it_is_already_set()
    {
        var file = Load("securityContext:\n  privileged: true\n  runAsNonRoot: true\n");
        var root = Root(file);
        Apply(file, YamlEdits.Set(root, "false", "securityContext", "privileged")).Should().Be("securityContext:\n  privileged: false\n  runAsNonRoot: true\n");
        YamlEdits.Set(root, "true", "securityContext", "runAsNonRoot").Should().BeNull();
        var quoted = Load("a:\n  b: \"true\" # c\n  d: |\n    x\n");
        Apply(quoted, YamlEdits.Set(Root(quoted), "false", "a", "b")).Should().Be("a:\n  b: false # c\n  d: |\n    x\n");
        YamlEdits.Set(Root(quoted), "y", "a", "d").Should().BeNull();
    }

    [Test]
    public void Set_at_the_end_of_a_file_without_a_line_break_and_with_crlf()
    {
        var file = Load("a:\r\n  b: 1");
        Apply(file, YamlEdits.Set(Root(file), "2", "a", "c")).Should().Be("a:\r\n  b: 1\r\n  c: 2");
        var crlf = Load("a:\r\n  b: 1\r\nz: 0\r\n");
        Apply(crlf, YamlEdits.Set(Root(crlf), "2", "a", "c", "d")).Should().Be("a:\r\n  b: 1\r\n  c:\r\n    d: 2\r\nz: 0\r\n");
    }

    [Test]
    public void Set_in_the_second_document_of_a_stream()
    {
        var file = Load("a: 1\n---\nspec:\n  x: 1\n---\nb: 2\n");
        Apply(file, YamlEdits.Set(Root(file, 1), "true", "spec", "y")).Should().Be("a: 1\n---\nspec:\n  x: 1\n  y: true\n---\nb: 2\n");
    }

    [TestCase("a: {b: 1}\n", "a")]
    [TestCase("base: &base\n  b: 1\nc: *base\n", "c")]
    [TestCase("a: &shared\n  b: 1\n", "a")]
    [TestCase("a: [1]\n", "a")]
    [TestCase("a:\n", "a")]
    public void Set_refuses_flow_aliased_anchored_and_non_mapping_steps(string text, string key)
    {
        YamlEdits.Set(Root(Load(text)), "true", key, "x").Should().BeNull();
    }

    [Test]
    public void Set_does_not_edit_a_key_merged_in()
    {
        var root = Root(Load("base: &base\n  x: 1\nc:\n  <<: *base\n  y: 2\n"));
        YamlEdits.Set(root, "2", "c", "x").Should().BeNull();
    }

    [Test]
    public void FindMappingUnderKey_finds_a_mapping_by_its_key_in_any_document()
    {
        var file = Load("a: 1\n---\nservices:\n  web:\n    image: x\n");
        var web = Root(file, 1).GetMapping("services")!.Find("web")!;
        YamlEdits.FindMappingUnderKey(file, web.Key.Span).Should().BeSameAs(web.Value);
        YamlEdits.FindMappingUnderKey(file, new TextSpan(0, 1)).Should().BeNull();
    }

    // A long mapping is searched by halving: every key is found, past block scalars, aliases and flow values, and a
    // mapping with a merge key (whose merged entries lie anywhere) the same way.
    [TestCase("")]
    [TestCase("  <<: *base\n")]
    public void FindMappingUnderKey_finds_every_key_of_a_long_mapping(string merge)
    {
        var text = new System.Text.StringBuilder("base: &base\n  merged:\n    image: m\nservices:\n").Append(merge);
        for (var i = 0; i < 40; i++)
        {
            text.Append((i % 4) switch
            {
                0 => $"  s{i}:\n    image: x\n",
                1 => $"  s{i}: *base\n  t{i}:\n    command: |\n      run\n\n",
                2 => $"  s{i}: {{image: y}}\n",
                _ => $"  s{i}:\n    labels: [a]\n",
            });
        }

        var file = Load(text.ToString());
        var services = Root(file).GetMapping("services")!;
        foreach (var entry in services.Entries.Where(entry => !entry.IsMerged))
        {
            var aliased = entry.Value.Span.Start < entry.Key.Span.End;
            YamlEdits.FindMappingUnderKey(file, entry.Key.Span).Should().BeSameAs(aliased ? null : entry.Value as YamlMapping, entry.KeyText);
        }

        YamlEdits.FindMappingUnderKey(file, new TextSpan(text.Length - 1, 1)).Should().BeNull();
    }
}
