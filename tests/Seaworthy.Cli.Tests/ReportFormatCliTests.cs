using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Cli.Tests;

/// <summary>The CI formats as the command line writes them: what they add beside the report.</summary>
public sealed class ReportFormatCliTests
{
    private const string StepSummary = "GITHUB_STEP_SUMMARY";

    private string _folder = null!;
    private string _dockerfile = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("seaworthy-formats-").FullName;
        _dockerfile = Path.Combine(_folder, "Dockerfile");
        File.WriteAllText(_dockerfile, "FROM alpine:3.20\nUSER root\n");
    }

    [TearDown]
    public void DeleteFolder()
    {
        Environment.SetEnvironmentVariable(StepSummary, null);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task The_github_format_appends_its_summary_to_the_step_summary_file_and_keeps_what_was_there()
    {
        var summary = Path.Combine(_folder, "step_summary.md");
        File.WriteAllText(summary, "from an earlier step\n");
        Environment.SetEnvironmentVariable(StepSummary, summary);

        var (exitCode, output, error) = await CliRunner.RunAsync("lint", _dockerfile, "--format", "github");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Should().Contain($"::warning file={_dockerfile},line=2,endLine=2,col=6,endColumn=9,title=SW1001 run-as-root::Stage 0 runs as root");
        var written = File.ReadAllText(summary);
        written.Should().StartWith("from an earlier step\n## seaworthy ");
        written.Should().Contain("| [SW1001](").And.Contain(") run-as-root | warning | 1 |");
    }

    [TestCase("github")]
    [TestCase("checkstyle")]
    [TestCase("junit")]
    [TestCase("gitlab")]
    [TestCase("sonarqube")]
    public async Task A_ci_format_written_with_output_is_what_standard_output_shows(string format)
    {
        var report = Path.Combine(_folder, "report." + format);

        var (exitCode, output, error) = await CliRunner.RunAsync("lint", _dockerfile, "--format", format, "-o", report);
        var (_, shown, _) = await CliRunner.RunAsync("lint", _dockerfile, "--format", format);

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        shown.Should().Contain("SW1001");
        File.ReadAllText(report).Should().Be(shown);
    }

    [Test]
    public async Task Other_formats_leave_the_step_summary_alone()
    {
        var summary = Path.Combine(_folder, "step_summary.md");
        Environment.SetEnvironmentVariable(StepSummary, summary);

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", _dockerfile, "--format", "msbuild");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        File.Exists(summary).Should().BeFalse();
    }

    [Test]
    public async Task A_step_summary_that_is_a_folder_or_a_fifo_is_refused_not_replaced_or_waited_on()
    {
        Environment.SetEnvironmentVariable(StepSummary, _folder);

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", _dockerfile, "--format", "github");

        exitCode.Should().Be(2);
        error.Should().Be($"seaworthy: cannot append the summary to GITHUB_STEP_SUMMARY ({_folder}): it is a folder, not a regular file{Environment.NewLine}");
        Directory.Exists(_folder).Should().BeTrue();

        var fifo = Path.Combine(_folder, "fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        Environment.SetEnvironmentVariable(StepSummary, fifo);
        var (fifoExitCode, _, fifoError) = await CliRunner.RunWithinAsync(TimeSpan.FromSeconds(60), "lint", _dockerfile, "--format", "github");

        fifoExitCode.Should().Be(2);
        fifoError.Should().Contain("not a regular file");
    }
}
