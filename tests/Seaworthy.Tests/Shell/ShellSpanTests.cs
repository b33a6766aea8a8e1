using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;
using static Seaworthy.Tests.Shell.ShellTestHelpers;

namespace Seaworthy.Tests.Shell;

public sealed class ShellSpanTests
{
    private static RunScript Run(string dockerfile, int instruction = 0) =>
        RunScript.Create((RunInstruction)Syntax(dockerfile).Instructions[instruction], null, null, EffectiveShell.Default);

    [Test]
    public void A_word_after_a_continuation_line_points_at_its_line_and_column()
    {
        const string text = "RUN apt-get update && \\\n    apt-get install -y curl\n";
        var install = Run(text).Commands[1];
        var curl = install.Arguments[2];

        curl.Value.Should().Be("curl");
        At(text, curl.Span).Should().Be("2:24-2:28");
        At(text, install.NameWord!.Span).Should().Be("2:5-2:12");
    }

    [Test]
    public void Spans_survive_comment_lines_blank_lines_and_crlf_inside_a_run()
    {
        const string text = "FROM debian:12\r\nRUN set -eux; \\\r\n# a comment inside\r\n\r\n    apk add --no-cache \\\r\n        git  \\\r\n        \"make\"\r\n";
        var script = Scripts(text).Scripts.Single();
        var apk = script.Commands[1];

        apk.Arguments.Select(a => (a.Value, At(text, a.Span))).Should().Equal(
            ("add", "5:9-5:12"), ("--no-cache", "5:13-5:23"), ("git", "6:9-6:12"), ("make", "7:9-7:15"));
    }

    [Test]
    public void Spans_follow_continuations_of_the_escape_directive()
    {
        const string text = "# escape=`\nFROM debian:12\nRUN echo C:\\dir `\n    && ls -l\n";
        var commands = Scripts(text).Scripts.Single().Commands;

        commands[0].Arguments[0].Value.Should().Be("C:dir", because: "the shell, not the Dockerfile, reads the backslash");
        At(text, commands[1].NameWord!.Span).Should().Be("4:8-4:10");
    }

    [Test]
    public void A_word_that_crosses_a_continuation_covers_both_lines()
    {
        const string text = "RUN echo abc\\\ndef\n";
        var word = Run(text).Commands[0].Arguments[0];

        word.Value.Should().Be("abcdef");
        At(text, word.Span).Should().Be("1:10-2:4");
    }

    [Test]
    public void Spans_inside_substitutions_quotes_and_backquotes_are_exact()
    {
        const string text = "RUN echo \"$(curl -fsSL \\\n  https://x.io)\" `wget \\`date\\`` && $(\\\n  tar xzf a)\n";
        var commands = Run(text).Commands;

        commands.Select(c => (c.Name, At(text, c.NameWord!.Span))).Should().Equal(
            ("echo", "1:5-1:9"), ("curl", "1:13-1:17"), ("wget", "2:19-2:23"), ("date", "2:26-2:30"), (null, "2:37-3:13"), ("tar", "3:3-3:6"));
        At(text, commands[1].Arguments[1].Span).Should().Be("2:3-2:15");
        Cover(text, commands[3].Span).Should().Be("date", because: "backquoted escapes are removed before the body is parsed, and spans map back through them");
    }

    [Test]
    public void A_heredoc_body_named_by_the_run_maps_to_its_lines()
    {
        const string text = "FROM alpine:3.20\nRUN cat >/etc/app.conf <<EOF && \\\n    bash <<'SCRIPT'\nport=$PORT\nEOF\n  apk add curl\nSCRIPT\nUSER app\n";
        var script = Scripts(text).Scripts.Single();

        script.Script!.Problems.Should().BeEmpty();
        var cat = script.Commands[0];
        var body = cat.Redirections[1].HereDocument!;
        At(text, body.Span).Should().Be("4:1-5:1");
        At(text, body.Body!.Parts[1].Span).Should().Be("4:6-4:11");
        var apk = script.Commands.Single(c => c.Name == "apk");
        apk.Script.FedBy!.Name.Should().Be("bash");
        At(text, apk.Arguments[1].Span).Should().Be("6:11-6:15");
    }

    [Test]
    public void A_run_whose_command_is_a_heredoc_runs_the_body_and_maps_there()
    {
        const string text = "FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y \\\n    curl\nEOF\n";
        var script = Scripts(text).Scripts.Single();

        script.Form.Should().Be(RunScriptForm.Heredoc);
        var curl = script.Commands[1].Arguments[2];
        At(text, curl.Span).Should().Be("5:5-5:9");
    }

    [Test]
    public void A_chomped_heredoc_script_maps_past_the_removed_tabs()
    {
        const string text = "FROM debian:12\nRUN <<-EOF\n\t\tapt-get update\n\tEOF\n";
        var script = Scripts(text).Scripts.Single();

        At(text, script.Commands[0].Arguments[0].Span).Should().Be("3:11-3:17");
    }

    [Test]
    public void An_onbuild_run_maps_like_a_run()
    {
        const string text = "FROM debian:12\nONBUILD RUN apt-get install \\\n  -y curl\nONBUILD RUN <<EOF\napk add git\nEOF\n";
        var scripts = Scripts(text).Scripts;

        scripts.Should().OnlyContain(s => s.IsOnbuild);
        At(text, scripts[0].Commands[0].Arguments[2].Span).Should().Be("3:6-3:10");
        At(text, scripts[1].Commands[0].Arguments[1].Span).Should().Be("5:9-5:12");
    }

    [Test]
    public void Exec_form_is_one_command_whose_words_are_the_json_literals()
    {
        const string text = "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-yq\", \"caf\\u00e9\"]\n";
        var script = Scripts(text).Scripts.Single();
        var command = script.Commands.Single();

        script.Form.Should().Be(RunScriptForm.Exec);
        command.Name.Should().Be("apt-get");
        command.Words.Select(w => w.Value).Should().Equal("apt-get", "install", "-yq", "café");
        command.Words.Select(w => Cover(text, w.Span)).Should().Equal("\"apt-get\"", "\"install\"", "\"-yq\"", "\"caf\\u00e9\"");
        var options = command.GetArguments().Options;
        options.Select(o => Cover(text, o.Span)).Should().Equal("-y", "q");
        Cover(text, command.Words[3].GetValueSpan(0, 1)).Should().Be("\"caf\\u00e9\"", because: "a literal with escapes maps as a whole");
    }

    [Test]
    public void Value_spans_point_inside_quoted_and_escaped_words()
    {
        const string text = "RUN tar -x'z'\"f\" --file=a\\ b\n";
        var tar = Run(text).Commands[0];
        var arguments = tar.GetArguments(new ShellOptionSpec(string.Empty, "file"));

        arguments.Options.Select(o => (o.Name, Cover(text, o.Span))).Should().Equal(("x", "-x"), ("z", "z"), ("f", "f"), ("file", "--file"));
        Cover(text, arguments.Options[3].ValueSpan!.Value).Should().Be("a\\ b");
        arguments.Options[3].Value.Should().Be("a b");
    }
}
