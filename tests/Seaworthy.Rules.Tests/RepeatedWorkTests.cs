using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// What is worked out once and reused (the stage state of a file's instructions, whether a script removes
/// the apt lists, the first download of a pipeline) belongs to one file, script or pipeline, and never answers for another.
/// </summary>
public sealed class RepeatedWorkTests
{
    [Test]
    public void Env_values_worked_out_for_one_file_are_not_those_of_the_next_with_an_env_at_the_same_place()
    {
        var engine = AnalysisEngine.CreateDefault();

        var valid = engine.AnalyzeText("Dockerfile", "FROM scratch\nENV P=80\nEXPOSE $P\n");
        var invalid = engine.AnalyzeText("Dockerfile", "FROM scratch\nENV P=xx\nEXPOSE $P\n");

        valid.Diagnostics.Should().NotContain(d => d.Id == "SW2016");
        invalid.Diagnostics.Should().ContainSingle(d => d.Id == "SW2016")
            .Which.Message.Should().StartWith("EXPOSE xx:");
    }

    [Test]
    public void Every_rule_reading_the_stage_state_sees_the_values_of_each_env_in_order()
    {
        // SW2016, SW2001 and SW2019 read the values the model's one walk of the stages expanded.
        var result = AnalysisEngine.CreateDefault().AnalyzeText(
            "Dockerfile", "FROM scratch\nENV P=80 D=app\nEXPOSE $P\nWORKDIR $D\nENV P=yy D=/abs\nEXPOSE $P\nWORKDIR $D\n");

        result.Diagnostics.Where(d => d.Id == "SW2016").Select(d => (d.Location.Line, d.Message.Split(':')[0])).Should().Equal((6, "EXPOSE yy"));
        result.Diagnostics.Where(d => d.Id == "SW2001").Select(d => d.Location.Line).Should().Equal(4);
    }

    [Test]
    public void Whether_the_apt_lists_are_removed_is_decided_for_each_script()
    {
        var result = AnalysisEngine.CreateDefault().AnalyzeText(
            "Dockerfile",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y wget\n"
            + "RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n");

        result.Diagnostics.Where(d => d.Id == "SW2053").Select(d => d.Location.Line).Should().Equal(3);
    }

    [Test]
    public void The_download_a_shell_runs_is_found_in_its_own_pipeline()
    {
        var result = AnalysisEngine.CreateDefault().AnalyzeText(
            "Dockerfile", "FROM debian:12\nRUN curl -fsSL https://a.example/x.sh | sh\nRUN wget -qO- https://b.example/y.sh | bash\n");

        var downloads = result.Diagnostics.Where(d => d.Id == "SW2086").ToArray();
        downloads.Select(d => d.Location.Line).Should().Equal(2, 3);
        downloads[0].Message.Should().Contain("curl").And.NotContain("wget");
        downloads[1].Message.Should().Contain("wget").And.NotContain("curl");
    }
}
