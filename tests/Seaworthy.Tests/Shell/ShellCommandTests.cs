using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Shell;

namespace Seaworthy.Tests.Shell;

public sealed class ShellCommandTests
{
    private static ShellCommand Command(string text, int index = 0) => ShellParser.Parse(text).Commands[index];

    private static ShellCommand Named(string text, string name) => ShellParser.Parse(text).Commands.First(c => c.Name == name);

    [TestCase("apt-get install curl", "apt-get", "", "install curl")]
    [TestCase("/usr/bin/apt-get install curl", "apt-get", "", "install curl")]
    [TestCase("sudo apt-get install curl", "apt-get", "sudo", "install curl")]
    [TestCase("sudo -E -u app -- make all", "make", "sudo", "all")]
    [TestCase("sudo -u app DEBUG=1 make", "make", "sudo", "")]
    [TestCase("env -i -u HOME PATH=/bin npm ci", "npm", "env", "ci")]
    [TestCase("command -p ls -l", "ls", "command", "-l")]
    [TestCase("exec -a name gosu app node server.js", "node", "exec gosu", "server.js")]
    [TestCase("nice -n 10 ionice -c 3 make -j4", "make", "nice ionice", "-j4")]
    [TestCase("nice -10 make", "make", "nice", "")]
    [TestCase("nohup time -p timeout -s KILL 30s su-exec app:app ./run.sh", "run.sh", "nohup time timeout su-exec", "")]
    [TestCase("builtin set -e", "set", "builtin", "-e")]
    [TestCase("doas -u app eatmydata stdbuf -o0 pip install x", "pip", "doas eatmydata stdbuf", "install x")]
    [TestCase("xargs -0 -n1 -I{} rm -f {}", "rm", "xargs", "-f {}")]
    [TestCase("command -v curl", "command", "", "-v curl")]
    [TestCase("sudo -l", "sudo", "", "-l")]
    [TestCase("env -S 'a b'", "env", "", "-S 'a b'")]
    [TestCase("exec >/dev/null", "exec", "", "")]
    [TestCase("timeout 10", "timeout", "", "10")]
    public void Wrappers_are_stripped_to_find_the_command(string text, string name, string wrappers, string arguments)
    {
        var command = Command(text);

        command.Name.Should().Be(name);
        string.Join(" ", command.Wrappers.Select(w => w.Text)).Should().Be(wrappers);
        string.Join(" ", command.Arguments.Select(a => a.Text)).Should().Be(arguments);
    }

    [Test]
    public void A_name_with_an_expansion_is_unknown()
    {
        Command("$CC -o x x.c").Name.Should().BeNull();
        Command("sudo \"$TOOL\" x").Name.Should().BeNull();
        Command("\"apt-get\" install").Name.Should().Be("apt-get");
    }

    [Test]
    public void Environment_assignments_include_those_given_to_env_and_sudo()
    {
        var command = Command("PIP_NO_CACHE_DIR=1 sudo HOME=/root env LANG=C.UTF-8 pip install x");

        command.Assignments.Select(a => a.Name).Should().Equal("PIP_NO_CACHE_DIR");
        command.EnvironmentAssignments.Select(a => (a.Name, a.Value.Value)).Should().Equal(("PIP_NO_CACHE_DIR", "1"), ("HOME", "/root"), ("LANG", "C.UTF-8"));
        command.Words.Should().OnlyContain(w => w.Parent == command, because: "the env assignments are views; the words stay in the tree");
    }

    [Test]
    public void Xargs_marks_that_arguments_come_from_input()
    {
        Command("xargs apt-get install -y").ReadsArgumentsFromInput.Should().BeTrue();
        Command("apt-get install -y").ReadsArgumentsFromInput.Should().BeFalse();
    }

    [Test]
    public void Short_options_cluster_and_take_values_attached_or_from_the_next_word()
    {
        var arguments = Command("tar -xzvf archive.tgz -C /opt --strip-components=1 --exclude docs file").GetArguments(new ShellOptionSpec("fC", "exclude"));

        arguments.Options.Select(o => (o.Name, o.IsLong, o.Value)).Should().Equal(
            ("x", false, null), ("z", false, null), ("v", false, null), ("f", false, "archive.tgz"), ("C", false, "/opt"),
            ("strip-components", true, "1"), ("exclude", true, "docs"));
        arguments.Operands.Select(o => o.Text).Should().Equal("file");
        arguments.GetOption("f")!.ValueWord!.Text.Should().Be("archive.tgz");
        Command("tar -xfarchive.tgz").GetArguments(new ShellOptionSpec("f")).GetOption("f")!.Value.Should().Be("archive.tgz");
    }

    [Test]
    public void Arguments_read_again_with_the_same_spec_are_the_same_and_another_spec_reads_them_anew()
    {
        // The analyzers of a command read its arguments in turn; they are read once per spec, not once per reader.
        var command = Command("curl -o out -s https://example.com/x.sh");
        var withValue = new ShellOptionSpec("o");

        command.GetArguments(withValue).Should().BeSameAs(command.GetArguments(withValue));
        command.GetArguments(withValue).GetOption("o")!.Value.Should().Be("out");
        command.GetArguments().GetOption("o")!.Value.Should().BeNull("without the spec, -o takes no value");
        command.GetArguments().Operands.Select(o => o.Text).Should().Equal("out", "https://example.com/x.sh");
        command.GetArguments(withValue).Operands.Select(o => o.Text).Should().Equal("https://example.com/x.sh");
    }

    [Test]
    public void The_arguments_of_one_command_are_never_those_of_another_written_the_same()
    {
        var script = ShellParser.Parse("apt-get install -y curl && apt-get install -y curl");
        var (first, second) = (script.Commands[0], script.Commands[1]);

        var firstArguments = first.GetArguments();
        var secondArguments = second.GetArguments();

        secondArguments.Should().NotBeSameAs(firstArguments);
        secondArguments.Operands[1].Should().BeSameAs(second.Arguments[2], "each command's options and operands are its own words");
        first.GetArguments().Operands[1].Should().BeSameAs(first.Arguments[2]);
    }

    [Test]
    public void Option_spans_are_exact_in_plain_quoted_and_escaped_words_and_in_exec_form()
    {
        // A word that is its value character for character is mapped without a table; quotes and escapes use one.
        const string text = "FROM debian\nRUN curl -fsS '-kL' -\\o\"x\" --url=u\nRUN [\"curl\", \"-fsS\"]\n";
        var scripts = ShellTestHelpers.Scripts(text).Scripts;
        var shellForm = scripts[0].Commands[0].GetArguments();
        var execForm = scripts[1].Commands[0].GetArguments();

        shellForm.Options.Select(o => (o.Name, ShellTestHelpers.Cover(text, o.Span))).Should().Equal(
            ("f", "-f"), ("s", "s"), ("S", "S"), ("k", "-k"), ("L", "L"), ("o", "-\\o"), ("x", "x"), ("url", "--url"));
        shellForm.GetOption("url")!.ValueSpan.Should().Be(new Seaworthy.Text.TextSpan(text.IndexOf("=u", System.StringComparison.Ordinal) + 1, 1));
        execForm.Options.Select(o => (o.Name, ShellTestHelpers.Cover(text, o.Span))).Should().Equal(("f", "-f"), ("s", "s"), ("S", "S"));
    }

    [Test]
    public void Options_may_follow_operands_unless_the_spec_stops_at_the_first()
    {
        var gnu = Command("apt-get install curl -y --no-install-recommends -- -notanoption").GetArguments();
        gnu.Operands.Select(o => o.Text).Should().Equal("install", "curl", "-notanoption");
        gnu.HasOption("y", "yes", "assume-yes").Should().BeTrue();
        gnu.HasOption("no-install-recommends").Should().BeTrue();
        gnu.HasOption("q").Should().BeFalse();

        var posix = Command("sh -e script.sh -x").GetArguments(new ShellOptionSpec(string.Empty) { StopAtFirstOperand = true });
        posix.Options.Select(o => o.Name).Should().Equal("e");
        posix.Operands.Select(o => o.Text).Should().Equal("script.sh", "-x");
    }

    [Test]
    public void Options_with_expansions_are_marked_dynamic()
    {
        var arguments = Command("curl --retry=$N -o\"$OUT\" -$FLAGS \"$URL\" -X$METHOD").GetArguments(new ShellOptionSpec("oX"));

        arguments.Options.Select(o => (o.Name, o.Value, o.IsDynamic, o.HasValue)).Should().Equal(
            ("retry", null, true, true), ("o", null, true, true), ("X", null, true, true));
        arguments.Operands.Select(o => o.Text).Should().Equal("-$FLAGS", "\"$URL\"");
    }

    [Test]
    public void Options_given_twice_are_all_found_and_the_last_wins()
    {
        var arguments = Command("pip install -i a --index-url b -i c x").GetArguments(new ShellOptionSpec("i", "index-url"));

        arguments.GetOptions("i", "index-url").Select(o => o.Value).Should().Equal("a", "b", "c");
        arguments.GetOption("i", "index-url")!.Value.Should().Be("c");
    }

    [Test]
    public void Subshells_substitutions_and_pipelines_are_reported()
    {
        var script = ShellParser.Parse("cd /a; (cd /b && make); x=$(cd /c; pwd) ; { cd /d; ls; } | sort | uniq; echo $(a | b) | c; f() { cd /e; }");
        var commands = script.Commands;

        commands.Select(c => (c.Name, c.IsInSubshell, c.PipelineIndex)).Should().Equal(
            ("cd", false, -1), ("cd", true, -1), ("make", true, -1), (null, false, -1), ("cd", true, -1), ("pwd", true, -1),
            ("cd", false, 0), ("ls", false, 0), ("sort", false, 1), ("uniq", false, 2),
            ("echo", false, 0), ("a", true, 0), ("b", true, 1), ("c", false, 1), ("cd", false, -1));
        commands.Single(c => c.Name == "ls").Pipeline!.Commands.Should().HaveCount(3);
        commands.Single(c => c.Name == "a").Pipeline!.Commands.Should().HaveCount(2, because: "a substitution is a pipeline boundary");
        commands[0].IsInPipeline.Should().BeFalse();
    }

    [TestCase("set -o pipefail; a | b", true)]
    [TestCase("set -euo pipefail\na | b", true)]
    [TestCase("set -eo pipefail && a | b", true)]
    [TestCase("set -o errexit -o pipefail; a | b", true)]
    [TestCase("set -Eeuxo pipefail; a | b", true)]
    [TestCase("a | b; set -o pipefail", false)]
    [TestCase("set -o pipefail; set +o pipefail; a | b", false)]
    [TestCase("(set -o pipefail); a | b", false)]
    [TestCase("x=$(set -o pipefail); a | b", false)]
    [TestCase("set -o pipefail | true; a | b", false)]
    [TestCase("set -e; a | b", false)]
    [TestCase("set -- -o pipefail; a | b", false)]
    [TestCase("if true; then set -o pipefail; fi; a | b", true)]
    [TestCase("builtin set -o pipefail; a | b", true)]
    public void Pipefail_follows_set_in_source_order(string text, bool pipefail) =>
        Named(text, "a").IsPipefailEnabled.Should().Be(pipefail);

    [Test]
    public void Pipefail_and_errexit_can_be_on_from_the_start()
    {
        var script = ShellParser.Parse("a | b; set +e; c", ShellOptions.Pipefail | ShellOptions.Errexit);

        Named("a | b", "a").IsErrexitEnabled.Should().BeFalse();
        script.Commands[0].IsPipefailEnabled.Should().BeTrue();
        script.Commands[0].IsErrexitEnabled.Should().BeTrue();
        script.Commands[3].IsErrexitEnabled.Should().BeFalse();
        script.Commands[3].IsPipefailEnabled.Should().BeTrue();
    }

    [Test]
    public void A_script_fed_to_a_shell_starts_with_that_shells_options()
    {
        var script = ShellParser.Parse("set -o pipefail\nbash <<EOF\na | b\nEOF\nbash -o pipefail -s arg <<EOF\nc | d\nEOF\nbash script.sh <<EOF\ne | f\nEOF");

        script.Commands.Select(c => c.Name).Should().Equal("set", "bash", "a", "b", "bash", "c", "d", "bash");
        Named("bash <<EOF\na | b\nEOF", "a").IsPipefailEnabled.Should().BeFalse();
        script.Commands.Single(c => c.Name == "a").IsPipefailEnabled.Should().BeFalse(because: "a new shell does not inherit set options");
        script.Commands.Single(c => c.Name == "c").IsPipefailEnabled.Should().BeTrue();
        script.Commands[^1].IsPipefailEnabled.Should().BeTrue(because: "the outer script's options are back after the fed script");
    }
}
