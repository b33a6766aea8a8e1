using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

public class MsBuildFormatterTests
{
    [Test]
    public void WritesOneCanonicalLinePerDiagnosticWithBothEnds()
    {
        var output = Write(new MsBuildFormatter(), Sample());

        output.Should().Be(
            "Dockerfile(1,6,1,19): warning SW1002: Image 'ubuntu:latest' is not pinned by digest\n"
            + "Dockerfile(2,5,2,33): error SW1003: ENV API_KEY holds a secret (AKIA****************)\n"
            + "Dockerfile(3,1,3,10): warning SW1001: The container runs as root\n"
            + "Dockerfile(1,1,1,5): info SW1004: No HEALTHCHECK instruction\n");
    }

    [Test]
    public void LeavesOutHiddenDiagnosticsAndWritesNothingWhenThereAreNone()
    {
        var text = new SourceText("Dockerfile", "USER root\n");
        var hidden = On(text, "root", RunAsRoot, "hidden finding", Severity.Hidden);

        Write(new MsBuildFormatter(), Report(new[] { Analyzed(text) }, hidden)).Should().BeEmpty();
    }

    [Test]
    public void KeepsThePathAsGiven()
    {
        var output = Write(new MsBuildFormatter(), Unreadable());

        output.Should().Be("image.tar(1,1,1,1): error SW0004: The file is not UTF-8 text\n");
    }

    [Test]
    public void A_file_name_or_message_cannot_forge_a_line_or_drive_the_terminal()
    {
        // The file name an attacker commits: a newline, then what reads as a compiler error of another file.
        var path = "Dockerfile\nProgram.cs(1,1): error CS9999: forged\r\u001b[2J";
        var text = new SourceText(path, "USER root\n");
        var diagnostic = On(text, "USER root", RunAsRoot, "message\nProgram.cs(2,2): error CS9998: forged too \u001b[31m");

        var output = Write(new MsBuildFormatter(), Report(new[] { Analyzed(text) }, diagnostic));

        output.Should().Be("Dockerfile Program.cs(1,1): error CS9999: forged \uFFFD[2J(1,1,1,10): warning SW1001: message Program.cs(2,2): error CS9998: forged too \uFFFD[31m\n");
    }
}
