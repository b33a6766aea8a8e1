using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Shell;
using static Seaworthy.Tests.Shell.ShellTestHelpers;

namespace Seaworthy.Tests.Shell;

public sealed class RunScriptTests
{
    [Test]
    public void The_default_shell_is_sh_dash_c()
    {
        var script = Scripts("FROM debian:12\nRUN a | b\n").Scripts.Single();

        script.Shell.CommandLine.Should().Equal("/bin/sh", "-c");
        script.Shell.Declaration.Should().BeNull();
        (script.Shell.Kind, script.Interpreter, script.Form).Should().Be((ShellKind.Posix, "sh", RunScriptForm.Shell));
        script.Commands[0].IsPipefailEnabled.Should().BeFalse();
    }

    [Test]
    public void Shell_follows_shell_instructions_per_stage_and_through_from_stage()
    {
        var scripts = Scripts(
            "FROM debian:12 AS base\nRUN a\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN b | c\n"
            + "FROM base AS child\nRUN d | e\n"
            + "FROM debian:12\nRUN f | g\n").Scripts;

        scripts.Select(s => (s.Commands[0].Name, s.Shell.Name, s.Commands[0].IsPipefailEnabled, s.Commands[0].IsErrexitEnabled)).Should().Equal(
            ("a", "sh", false, false), ("b", "bash", true, true), ("d", "bash", true, true), ("f", "sh", false, false));
        scripts[2].Shell.Declaration.Should().NotBeNull();
    }

    [TestCase("[\"/usr/bin/env\", \"bash\", \"-o\", \"pipefail\", \"-c\"]", "bash", ShellKind.Posix, true)]
    [TestCase("[\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]", "ash", ShellKind.Posix, true)]
    [TestCase("[\"/bin/busybox\", \"sh\", \"-c\"]", "sh", ShellKind.Posix, false)]
    [TestCase("[\"/bin/zsh\", \"-c\"]", "zsh", ShellKind.Posix, false)]
    [TestCase("[\"bash\", \"-c\", \"-o\", \"pipefail\"]", "bash", ShellKind.Posix, true)]
    [TestCase("[\"pwsh\", \"-Command\"]", "pwsh", ShellKind.PowerShell, false)]
    [TestCase("[\"powershell\", \"-command\"]", "powershell", ShellKind.PowerShell, false)]
    [TestCase("[\"C:\\\\Windows\\\\System32\\\\cmd.exe\", \"/S\", \"/C\"]", "cmd", ShellKind.Cmd, false)]
    [TestCase("[\"/usr/bin/fish\", \"-c\"]", "fish", ShellKind.Other, false)]
    public void Shell_instructions_are_classified(string json, string name, ShellKind kind, bool pipefail)
    {
        var script = Scripts($"FROM debian:12\nSHELL {json}\nRUN a | b\n").Scripts.Single();

        (script.Shell.Name, script.Shell.Kind).Should().Be((name, kind));
        if (kind == ShellKind.Posix)
        {
            script.Commands[0].IsPipefailEnabled.Should().Be(pipefail);
        }
        else
        {
            script.Script.Should().BeNull();
            script.SkipReason.Should().Be($"the shell is {name}, not a POSIX shell");
            script.Commands.Should().BeEmpty();
        }
    }

    [Test]
    public void A_shell_in_shell_form_is_ignored_as_buildkit_rejects_it()
    {
        Scripts("FROM debian:12\nSHELL /bin/bash -c\nRUN a\n").Scripts.Single().Shell.Name.Should().Be("sh");
    }

    [TestCase("mcr.microsoft.com/windows/servercore:ltsc2022", "")]
    [TestCase("mcr.microsoft.com/powershell:nanoserver-1809", "")]
    [TestCase("example/app:1", "--platform=windows/amd64 ")]
    public void Windows_images_default_to_cmd(string image, string flag)
    {
        var script = Scripts($"FROM {flag}{image}\nRUN dir\n").Scripts.Single();

        script.Shell.CommandLine.Should().Equal("cmd", "/S", "/C");
        script.Script.Should().BeNull();
    }

    [Test]
    public void Exec_form_is_analyzed_whatever_the_shell()
    {
        var script = Scripts("FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\nRUN [\"curl\", \"-k\", \"https://x\"]\n").Scripts.Single();

        script.Form.Should().Be(RunScriptForm.Exec);
        script.Interpreter.Should().BeNull();
        script.Commands.Single().Name.Should().Be("curl");
    }

    [TestCase("#!/bin/bash -e\na | b", "bash", false, true)]
    [TestCase("#!/usr/bin/env bash\nset -o pipefail\na | b", "bash", true, false)]
    [TestCase("#!/bin/sh\na | b", "sh", false, false)]
    [TestCase("#!/bin/dash\na | b", "dash", false, false)]
    [TestCase("#!/bin/ash -o pipefail\na | b", "ash", true, false)]
    public void A_heredoc_script_with_a_shell_shebang_runs_with_that_shell(string body, string interpreter, bool pipefail, bool errexit)
    {
        var script = Scripts($"FROM debian:12\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN <<EOF\n{body}\nEOF\n").Scripts.Single();
        var a = script.Commands.Single(c => c.Name == "a");

        script.Interpreter.Should().Be(interpreter);
        (a.IsPipefailEnabled, a.IsErrexitEnabled).Should().Be((pipefail, errexit), because: "a shebang script is executed directly, not through SHELL");
    }

    [TestCase("#!/usr/bin/env python3\nimport os", "python3")]
    [TestCase("#!/usr/bin/perl\nprint 1;", "perl")]
    [TestCase("#!/bin/zsh\necho", "zsh")]
    public void A_heredoc_script_with_another_interpreter_is_skipped(string body, string interpreter)
    {
        var script = Scripts($"FROM debian:12\nRUN <<EOF\n{body}\nEOF\n").Scripts.Single();

        script.Script.Should().BeNull();
        script.SkipReason.Should().Be($"the heredoc runs with {interpreter}, not a POSIX shell");
    }

    [Test]
    public void A_heredoc_script_without_a_shebang_runs_with_the_shell()
    {
        var scripts = Scripts("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN <<EOF\na | b\nEOF\nSHELL [\"pwsh\", \"-c\"]\nRUN <<EOF\nGet-Item\nEOF\n").Scripts;

        scripts[0].Commands[0].IsPipefailEnabled.Should().BeTrue();
        scripts[1].Script.Should().BeNull();
    }

    [Test]
    public void A_heredoc_fed_to_a_command_is_its_input_and_a_shell_reads_it_as_a_script()
    {
        var scripts = Scripts("FROM debian:12\nRUN <<EOF bash\napt-get update\nEOF\nRUN python3 <<EOF\nimport os\nEOF\n").Scripts;

        scripts[0].Form.Should().Be(RunScriptForm.Shell);
        scripts[0].Commands.Select(c => c.Name).Should().Equal("bash", "apt-get");
        scripts[1].Commands.Select(c => c.Name).Should().Equal("python3");
        scripts.Should().OnlyContain(s => !s.Script!.HasProblems);
    }

    [Test]
    public void Onbuild_run_uses_the_last_shell_of_its_stage()
    {
        var scripts = Scripts("FROM debian:12\nONBUILD RUN a | b\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN c | d\n").Scripts;

        scripts.Select(s => (s.IsOnbuild, s.Commands[0].Name, s.Commands[0].IsPipefailEnabled)).Should().Equal((true, "a", true), (false, "c", true));
        scripts[0].Onbuild.Should().NotBeNull();
        scripts[0].OuterInstruction.Should().BeSameAs(scripts[0].Onbuild);
    }

    [Test]
    public void A_run_before_the_first_from_has_no_stage()
    {
        var script = Scripts("RUN echo hi\nFROM debian:12\n").Scripts.Single();

        script.Stage.Should().BeNull();
        script.Commands.Single().Name.Should().Be("echo");
    }

    [TestCase("RUN cat <<EOF\nbody\n", "here-document `EOF` is not terminated")]
    [TestCase("RUN cat x<<EOF\n", "here-document `EOF` has no body")]
    public void Heredocs_the_dockerfile_and_the_shell_see_differently_are_problems(string run, string problem)
    {
        var script = Scripts("FROM debian:12\n" + run).Scripts.Single();

        script.Script!.Problems.Select(p => p.Message).Should().Contain(problem);
    }
}
