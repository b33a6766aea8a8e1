using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Dockerfile;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Tests.Dockerfile;

public sealed class DockerfileModelTests
{
    private static DockerfileModel Model(string text) => DockerfileModel.Create(DockerfileParser.Parse(new SourceText("Dockerfile", text)));

    [Test]
    public void FROM_sees_global_ARG_defaults_and_stages_link_by_name_copy_and_mount()
    {
        var model = Model("ARG BASE=alpine:3.20\nFROM ${BASE} AS base\nFROM base AS build\nFROM alpine:3.20 AS tools\nFROM scratch\nCOPY --from=build /a /a\nRUN --mount=type=bind,from=tools,target=/t true\n");

        model.Stages.Select(s => (s.Name, s.BaseImage, s.BaseStage?.Name, s.IsReferenced)).Should().Equal(
            ("base", "alpine:3.20", null, true),
            ("build", "base", "base", true),
            ("tools", "alpine:3.20", null, true),
            (null, "scratch", null, false));
    }

    [Test]
    public void A_repeated_ARG_without_a_default_keeps_the_value_it_has()
    {
        var model = Model("FROM alpine:3.20\nARG MODE=release\nARG MODE\nUSER $MODE\n");

        var image = DockerfileContainerAdapter.Describe(model).Single();

        image.User!.Value.Should().Be("release");
    }

    [Test]
    public void A_stage_ARG_takes_the_global_value_only_when_declared()
    {
        var model = Model("ARG APP_USER=app\nFROM alpine:3.20 AS a\nUSER $APP_USER\nFROM alpine:3.20\nARG APP_USER\nUSER $APP_USER\n");

        DockerfileContainerAdapter.Describe(model).Select(c => c.User!.Value).Should().Equal("$APP_USER", "app");
    }

    [Test]
    public void A_container_user_from_an_ARG_default_built_on_an_unknown_variable_keeps_that_variable_as_written()
    {
        // The adapter used to expand ARG defaults with unset variables empty, and gave '/home' here.
        var model = Model("FROM alpine:3.20\nARG HOMEDIR=$BASE/home\nUSER $HOMEDIR\n");

        DockerfileContainerAdapter.Describe(model).Single().User!.Value.Should().Be("$BASE/home");
    }

    [Test]
    public void In_a_chain_from_scratch_an_unset_variable_is_empty_in_the_container_as_in_the_build()
    {
        var model = Model("FROM scratch\nENV BIN=$NOTSET/bin\nUSER app$NOTSET\n");

        var image = DockerfileContainerAdapter.Describe(model).Single();

        image.User!.Value.Should().Be("app");
        image.Environment.Single().Value.Should().Be("/bin");
    }

    [Test]
    public void A_container_sees_TARGETSTAGE_as_the_target_stage()
    {
        var syntax = DockerfileParser.Parse(new SourceText("Dockerfile", "FROM alpine:3.20 AS app\nARG TARGETSTAGE\nUSER $TARGETSTAGE\n"));

        DockerfileContainerAdapter.Describe(DockerfileModel.Create(syntax, targetStage: "app")).Single().User!.Value.Should().Be("app");
        DockerfileContainerAdapter.Describe(DockerfileModel.Create(syntax)).Single().User!.Value.Should().Be("default");
    }
}
