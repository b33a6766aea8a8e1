using System;
using System.IO;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

public class GitHubFormatterTests
{
    [Test]
    public void Writes_one_workflow_command_per_finding_with_an_inclusive_end_column()
    {
        var output = Write(new GitHubFormatter(), Sample());

        output.Should().Be(
            "::warning file=Dockerfile,line=1,endLine=1,col=6,endColumn=18,title=SW1002 unpinned-image::Image 'ubuntu:latest' is not pinned by digest\n"
            + "::error file=Dockerfile,line=2,endLine=2,col=5,endColumn=32,title=SW1003 secret-in-environment::ENV API_KEY holds a secret (AKIA****************)\n"
            + "::warning file=Dockerfile,line=3,endLine=3,col=1,endColumn=9,title=SW1001 run-as-root::The container runs as root\n"
            + "::notice file=Dockerfile,line=1,endLine=1,col=1,endColumn=4,title=SW1004 missing-healthcheck::No HEALTHCHECK instruction\n");
    }

    [Test]
    public void Leaves_out_hidden_findings_and_gives_an_empty_span_its_one_column()
    {
        var text = new SourceText("Dockerfile", "USER root\n");
        var hidden = On(text, "root", RunAsRoot, "hidden finding", Severity.Hidden);

        Write(new GitHubFormatter(), Report(new[] { Analyzed(text) }, hidden)).Should().BeEmpty();
        Write(new GitHubFormatter(), Unreadable()).Should().Be(
            "::error file=image.tar,line=1,endLine=1,col=1,endColumn=1,title=SW0004 not-text::The file is not UTF-8 text\n");
    }

    [Test]
    public void Escapes_properties_and_the_message_as_the_actions_toolkit_does()
    {
        // A committed file name that would end the property list (',' ':'), end the line and start a command of its
        // own, and a message with a percent sign, line breaks and a terminal escape.
        var path = "a,b:c%d\r\n::error file=x::forged";
        var text = new SourceText(path, "USER root\n");
        var diagnostic = On(text, "USER root", RunAsRoot, "100% root\r\n::error::forged\u001b[31m");

        var output = Write(new GitHubFormatter(), Report(new[] { Analyzed(text) }, diagnostic));

        output.Should().Be(
            "::warning file=a%2Cb%3Ac%25d%0D%0A%3A%3Aerror file=x%3A%3Aforged,line=1,endLine=1,col=1,endColumn=9,"
            + "title=SW1001 run-as-root::100%25 root%0D%0A::error::forged\uFFFD[31m\n");
        output.Split('\n').Should().HaveCount(2, "one line and the final line break");
    }

    [Test]
    public void Names_a_file_as_the_checkout_does_without_a_leading_dot_slash()
    {
        var text = new SourceText("./app/Dockerfile", "USER root\n");

        Write(new GitHubFormatter(), Report(new[] { Analyzed(text) }, On(text, "USER root", RunAsRoot, "m")))
            .Should().StartWith("::warning file=app/Dockerfile,line=1,");
    }

    [Test]
    public void The_step_summary_counts_findings_by_severity_and_rule_without_any_message()
    {
        using var output = new StringWriter { NewLine = "\n" };
        GitHubFormatter.WriteStepSummary(Sample(), output);

        output.ToString().Should().Be(
            "## seaworthy 1.2.3\n\n"
            + "**4 findings** in 1 file: 1 error, 2 warnings, 1 info.\n\n"
            + "| Rule | Severity | Findings |\n"
            + "| --- | --- | ---: |\n"
            + "| [SW1003](https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1003.md) secret-in-environment | error | 1 |\n"
            + "| [SW1001](https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1001.md) run-as-root | warning | 1 |\n"
            + "| [SW1002](https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1002.md) unpinned-image | warning | 1 |\n"
            + "| [SW1004](https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1004.md) missing-healthcheck | info | 1 |\n\n");
    }

    [Test]
    public void The_step_summary_of_findings_without_files_counts_no_files()
    {
        var finding = Sample().Result.Diagnostics[2];
        using var output = new StringWriter { NewLine = "\n" };
        GitHubFormatter.WriteStepSummary(Report(Array.Empty<AnalyzedFile>(), finding), output);

        output.ToString().Should().StartWith("## seaworthy 1.2.3\n\n**1 finding**: 0 errors, 1 warning, 0 infos.\n");
    }

    [Test]
    public void The_step_summary_of_a_clean_run_says_so()
    {
        using var output = new StringWriter { NewLine = "\n" };
        GitHubFormatter.WriteStepSummary(Report(new[] { Analyzed(new SourceText("Dockerfile", "FROM a@sha256:0\n")) }), output);

        output.ToString().Should().Be("## seaworthy 1.2.3\n\nNo findings in 1 file.\n\n");
    }
}
