using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Reporting;
using Seaworthy.Text;

namespace Seaworthy.Tests.Reporting;

public class HtmlFormatterTests
{
    [Test]
    public void ShowsTheCountsBySeverityRuleAndSurfaceInDataAttributes()
    {
        var html = ReportSamples.Write(new HtmlFormatter(), ReportSamples.Sample());

        html.Should().Contain("data-total=\"4\"");
        html.Should().Contain("data-count-severity=\"error\" data-count=\"1\"")
            .And.Contain("data-count-severity=\"warning\" data-count=\"2\"")
            .And.Contain("data-count-severity=\"info\" data-count=\"1\"")
            .And.Contain("data-count-rule=\"SW1001\" data-count=\"1\"")
            .And.Contain("data-count-surface=\"dockerfile\" data-count=\"4\"");
        Regex.Count(html, "<tr class=\"finding\"").Should().Be(4);
    }

    [Test]
    public void ShowsEachFindingsRuleTitleLinkAndEquivalents()
    {
        var html = ReportSamples.Write(new HtmlFormatter(), ReportSamples.Sample());

        html.Should().Contain("<a href=\"" + RuleDescriptor.HelpFor("SW1001") + "\">SW1001 run-as-root</a>")
            .And.Contain("Container runs as root")
            .And.Contain("Also: hadolint:DL3002, checkov:CKV_K8S_23")
            .And.Contain("Dockerfile:3:1");
    }

    [Test]
    public void EscapesEveryValueItWrites()
    {
        var text = new SourceText("<img src=x onerror=alert(1)>/Dockerfile", "FROM alpine\nUSER \"<b>root</b>\"\n");
        var report = ReportSamples.Report(
            new[] { ReportSamples.Analyzed(text) },
            ReportSamples.On(text, "USER", ReportSamples.RunAsRoot, "Runs as <script>alert('x')</script> & more"));

        var html = ReportSamples.Write(new HtmlFormatter(), report);

        html.Should().NotContain("<script>alert").And.NotContain("<img src=x").And.NotContain("<b>root</b>");
        html.Should().Contain("Runs as &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
            .And.Contain("&lt;img src=x onerror=alert(1)&gt;/Dockerfile")
            .And.Contain("USER &quot;&lt;b&gt;root&lt;/b&gt;&quot;");
    }

    [Test]
    public void MasksCodeFramesAsTheTextFormatDoes()
    {
        var report = ReportSamples.Sample();

        var html = ReportSamples.Write(new HtmlFormatter(), report);
        var text = ReportSamples.Write(new TextFormatter(), report);

        html.Should().NotContain(ReportSamples.SecretValue);
        var maskedLine = text.Split('\n').Single(line => line.Contains("2 | ENV API_KEY=")).Split(" | ")[1];
        maskedLine.Should().Contain("AKIA****");
        html.Should().Contain(maskedLine);
    }

    [Test]
    public void FetchesNothing()
    {
        var html = ReportSamples.Write(new HtmlFormatter(), ReportSamples.Sample());

        html.Should().NotContainAny("<link", " src=", "@import", "url(");
        html.Should().Contain("<style>").And.Contain("<script>").And.Contain("<svg");
    }

    [Test]
    public void WritesAReportWithMoreFindingsThanScribansDefaultLoopLimit()
    {
        var source = new SourceText("Dockerfile", string.Concat(Enumerable.Repeat("USER root\n", 1500)));
        var diagnostics = Enumerable.Range(1, 1500)
            .Select(line => new Diagnostic(ReportSamples.RunAsRoot, Severity.Warning, source.GetLocation(new TextSpan(source.GetLineStart(line), 9)), "root"))
            .ToArray();

        var html = ReportSamples.Write(new HtmlFormatter(), ReportSamples.Report(new[] { ReportSamples.Analyzed(source) }, diagnostics));

        Regex.Count(html, "<tr class=\"finding\"").Should().Be(1500);
    }
}
