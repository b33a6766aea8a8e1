using System;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

public class TextFormatterTests
{
    private const string Escape = "\u001b";

    private const string SampleOutput =
        """
        Dockerfile:1:6: warning SW1002 [unpinned-image] Image 'ubuntu:latest' is not pinned by digest
          1 | FROM ubuntu:latest
            |      ^^^^^^^^^^^^^

        Dockerfile:2:5: error SW1003 [secret-in-environment] ENV API_KEY holds a secret (AKIA****************)
          2 | ENV API_KEY=AKIA****************
            |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^

        Dockerfile:3:1: warning SW1001 [run-as-root] The container runs as root
          3 | USER root
            | ^^^^^^^^^

        Dockerfile:1:1: info SW1004 [missing-healthcheck] No HEALTHCHECK instruction
          1 | FROM ubuntu:latest
            | ^^^^

        4 problems (1 error, 2 warnings, 1 info) in 1 file

        """;

    private static readonly Regex SgrSequence = new("\u001b\\[[0-9;]*m", RegexOptions.CultureInvariant);

    [Test]
    public void WithoutColourWritesHeaderCodeFrameAndSummaryExactly()
    {
        var output = Write(new TextFormatter(useColor: false), Sample());

        output.Should().Be(SampleOutput);
    }

    [Test]
    public void WithoutColourWritesNoEscapeSequenceEvenWhenTheFileContainsOne()
    {
        var text = new SourceText("Dockerfile", "RUN echo \u001b[31mred\u001b[0m\u202e\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "echo", RunAsRoot, "message with \u001b[2J in it"));

        var output = Write(new TextFormatter(useColor: false), report);

        output.Should().NotContain(Escape).And.NotContain("\u202e");
        output.Should().Contain("  1 | RUN echo \ufffd[31mred\ufffd[0m\ufffd\n");
        output.Should().Contain("message with \ufffd[2J in it");
    }

    [Test]
    public void WithColourStylesTheSameText()
    {
        var output = Write(new TextFormatter(useColor: true), Sample());

        output.Should().Contain(Escape);
        SgrSequence.Replace(output, string.Empty).Should().Be(SampleOutput);
    }

    [Test]
    public void WithColourUnderlinesErrorsInRedAndWarningsInYellow()
    {
        var output = Write(new TextFormatter(useColor: true), Sample());

        // Standard 16-colour codes: 91 bright red, 93 bright yellow.
        output.Should().MatchRegex("\u001b\\[[0-9;]*91m\\^{28}\u001b\\[0m");
        output.Should().MatchRegex("\u001b\\[[0-9;]*93m\\^{9}\u001b\\[0m");
        output.Should().MatchRegex("\u001b\\[[0-9;]*91merror\u001b\\[0m");
    }

    [Test]
    public void LinesEndWithTheWritersNewLine()
    {
        var output = Write(new TextFormatter(useColor: true), Sample(), newLine: "\r\n");

        output.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n");
        output.Should().EndWith("in 1 file" + Escape + "[0m\r\n");
    }

    [Test]
    public void TheCodeFrameMasksSecretValuesOnEveryLineItShows()
    {
        var text = new SourceText("Dockerfile", "ENV TOKEN=ghp_abc\\\n    def PORT=80\n");
        var secret = TextSpan.FromBounds(text.Text.IndexOf("abc", StringComparison.Ordinal), text.Text.IndexOf(" PORT", StringComparison.Ordinal));
        var diagnostic = On(text, "ENV TOKEN=ghp_abc\\\n    def", SecretInEnvironment, "ENV TOKEN holds a secret (ghp_***)");
        var file = Analyzed(text) with { Redactions = new[] { secret } };

        var output = Write(new TextFormatter(), Report(new[] { file }, diagnostic));

        output.Should().NotContain("abc").And.NotContain("def");
        FrameLines(output).Should().Equal(
            "  1 | ENV TOKEN=********",
            "    | ^^^^^^^^^^^^^^^^^^",
            "  2 | ******* PORT=80");
    }

    [Test]
    public void CaretsStayUnderTheSpanWhenTheLineHasTabs()
    {
        var text = new SourceText("Dockerfile", "\tUSER\troot\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "root", RunAsRoot, "runs as root"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines[0].Should().Be("  1 |     USER    root");
        lines[1].Should().Be("    |             ^^^^");
        lines[1].IndexOf('^', StringComparison.Ordinal).Should().Be(lines[0].IndexOf("root", StringComparison.Ordinal));
    }

    [Test]
    public void ATabInsideTheSpanIsUnderlinedForItsWholeWidth()
    {
        var text = new SourceText("Dockerfile", "RUN a\tb\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "a\tb", RunAsRoot, "m"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines[0].Should().Be("  1 | RUN a   b");
        lines[1].Should().Be("    |     ^^^^^");
    }

    [Test]
    public void CaretsStayUnderTheSpanAfterWideCharacters()
    {
        var text = new SourceText("Dockerfile", "LABEL name=\u4e2d\u6587 x=1\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "x=1", RunAsRoot, "m"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        // The two CJK characters take two terminal cells each.
        lines[0].Should().Be("  1 | LABEL name=\u4e2d\u6587 x=1");
        lines[1].Should().Be("    |                 ^^^");
    }

    [Test]
    public void AMultiLineSpanIsUnderlinedToTheEndOfItsFirstLine()
    {
        var text = new SourceText("Dockerfile", "FROM alpine\nRUN apk update && \\\n    apk add curl\nUSER app\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "apk update && \\\n    apk add curl", RunAsRoot, "m"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines.Should().Equal(
            "  2 | RUN apk update && \\",
            "    |     ^^^^^^^^^^^^^^^",
            "  3 |     apk add curl");
    }

    [Test]
    public void ALongSpanShowsItsFirstLinesAndAnEllipsis()
    {
        var text = new SourceText("Dockerfile", "RUN a \\\n b \\\n c \\\n d \\\n e\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "RUN a \\\n b \\\n c \\\n d \\\n e", RunAsRoot, "m"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines.Should().Equal(
            "  1 | RUN a \\",
            "    | ^^^^^^^",
            "  2 |  b \\",
            "  3 |  c \\",
            "    | ...");
    }

    [Test]
    public void ASpanThatEndsWithTheLineBreakStaysOnItsLine()
    {
        var text = new SourceText("Dockerfile", "USER root\nCMD x\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "USER root\n", RunAsRoot, "m"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines.Should().Equal("  1 | USER root", "    | ^^^^^^^^^");
    }

    [Test]
    public void AnEmptySpanGetsOneCaret()
    {
        var text = new SourceText("Dockerfile", "FROM alpine\n");
        var diagnostic = new Diagnostic(RunAsRoot, Severity.Warning, text.GetLocation(new TextSpan(11, 0)), "m");
        var report = Report(new[] { Analyzed(text) }, diagnostic);

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines.Should().Equal("  1 | FROM alpine", "    |            ^");
    }

    [Test]
    public void TheGutterIsAsWideAsTheLargestLineNumber()
    {
        var text = new SourceText("Dockerfile", string.Concat(Enumerable.Repeat("# comment\n", 99)) + "USER root\n");
        var report = Report(new[] { Analyzed(text) }, On(text, "USER", RunAsRoot, "m"));

        var lines = FrameLines(Write(new TextFormatter(), report));

        lines.Should().Equal("  100 | USER root", "      | ^^^^");
    }

    [Test]
    public void AFileWithoutTextGetsTheHeaderWithoutAFrame()
    {
        var output = Write(new TextFormatter(), Unreadable());

        output.Should().Be(
            """
            image.tar:1:1: error SW0004 [not-text] The file is not UTF-8 text

            1 problem (1 error) in 1 file

            """);
    }

    [Test]
    public void ALongLineIsNeverWrapped()
    {
        var value = new string('x', 1000);
        var text = new SourceText("Dockerfile", "ENV A=" + value + "\n");
        var report = Report(new[] { Analyzed(text) }, On(text, value, RunAsRoot, "long " + value));

        var output = Write(new TextFormatter(useColor: true), report);

        var lines = SgrSequence.Replace(output, string.Empty).Split('\n');
        lines[0].Should().EndWith("long " + value);
        lines[1].Should().Be("  1 | ENV A=" + value);
        lines[2].Should().Be("    |       " + new string('^', 1000));
    }

    [TestCase(0, 0, 0, 0, 3, "No problems found in 3 files")]
    [TestCase(0, 0, 0, 0, 1, "No problems found in 1 file")]
    [TestCase(0, 0, 0, 0, 0, "No problems found in 0 files")]
    [TestCase(0, 1, 0, 0, 1, "1 problem (1 warning) in 1 file")]
    [TestCase(1, 2, 1, 0, 1, "4 problems (1 error, 2 warnings, 1 info) in 1 file")]
    [TestCase(2, 0, 3, 0, 2, "5 problems (2 errors, 3 info) in 2 files")]
    [TestCase(0, 0, 1, 2, 1, "3 problems (1 info, 2 hidden) in 1 file")]
    public void TheSummaryCountsProblemsBySeverityAndTheFilesTheyAreIn(
        int errors, int warnings, int infos, int hidden, int files, string expected)
    {
        var texts = Enumerable.Range(1, files).Select(i => new SourceText($"dir{i}/Dockerfile", "USER root\n")).ToArray();
        var severities = Enumerable.Repeat(Severity.Error, errors)
            .Concat(Enumerable.Repeat(Severity.Warning, warnings))
            .Concat(Enumerable.Repeat(Severity.Info, infos))
            .Concat(Enumerable.Repeat(Severity.Hidden, hidden));
        var diagnostics = severities.Select((severity, i) => On(texts[i % files], "USER", RunAsRoot, "m", severity)).ToArray();
        var report = Report(texts.Select(Analyzed).ToArray(), diagnostics);

        var output = Write(new TextFormatter(), report);

        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Should().Be(expected);
    }

    [Test]
    public void NoProblemsIsTheSummaryAlone()
    {
        var text = new SourceText("Dockerfile", "FROM alpine@sha256:abc\n");

        var output = Write(new TextFormatter(), Report(new[] { Analyzed(text) }));

        output.Should().Be("No problems found in 1 file\n");
    }

    /// <summary>The code frame of the first diagnostic: the lines after its header up to the blank line.</summary>
    private static string[] FrameLines(string output) =>
        output.Split('\n').Skip(1).TakeWhile(line => line.Length > 0).ToArray();
}
