using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Testing;
using Seaworthy.Text;

namespace Seaworthy.Tests.Dockerfile;

public sealed class DockerfileParserTests
{
    private static DockerfileSyntax Parse(string text) => DockerfileParser.Parse(new SourceText("Dockerfile", text));

    private static string At(DockerfileSyntax syntax, TextSpan span)
    {
        var location = syntax.Text.GetLocation(span);
        return $"{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";
    }

    [Test]
    public void Arguments_flags_and_keywords_have_exact_spans()
    {
        var syntax = Parse("FROM alpine:3.20 AS base\n  copy --chown=app:app  src/ /app/\n");
        var from = (FromInstruction)syntax.Instructions[0];
        var copy = syntax.Instructions[1];

        At(syntax, from.Image!.Span).Should().Be("1:6-1:17");
        At(syntax, from.StageName!.Span).Should().Be("1:21-1:25");
        At(syntax, copy.KeywordSpan).Should().Be("2:3-2:7");
        copy.Flags.Single().Text.Should().Be("--chown=app:app");
        copy.Flags.Single().Name.Should().Be("chown");
        copy.Flags.Single().Value.Should().Be("app:app");
        At(syntax, copy.Flags.Single().Span).Should().Be("2:8-2:23");
        copy.Arguments.Select(a => At(syntax, a.Span)).Should().Equal("2:25-2:29", "2:30-2:35");
    }

    [TestCase("healthcheck NONE", InstructionKind.Healthcheck)]
    [TestCase("HeAlThChEcK NONE", InstructionKind.Healthcheck)]
    [TestCase("HEALTHCHEC\u212A NONE", InstructionKind.Healthcheck, Description = "the Kelvin sign lowers to k, as in BuildKit's strings.ToLower")]
    [TestCase("HEALTHCHECKS NONE", InstructionKind.Unknown)]
    [TestCase("entrypointentrypoint x", InstructionKind.Unknown)]
    [TestCase("Run echo", InstructionKind.Run)]
    public void Keywords_are_matched_lowered_in_any_case(string line, InstructionKind kind)
    {
        Parse("FROM scratch\n" + line + "\n").Instructions[1].Kind.Should().Be(kind);
    }

    [Test]
    public void Each_instruction_and_an_onbuild_trigger_keep_their_own_flags_and_arguments()
    {
        // The parser reuses its lists from one instruction to the next, and an ONBUILD parses its trigger with them.
        var syntax = Parse("FROM scratch\nRUN --network=none echo a\nONBUILD RUN --mount=type=cache,target=/c echo b\nCOPY --chown=1 x y\nENV A=1 B=2\nARG C=3\n");
        var run = syntax.Instructions[1];
        var onbuild = (OnbuildInstruction)syntax.Instructions[2];
        var copy = syntax.Instructions[3];

        run.Flags.Select(f => f.Text).Should().Equal("--network=none");
        run.Arguments.Select(a => a.Value).Should().Equal("echo a");
        onbuild.Flags.Should().BeEmpty();
        onbuild.Trigger!.Flags.Select(f => f.Text).Should().Equal("--mount=type=cache,target=/c");
        onbuild.Trigger.Arguments.Select(a => a.Value).Should().Equal("echo b");
        copy.Flags.Select(f => f.Text).Should().Equal("--chown=1");
        copy.Arguments.Select(a => a.Value).Should().Equal("x", "y");
        ((EnvInstruction)syntax.Instructions[4]).Pairs.Select(p => p.Key).Should().Equal("A", "B");
        ((ArgInstruction)syntax.Instructions[5]).Declarations.Select(d => d.Name).Should().Equal("C");
        syntax.Instructions[4].Flags.Should().BeEmpty();
    }

    [Test]
    public void Positions_survive_continuation_lines()
    {
        var syntax = Parse("ENV A=1 \\\n    B=two \\\n    C=3\nUSER app\n");
        var env = (EnvInstruction)syntax.Instructions[0];

        env.Pairs.Select(p => (p.Key, p.Value)).Should().Equal(("A", "1"), ("B", "two"), ("C", "3"));
        At(syntax, env.Pairs[1].KeySpan).Should().Be("2:5-2:6");
        At(syntax, env.Pairs[1].ValueSpan).Should().Be("2:7-2:10");
        (env.StartLine, env.EndLine).Should().Be((1, 3));
        At(syntax, env.Span).Should().Be("1:1-3:8");
        syntax.Instructions[1].StartLine.Should().Be(4);
    }

    [Test]
    public void Empty_continuation_lines_are_skipped_and_recorded()
    {
        var syntax = Parse("RUN a \\\n\n  \n    b\nUSER app\n");

        syntax.Instructions[0].Arguments.Single().Value.Should().Be("a     b");
        syntax.EmptyContinuationLines.Select(span => At(syntax, span)).Should().Equal("2:1-2:1", "3:1-3:3");
    }

    [Test]
    public void Json_form_elements_point_at_their_literals()
    {
        var syntax = Parse("CMD [\"node\", \"server.js\"]\n");
        var cmd = syntax.Instructions[0];

        cmd.IsJsonForm.Should().BeTrue();
        cmd.Arguments.Select(a => a.Value).Should().Equal("node", "server.js");
        cmd.Arguments.Select(a => At(syntax, a.Span)).Should().Equal("1:6-1:12", "1:14-1:25");
    }

    [Test]
    public void Heredocs_are_read_in_order_with_their_options()
    {
        var syntax = Parse("RUN <<EOF cat >/a <<-'END'\necho $HOME\nEOF\n\tliteral $X\n\tEND\nUSER app\n");
        var run = syntax.Instructions[0];

        run.Heredocs.Select(h => (h.Name, h.Expand, h.Chomp, h.Terminated)).Should().Equal(("EOF", true, false, true), ("END", false, true, true));
        run.Heredocs[0].Content.Should().Be("echo $HOME\n");
        run.Heredocs[1].Content.Should().Be("\tliteral $X\n");
        (run.StartLine, run.EndLine).Should().Be((1, 5));
        syntax.Instructions[1].Keyword.Should().Be("USER");
        syntax.Errors.Should().BeEmpty();
    }

    [Test]
    public void An_unterminated_heredoc_is_an_error_and_the_body_is_kept()
    {
        var syntax = Parse("FROM alpine:3.20\nRUN <<EOF\necho hi\n");

        syntax.Errors.Should().ContainSingle().Which.Message.Should().Be("unterminated heredoc EOF");
        At(syntax, syntax.Errors[0].Span).Should().Be("2:1-2:4");
        syntax.Instructions[1].Heredocs.Single().Content.Should().Be("echo hi\n");
    }

    [Test]
    public void Errors_do_not_stop_the_parse()
    {
        var syntax = Parse("FROM alpine:3.20\nENV PATH\nCMD [\"a\", 1]\nLABEL a b=c\nUSER app\n");

        syntax.Errors.Select(e => (e.Message, At(syntax, e.Span))).Should().Equal(
            ("ENV must have two arguments", "2:5-2:9"),
            ("when using JSON array syntax, arrays must be comprised of strings only", "3:5-3:13"));
        syntax.Instructions.Select(i => i.Kind).Should().Equal(
            InstructionKind.From, InstructionKind.Env, InstructionKind.Cmd, InstructionKind.Label, InstructionKind.User);
    }

    [Test]
    public void Crlf_line_endings_and_a_byte_order_mark_do_not_shift_positions()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("FROM alpine:3.20\r\nUSER root\r\n")).ToArray();
        var decoded = SourceDecoder.Decode("Dockerfile", bytes);
        var syntax = DockerfileParser.Parse(decoded.Text!);

        var user = (UserInstruction)syntax.Instructions[1];
        user.User!.Value.Should().Be("root");
        At(syntax, user.User.Span).Should().Be("2:6-2:10");
        At(syntax, syntax.Instructions[0].KeywordSpan).Should().Be("1:1-1:5");
    }

    [Test]
    public void Directives_are_read_only_in_the_header()
    {
        var syntax = Parse("# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:3.20\n# check=skip=all\nRUN echo `\n  hi\n");

        syntax.Directives.Select(d => (d.Name, d.Value)).Should().Equal(("syntax", "docker/dockerfile:1"), ("escape", "`"));
        syntax.EscapeCharacter.Should().Be('`');
        syntax.Instructions[1].Arguments.Single().Value.Should().Be("echo   hi");
    }

    [Test]
    public void Repeated_and_invalid_directives_are_errors()
    {
        Parse("# escape=\\\n# escape=`\nFROM a\n").Errors.Single().Message.Should().Be("only one escape parser directive can be used");
        Parse("# escape=x\nFROM a\n").Errors.Single().Message.Should().Be("invalid escape token 'x' does not match ` or \\");
    }

    [Test]
    public void Onbuild_wraps_a_typed_instruction()
    {
        var syntax = Parse("FROM a\nONBUILD USER root\n");
        var onbuild = (OnbuildInstruction)syntax.Instructions[1];

        var trigger = onbuild.Trigger.Should().BeOfType<UserInstruction>().Subject;
        At(syntax, trigger.User!.Span).Should().Be("2:14-2:18");
    }

    [Test]
    public void A_50000_instruction_file_parses_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("RUN echo hello \\\n    world\n", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var syntax = Parse("FROM alpine:3.20\n" + text);
        watch.Stop();

        syntax.Instructions.Should().HaveCount(50_001);
        syntax.Instructions[^1].EndLine.Should().Be(100_001);
        watch.Elapsed.TotalSeconds.Should().BeLessThan(5);
    }

    [Test]
    public void Every_corpus_dockerfile_parses_with_spans_inside_the_file()
    {
        var files = Directory.GetFiles(TestPaths.CorpusPath("dockerfiles"), "Dockerfile*", SearchOption.AllDirectories);
        files.Should().HaveCountGreaterThan(200);
        foreach (var path in files)
        {
            var decoded = SourceDecoder.Decode(path, File.ReadAllBytes(path));
            decoded.Text.Should().NotBeNull(path);
            var syntax = DockerfileParser.Parse(decoded.Text!);
            var length = decoded.Text!.Text.Length;
            foreach (var instruction in syntax.Instructions)
            {
                var spans = new[] { instruction.Span, instruction.KeywordSpan, instruction.ArgumentsSpan }
                    .Concat(instruction.Arguments.Select(a => a.Span))
                    .Concat(instruction.Flags.Select(f => f.Span));
                foreach (var span in spans)
                {
                    (span.Start >= 0 && span.End <= length && span.Length >= 0).Should().BeTrue($"{path}: {span} of {instruction.Keyword} lies inside the file");
                    instruction.Span.Contains(span).Should().BeTrue($"{path}: {span} lies inside its instruction {instruction.Span}");
                }
            }
        }
    }
}
