using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;
using Seaworthy.Text;

namespace Seaworthy.Tests.Dockerfile;

/// <summary>The stage state <see cref="DockerfileModel"/> works out in its one walk of a Dockerfile.</summary>
public sealed class StageStateTests
{
    private static DockerfileModel Model(string text, IReadOnlyDictionary<string, string>? buildArguments = null, string? target = null) =>
        DockerfileModel.Create(DockerfileParser.Parse(new SourceText("Dockerfile", text)), buildArguments, targetStage: target);

    // The state the instruction on 1-based line `line` sees.
    private static StageState At(DockerfileModel model, int line) =>
        model.StateAt(model.Syntax.Instructions.Single(instruction => instruction.StartLine == line));

    [Test]
    public void A_stage_built_on_another_starts_with_the_variables_it_ended_with()
    {
        var model = Model("FROM alpine:3.20 AS base\nENV APP=/app\nARG MODE=release\nFROM base\nRUN true\n");

        var state = At(model, 5);

        state.Lookup("APP").Should().Be("/app");
        state.Lookup("MODE").Should().Be("release");
        state.Find("APP")!.Kind.Should().Be(StageVariableKind.Environment);
        state.Find("APP")!.ValueSpan.Should().Be(new TextSpan(33, 4));
        state.Stage!.Index.Should().Be(1);
        model.StateAt(model.Stages[1].From).Lookup("APP").Should().Be("/app", "a FROM has the state its stage starts with");
    }

    [Test]
    public void A_global_ARG_is_seen_by_FROM_and_in_a_stage_only_after_it_is_declared_again()
    {
        var model = Model("ARG VERSION=1.2\nFROM alpine:${VERSION}\nRUN true\nARG VERSION\nRUN true\n");

        model.Stages[0].BaseImage.Should().Be("alpine:1.2");
        model.GlobalState.Lookup("VERSION").Should().Be("1.2");
        At(model, 1).Stage.Should().BeNull("a global ARG sees the global scope");
        At(model, 3).Lookup("VERSION").Should().BeNull();
        At(model, 3).IsDeclared("VERSION").Should().BeFalse();
        At(model, 5).Lookup("VERSION").Should().Be("1.2");
        At(model, 5).Find("VERSION")!.ValueSpan.Should().Be(new TextSpan(12, 3), "the value is written in the global ARG");
    }

    [Test]
    public void An_ARG_declared_again_after_FROM_with_a_default_uses_its_own_default()
    {
        var model = Model("ARG MODE=debug\nFROM alpine:3.20\nARG MODE=release\nRUN true\n");

        At(model, 4).Lookup("MODE").Should().Be("release");
    }

    [Test]
    public void A_build_argument_wins_over_an_ARG_default_in_the_global_scope_and_in_a_stage()
    {
        var arguments = new Dictionary<string, string> { ["TAG"] = "3.21", ["U"] = "app" };
        var model = Model("ARG TAG=3.20\nFROM alpine:${TAG}\nARG U=root\nUSER $U\nRUN true\n", arguments);

        model.Stages[0].BaseImage.Should().Be("alpine:3.21");
        var state = At(model, 5);
        state.Find("U")!.Should().Match<StageVariable>(variable => variable.Value == "app" && variable.IsBuildArgument && variable.IsKnown && variable.ValueSpan == null);
        state.User!.Value.Should().Be("app");
        state.User.IsKnown.Should().BeTrue();
    }

    [Test]
    public void Without_a_build_argument_an_ARG_has_its_default()
    {
        var model = Model("FROM alpine:3.20\nARG U=root\nUSER $U\nRUN true\n");

        At(model, 4).User!.Value.Should().Be("root");
        At(model, 4).Find("U")!.IsBuildArgument.Should().BeFalse();
    }

    [Test]
    public void A_value_built_from_a_variable_of_the_base_image_is_not_known_and_shows_it_as_written()
    {
        var model = Model("FROM alpine:3.20\nENV BIN=$HOME/bin\nARG NOVALUE\nUSER $NOVALUE\nRUN true\n");

        var state = At(model, 5);
        state.Find("BIN")!.Should().Match<StageVariable>(variable => variable.Value == "/bin" && variable.DisplayValue == "$HOME/bin" && !variable.IsKnown);
        state.Find("NOVALUE")!.Should().Match<StageVariable>(variable => variable.Value == null && !variable.IsKnown);
        state.User!.Value.Should().Be("$NOVALUE");
        state.User.IsKnown.Should().BeFalse();
        state.ExpandForDisplay("$BIN/tool").Should().Be("$HOME/bin/tool");
        state.Find("PATH")!.Should().Match<StageVariable>(variable => variable.Kind == StageVariableKind.ImageDefault && !variable.IsKnown && variable.DisplayValue == null);
    }

    [Test]
    public void In_a_chain_from_scratch_every_variable_is_known_and_an_unset_one_is_empty()
    {
        var model = Model("FROM scratch AS base\nFROM base\nENV BIN=$HOME/bin\nRUN true\n");

        var state = At(model, 4);
        state.IsComplete.Should().BeTrue();
        state.Find("BIN")!.Should().Match<StageVariable>(variable => variable.Value == "/bin" && variable.IsKnown);
        state.Find("PATH")!.IsKnown.Should().BeTrue();
    }

    [Test]
    public void A_default_that_fails_to_expand_keeps_its_text_and_BuildKits_error()
    {
        var model = Model("ARG A=${MISSING:?required}\nFROM alpine:3.20\n");

        model.GlobalState.Find("A")!.Should().Match<StageVariable>(variable => variable.Value == "${MISSING:?required}" && variable.Error == "MISSING: required" && !variable.IsKnown);
    }

    [Test]
    public void The_values_of_one_ENV_see_the_variables_as_they_were_before_it()
    {
        var model = Model("FROM scratch\nENV A=1\nENV A=2 B=$A\nRUN true\n");

        At(model, 4).Lookup("B").Should().Be("1");
        At(model, 4).Lookup("A").Should().Be("2");
    }

    [Test]
    public void SHELL_USER_WORKDIR_and_HEALTHCHECK_are_inherited_through_FROM_a_stage()
    {
        var model = Model("FROM alpine:3.20 AS base\nSHELL [\"/bin/bash\", \"-c\"]\nUSER app\nWORKDIR /srv\nHEALTHCHECK CMD true\nFROM base\nWORKDIR data\nRUN true\nFROM alpine:3.20\nRUN true\n");

        var inherited = At(model, 8);
        inherited.Shell.Name.Should().Be("bash");
        inherited.User!.Value.Should().Be("app");
        inherited.Workdir!.Value.Should().Be("/srv/data", "a relative WORKDIR is joined to the one before it");
        inherited.Workdir.IsKnown.Should().BeTrue();
        inherited.Healthcheck!.StartLine.Should().Be(5);

        var fresh = At(model, 10);
        fresh.Shell.Should().BeSameAs(EffectiveShell.Default);
        fresh.User.Should().BeNull();
        fresh.Workdir.Should().BeNull();
        fresh.Healthcheck.Should().BeNull();
    }

    [Test]
    public void A_first_relative_WORKDIR_is_not_known_unless_the_chain_starts_from_scratch()
    {
        var model = Model("FROM alpine:3.20\nWORKDIR app\nRUN true\nFROM scratch\nWORKDIR app\nRUN true\n");

        At(model, 3).Workdir!.Should().Match<StageSetting<WorkdirInstruction>>(workdir => workdir.Value == "app" && !workdir.IsKnown);
        At(model, 6).Workdir!.Should().Match<StageSetting<WorkdirInstruction>>(workdir => workdir.Value == "/app" && workdir.IsKnown);
    }

    [Test]
    public void A_Windows_image_starts_with_cmd_and_the_state_an_instruction_sees_is_the_one_before_it()
    {
        var model = Model("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN dir\n");

        At(model, 2).Shell.Should().BeSameAs(EffectiveShell.WindowsDefault);
        At(model, 3).Shell.Kind.Should().Be(ShellKind.PowerShell);
    }

    [Test]
    public void TARGETSTAGE_is_the_target_stage_and_the_target_stage_is_the_one_built()
    {
        const string Text = "FROM alpine:3.20 AS build\nARG TARGETSTAGE\nRUN true\nFROM alpine:3.20 AS final\nARG TARGETSTAGE\nARG TARGETARCH\nRUN true\n";

        var targeted = Model(Text, target: "Build");
        targeted.TargetStage!.Name.Should().Be("build");
        At(targeted, 3).Lookup("TARGETSTAGE").Should().Be("build");

        var untargeted = Model(Text);
        untargeted.TargetStage!.Name.Should().Be("final");
        At(untargeted, 7).Lookup("TARGETSTAGE").Should().Be("default");
        At(untargeted, 7).Lookup("TARGETARCH").Should().Be("amd64");
        DockerfileModel.IsAutomaticArg("TARGETSTAGE").Should().BeTrue();
        DockerfileModel.IsAutomaticArg("HOME").Should().BeFalse();

        Model(Text, target: "missing").TargetStage.Should().BeNull();
    }

    [Test]
    public void Instructions_that_change_nothing_share_one_state_and_stages_share_what_they_inherit()
    {
        var model = Model("FROM alpine:3.20 AS base\nENV A=1\nRUN a\nRUN b\nCOPY x /x\nFROM base\nRUN c\n");

        At(model, 3).Should().BeSameAs(At(model, 4)).And.BeSameAs(At(model, 5)).And.BeSameAs(model.FinalState(model.Stages[0]));
        At(model, 7).Variables.Should().Equal(At(model, 5).Variables, "the inherited variables are the same objects");
    }

    [Test]
    public void An_ONBUILD_trigger_has_the_state_of_its_ONBUILD_and_an_unknown_instruction_is_refused()
    {
        var model = Model("FROM alpine:3.20\nENV A=1\nONBUILD RUN echo $A\n");
        var onbuild = (OnbuildInstruction)model.Syntax.Instructions[2];

        model.StateAt(onbuild.Trigger!).Should().BeSameAs(model.StateAt(onbuild));

        var other = Model("FROM alpine:3.20\n");
        FluentActions.Invoking(() => model.StateAt(other.Stages[0].From)).Should().Throw<System.ArgumentException>();
    }
}
