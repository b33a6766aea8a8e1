using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Large inputs that took quadratic time (issue #18): the findings on them are exact, and a file over its
/// per-file budget is one SW0005 while the other files are still analyzed. Timings are never asserted.
/// </summary>
public sealed class ScalingTests : FolderTests
{
    [Test]
    public void Every_one_of_100000_ENV_lines_sees_the_variables_of_the_lines_before_it()
    {
        // Each line's W sees V as it was before the line (unset: SW2019, "declared later, by this ENV"), and X
        // sees the V of the line before, which is set. Each ENV used to copy every variable set so far.
        const int Lines = 100_000;
        var text = new StringBuilder("FROM scratch\nENV V0=value0\n");
        for (var i = 1; i < Lines; i++)
        {
            text.Append("ENV V").Append(i).Append("=value").Append(i)
                .Append(" W").Append(i).Append("=$V").Append(i)
                .Append(" X").Append(i).Append("=${V").Append(i - 1).Append("}\n");
        }

        text.Append("USER $V").Append(Lines - 1).Append('\n');

        var result = AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text.ToString());

        var undefined = result.Diagnostics.Where(d => d.Id == "SW2019").ToArray();
        undefined.Should().HaveCount(Lines - 1);
        undefined.Select(d => d.Location.Line).Should().BeEquivalentTo(Enumerable.Range(3, Lines - 1));
        undefined.Should().OnlyContain(d => d.Message.Contains("declared later, by this ENV", StringComparison.Ordinal));
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SW2030")
            .Which.Message.Should().Contain("value" + (Lines - 1), "the USER expands to the value the last ENV set");
    }

    [Test]
    public void A_16000_stage_pipeline_is_one_SW2082_at_its_first_pipe_and_its_last_element_knows_the_download_before_it()
    {
        // Every command used to walk the whole pipeline to find whether it is the first one, and its own position.
        const int Stages = 16_000;
        var pipeline = string.Join(" | ", Enumerable.Repeat("a", Stages));
        var text = $"FROM alpine:3.20\nRUN {pipeline}\nRUN curl -fsSL https://example.com/x | {pipeline} | sh\n";

        var result = AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text);

        var pipes = result.Diagnostics.Where(d => d.Id == "SW2082").ToArray();
        pipes.Should().HaveCount(2);
        (pipes[0].Location.Line, pipes[0].Location.Column).Should().Be((2, 7), "the first '|' of the first RUN");
        pipes[0].Message.Should().Contain("only 'a' decides");
        (pipes[1].Location.Line, pipes[1].Location.Column).Should().Be((3, 38), "the first '|' of the second RUN");
        pipes[1].Message.Should().Contain("only 'sh' decides");
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SW2086")
            .Which.Location.Line.Should().Be(3, "sh, after 16,001 elements, runs what curl downloads");
    }

    [Test]
    public void In_a_pipeline_of_16000_chpasswd_only_the_first_reads_the_echoed_password()
    {
        // Each chpasswd used to look at every element before it for an echo.
        const int Readers = 16_000;
        var text = "FROM alpine:3.20\nRUN echo 'root:hunter2' | " + string.Join(" | ", Enumerable.Repeat("chpasswd", Readers)) + "\n";

        var result = AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text);

        result.Diagnostics.Where(d => d.Id == "SW2088").Should().ContainSingle("only the first chpasswd reads what echo writes")
            .Which.Location.Column.Should().Be("RUN echo 'root:hunter2' | ".Length + 1);
        result.Files.Single().Redactions.Should().Contain(span => text.Substring(span.Start, span.Length) == "'root:hunter2'");
    }

    [Test]
    public void In_a_RUN_of_16000_package_commands_each_one_knows_whether_a_clean_comes_after_it()
    {
        // Every install used to look at every command of its RUN for a later clean.
        const int Commands = 16_000;
        var installs = string.Join(" && ", Enumerable.Repeat("yum install -y httpd", Commands / 2));
        var updates = string.Join(" && ", Enumerable.Repeat("apt-get update", Commands));
        var text = $"FROM fedora:40\nRUN {installs} && yum clean all && {installs}\nRUN {updates}\nRUN {updates} && rm -rf /var/lib/apt/lists/*\n";

        var result = AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text);

        result.Diagnostics.Where(d => d.Id == "SW2058").Should().HaveCount(Commands / 2, "only the installs after 'yum clean all' leave their cache")
            .And.OnlyContain(d => d.Location.Column > ("RUN " + installs + " && yum clean all").Length);
        result.Diagnostics.Where(d => d.Id == "SW2053").Should().HaveCount(Commands, "the updates of the RUN that removes the lists leave none")
            .And.OnlyContain(d => d.Location.Line == 3);
    }

    [Test]
    public async Task A_file_over_the_memory_budget_is_one_SW0005_and_the_other_files_are_still_analyzed()
    {
        var big = new StringBuilder("FROM alpine:3.20\n");
        for (var i = 0; i < 50_000; i++)
        {
            big.Append("ENV V").Append(i).Append("=value").Append(i).Append('\n');
        }

        Directory.CreateDirectory(Path.Combine(Folder, "big"));
        Directory.CreateDirectory(Path.Combine(Folder, "small"));
        await File.WriteAllTextAsync(Path.Combine(Folder, "big", "Dockerfile"), big.ToString());
        await File.WriteAllTextAsync(Path.Combine(Folder, "small", "Dockerfile"), "FROM alpine:3.20\nRUN a | b\n");

        var result = await AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { Folder }, new AnalysisOptions { MaxFileAllocation = 64L * 1024 * 1024 });

        var inBig = result.Diagnostics.Where(d => d.Location.Path.EndsWith(Path.Combine("big", "Dockerfile"), StringComparison.Ordinal)).ToArray();
        inBig.Should().ContainSingle().Which.Id.Should().Be("SW0005");
        inBig[0].Message.Should().StartWith("analysis stopped: it allocated ").And.Contain("over the per-file memory budget of 64 MiB, while ");
        result.Diagnostics.Should().Contain(d => d.Id == "SW2082" && d.Location.Path.EndsWith(Path.Combine("small", "Dockerfile"), StringComparison.Ordinal));
    }

    [Test]
    public async Task Reading_a_manifest_before_the_analysis_counts_against_its_budget()
    {
        // Every manifest of a run is read before any is analyzed: reading one is held to its budget all the same.
        Directory.CreateDirectory(Path.Combine(Folder, "deploy"));
        var manifest = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{i}\ndata:\n  k: v{i}\n"));
        await File.WriteAllTextAsync(Path.Combine(Folder, "deploy", "big.yaml"), manifest);
        await File.WriteAllTextAsync(Path.Combine(Folder, "Dockerfile"), "FROM alpine:3.20\nRUN a | b\n");

        var result = await AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { Folder }, new AnalysisOptions { MaxFileAllocation = 16L * 1024 * 1024 });

        result.Diagnostics.Where(d => d.Location.Path.EndsWith("big.yaml", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Message.Should().MatchRegex(@"^analysis stopped: it allocated \d+ MiB, over the per-file memory budget of 16 MiB, while reading the file; no findings are reported for this file$");
        result.Diagnostics.Should().Contain(d => d.Id == "SW2082");
    }

    [Test]
    public void A_file_over_the_time_budget_is_one_SW0005_that_says_how_far_it_got()
    {
        var text = "FROM alpine:3.20\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"ENV V{i}=value{i}\n"));

        var result = AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text, new AnalysisOptions { MaxFileTime = TimeSpan.FromMilliseconds(1) });

        result.Diagnostics.Should().ContainSingle().Which.Message.Should()
            .Be("analysis stopped: it took longer than the per-file time budget of 0.001 s, while parsing; no findings are reported for this file");
    }

    [Test]
    public void In_a_project_of_20000_services_each_port_collision_and_dependency_is_found_by_lookup()
    {
        // SW3003 scanned every binding kept for each new one, SW3009 every service for each depends_on, SW3010 every
        // top-level volume for each mount, and each image every variable reference of the project.
        const int Services = 20_000;
        var text = new StringBuilder("services:\n");
        for (var i = 0; i < Services; i++)
        {
            text.Append("  s").Append(i).Append(":\n    image: \"nginx:${TAG").Append(i).Append(":-1.27}\"\n    ports: [\"").Append(10_000 + i).Append(":80\"]\n")
                .Append("    volumes: [\"v").Append(i).Append(":/data\"]\n");
            if (i > 0)
            {
                text.Append("    depends_on: [s").Append(i - 1).Append("]\n");
            }
        }

        // A wide range kept under profile x, one of its ports kept under profile y (they never run together), and a
        // service of every profile that collides with both: the earlier binding is the one named.
        text.Append("  wide:\n    image: nginx:1.27\n    profiles: [x]\n    ports: [\"40000-40100:80\"]\n");
        text.Append("  narrow:\n    image: nginx:1.27\n    profiles: [y]\n    ports: [\"40050:80\"]\n");
        text.Append("  both:\n    image: nginx:1.27\n    ports: [\"40050:80\", \"10005:80\"]\n    depends_on: [missing]\n    volumes: [\"undeclared:/data\"]\n");
        text.Append("volumes:\n");
        for (var i = Services - 1; i >= 0; i--)
        {
            text.Append("  v").Append(i).Append(":\n");
        }

        var result = AnalysisEngine.CreateDefault().AnalyzeText("compose.yaml", text.ToString());

        const string Fails = ": the second binding fails with 'port is already allocated'";
        result.Diagnostics.Where(d => d.Id == "SW3003").Select(d => d.Message).Should().Equal(
            "Service 'both' publishes host port 40050/tcp, which service 'wide' publishes already" + Fails,
            "Service 'both' publishes host port 10005/tcp, which service 's5' publishes already" + Fails);
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SW3009")
            .Which.Message.Should().Contain("depends on service 'missing'");
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SW3010")
            .Which.Message.Should().Contain("'undeclared'");
    }
}
