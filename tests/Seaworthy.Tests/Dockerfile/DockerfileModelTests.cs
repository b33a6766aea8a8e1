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
}
