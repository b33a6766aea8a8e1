using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Tests.Engine;

public sealed class FixTests
{
    private static readonly RuleDescriptor Lowercase = Rule("TEST101", FixSafety.Safe);

    private static readonly RuleDescriptor RootUser = Rule("TEST102", FixSafety.Unsafe);

    [Test]
    public void A_finding_carries_its_fix_and_the_safe_fix_is_applied_until_nothing_is_left()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new KeywordAnalyzer(), new RootUserAnalyzer() });

        var finding = engine.AnalyzeText("Dockerfile", "from a\nUSER root\n").Diagnostics.Single(d => d.Id == "TEST101");
        finding.Fixes.Should().ContainSingle().Which.Edits.Should().Equal(new TextEdit(new TextSpan(0, 4), "FROM"));

        var safe = engine.FixText("Dockerfile", "from a\nuser root\n");
        safe.Text.Should().Be("FROM a\nUSER root\n");
        safe.FixedByRule.Should().Equal(new Dictionary<string, int> { ["TEST101"] = 2 });
        safe.Remaining.Diagnostics.Select(d => d.Id).Should().Equal("TEST102");

        var unsafeToo = engine.FixText("Dockerfile", "from a\nuser root\n", FixSafety.Unsafe);
        unsafeToo.Text.Should().Be("FROM a\nUSER app\n");
        unsafeToo.Remaining.Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Overlapping_fixes_take_the_first_and_the_rest_wait_for_the_next_round()
    {
        var text = "abcdef";
        var first = Fix.Safe("first", new TextEdit(new TextSpan(1, 3), "X"));
        var second = Fix.Safe("second", new TextEdit(new TextSpan(2, 3), "Y"));
        var insertion = Fix.Safe("insert", TextEdit.Insert(5, "Z"));

        var (result, applied) = FixApplier.Apply(text, new[] { second, insertion, first }, fix => fix);

        result.Should().Be("aXeZf");
        applied.Should().Equal(first, insertion);
    }

    [Test]
    public void Inserted_line_breaks_take_the_files_line_ending_and_secrets_are_never_edited()
    {
        var insert = Fix.Safe("line", TextEdit.Insert(3, "\nnew"));
        FixApplier.Apply("one\r\ntwo\r\n", new[] { insert }, fix => fix).Text.Should().Be("one\r\nnew\r\ntwo\r\n");
        FixApplier.Apply("one\ntwo\n", new[] { insert }, fix => fix).Text.Should().Be("one\nnew\ntwo\n");

        var secret = new[] { new TextSpan(2, 4) };
        FixApplier.Apply("one\ntwo\n", new[] { Fix.Safe("x", new TextEdit(new TextSpan(0, 3), "ONE")) }, fix => fix, secret).Applied.Should().BeEmpty();
    }

    [Test]
    public void A_fix_the_descriptor_does_not_declare_is_an_analyzer_failure()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new UndeclaredFixAnalyzer() });

        engine.AnalyzeText("Dockerfile", "FROM a\n").Diagnostics.Select(d => d.Id).Should().Equal("SW0004");
    }

    [Test]
    public void A_fix_that_breaks_the_file_is_refused()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new BreakingAnalyzer() });

        var result = engine.FixText("Dockerfile", "FROM a\n");

        result.Changed.Should().BeFalse();
        result.Fixed.Should().Be(0);
        result.Refused.Should().ContainSingle().Which.Reason.Should().Be("the file would no longer parse cleanly (SW0001 at line 1)");
    }

    [Test]
    public void A_fix_that_leaves_its_finding_or_makes_a_new_one_is_refused_and_the_good_ones_are_kept()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new KeywordAnalyzer(), new RootUserAnalyzer(), new BadFixAnalyzer() });
        const string text = "from a\r\nUSER nobody\r\nWORKDIR x\r\n";

        var result = engine.FixText("Dockerfile", text);

        result.Text.Should().Be("FROM a\r\nUSER nobody\r\nWORKDIR x\r\n");
        result.FixedByRule.Should().Equal(new Dictionary<string, int> { ["TEST101"] = 1 });
        result.Refused.Select(refused => (refused.Diagnostic.Id, refused.Fix.Title, refused.Reason)).Should().Equal(
            ("TEST105", "Note the user", "its finding would remain"),
            ("TEST106", "Make the folder absolute", "it would make a new finding, TEST102 [test-test102] at line 4"));
        result.Remaining.Diagnostics.Select(d => d.Id).Should().Equal("TEST105", "TEST106");

        // With unsafe fixes the new finding's own fix is a follow-up: the fix is kept with it.
        var unsafeToo = engine.FixText("Dockerfile", text, FixSafety.Unsafe);
        unsafeToo.Text.Should().Be("FROM a\r\nUSER nobody\r\nWORKDIR /x\r\nUSER app\r\n");
        unsafeToo.FixedByRule.Should().Equal(new Dictionary<string, int> { ["TEST101"] = 1, ["TEST102"] = 1, ["TEST106"] = 1 });
        unsafeToo.Refused.Select(refused => refused.Diagnostic.Id).Should().Equal("TEST105");
    }

    [Test]
    public void Many_fixes_are_checked_together_and_one_bad_fix_among_them_sends_them_one_by_one()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new KeywordAnalyzer(), new RootUserAnalyzer(), new BadFixAnalyzer() });
        var lines = string.Concat(Enumerable.Repeat("run true\n", 20_000));

        var many = engine.FixText("Dockerfile", "FROM a\n" + lines);

        many.Text.Should().Be("FROM a\n" + string.Concat(Enumerable.Repeat("RUN true\n", 20_000)));
        many.FixedByRule.Should().Equal(new Dictionary<string, int> { ["TEST101"] = 20_000 });

        var withBad = engine.FixText("Dockerfile", "FROM a\n" + string.Concat(Enumerable.Repeat("run true\n", 40)) + "WORKDIR x\n");

        withBad.FixedByRule.Should().Equal(new Dictionary<string, int> { ["TEST101"] = 40 });
        withBad.Refused.Should().ContainSingle().Which.Diagnostic.Id.Should().Be("TEST106");
    }

    [Test]
    public void A_finding_maps_back_through_an_edit_that_lengthens_it()
    {
        var edits = new[] { TextEdit.Insert(10, " -y"), new TextEdit(new TextSpan(20, 2), "x") };
        const string before = "RUN apt-get install curl && ab";

        FixApplier.MapBack(4, edits, before, isEnd: false).Should().Be(4);
        FixApplier.MapBack(13, edits, before, isEnd: false).Should().Be(10, "a span that starts after the insertion starts where it did");
        FixApplier.MapBack(11, edits, before, isEnd: true).Should().Be(10, "inside new text an end maps to the edited span's end");
        FixApplier.MapBack(24, edits, before, isEnd: true).Should().Be(22);
        FixApplier.MapBack(32, edits, before, isEnd: true).Should().Be(30);
    }

    private static RuleDescriptor Rule(string id, FixSafety? safety) =>
        new(id, "test-" + id.ToLowerInvariant(), "Test rule", "{0}", RuleCategory.Correctness, Severity.Warning, true, Surfaces.Dockerfile, "https://example.invalid/" + id, System.Array.Empty<string>())
        {
            FixSafety = safety,
        };

    private sealed class KeywordAnalyzer : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Lowercase };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<Instruction>(c =>
            {
                var keyword = c.Dockerfile.Syntax.Text.ToString(c.Instruction.KeywordSpan);
                if (!string.Equals(keyword, keyword.ToUpperInvariant(), System.StringComparison.Ordinal))
                {
                    c.Report(Lowercase, c.GetLocation(c.Instruction.KeywordSpan), Fix.Safe("Upper-case the keyword", new TextEdit(c.Instruction.KeywordSpan, keyword.ToUpperInvariant())), keyword);
                }
            });
    }

    private sealed class RootUserAnalyzer : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { RootUser };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<UserInstruction>(c =>
            {
                if (c.Instruction.User is { Value: "root" } user)
                {
                    c.Report(RootUser, c.GetLocation(user.Span), Fix.Unsafe("Run as app", new TextEdit(user.Span, "app")), "root");
                }
            });
    }

    private sealed class UndeclaredFixAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor NoFix = Rule("TEST103", null);

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { NoFix };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<FromInstruction>(c => c.Report(NoFix, c.GetLocation(c.Instruction.KeywordSpan), Fix.Safe("x", TextEdit.Insert(0, "x")), "x"));
    }

    // Two deliberately bad fixes: one that leaves its finding where it was, one that makes a finding of another rule.
    private sealed class BadFixAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Leaves = Rule("TEST105", FixSafety.Safe);

        private static readonly RuleDescriptor Makes = Rule("TEST106", FixSafety.Safe);

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Leaves, Makes };

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterInstruction<UserInstruction>(c =>
            {
                if (c.Instruction.User is { Value: "nobody" })
                {
                    c.Report(Leaves, c.GetLocation(c.Instruction.KeywordSpan), Fix.Safe("Note the user", TextEdit.Insert(c.Instruction.Span.Start, "# the user\n")), "x");
                }
            });
            context.RegisterInstruction<WorkdirInstruction>(c =>
            {
                if (c.Instruction.Arguments.Count > 0 && c.Instruction.Arguments[0] is { } path && path.Value[0] != '/')
                {
                    c.Report(Makes, c.GetLocation(path.Span), Fix.Safe("Make the folder absolute", new TextEdit(path.Span, "/" + path.Value + "\nUSER root")), "x");
                }
            });
        }
    }

    private sealed class BreakingAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Breaks = Rule("TEST104", FixSafety.Safe);

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Breaks };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<FromInstruction>(c => c.Report(Breaks, c.GetLocation(c.Instruction.KeywordSpan), Fix.Safe("break", TextEdit.Delete(c.Instruction.Span)), "x"));
    }
}
