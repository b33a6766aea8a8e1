using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

public class CheckstyleFormatterTests
{
    private const string Schema = "checkstyle-4.3.xsd";

    public static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData(Sample()).SetArgDisplayNames("four findings in one file");
        yield return new TestCaseData(Report(Array.Empty<AnalyzedFile>())).SetArgDisplayNames("nothing analyzed");
        yield return new TestCaseData(Unreadable()).SetArgDisplayNames("a file without text");
        yield return new TestCaseData(Mixed()).SetArgDisplayNames("odd paths, every severity, an unlisted rule");
    }

    [Test]
    public void Writes_one_error_per_finding_in_its_file()
    {
        var output = Write(new CheckstyleFormatter(), Sample());

        output.Should().Be(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<checkstyle version=\"4.3\">\n"
            + "  <file name=\"Dockerfile\">\n"
            + "    <error line=\"1\" column=\"6\" severity=\"warning\" message=\"Image 'ubuntu:latest' is not pinned by digest\" source=\"seaworthy.SW1002\" />\n"
            + "    <error line=\"2\" column=\"5\" severity=\"error\" message=\"ENV API_KEY holds a secret (AKIA****************)\" source=\"seaworthy.SW1003\" />\n"
            + "    <error line=\"3\" column=\"1\" severity=\"warning\" message=\"The container runs as root\" source=\"seaworthy.SW1001\" />\n"
            + "    <error line=\"1\" column=\"1\" severity=\"info\" message=\"No HEALTHCHECK instruction\" source=\"seaworthy.SW1004\" />\n"
            + "  </file>\n"
            + "</checkstyle>\n");
    }

    [TestCaseSource(nameof(Reports))]
    public void Is_valid_against_the_checkstyle_schema(AnalysisReport report)
    {
        XmlSchemaCheck.Problems(Write(new CheckstyleFormatter(), report), Schema).Should().BeEmpty();
    }

    [Test]
    public void The_schema_check_rejects_a_report_checkstyle_readers_would_not_take()
    {
        var document = XDocument.Parse(Write(new CheckstyleFormatter(), Sample()));
        document.Descendants("error").First().SetAttributeValue("severity", "note");
        document.Descendants("error").Last().SetAttributeValue("line", null);

        XmlSchemaCheck.Problems(document.ToString(), Schema).Should().HaveCount(2);
    }

    [Test]
    public void Lists_every_analyzed_file_leaves_out_hidden_findings_and_keeps_odd_paths_readable()
    {
        var document = XDocument.Parse(Write(new CheckstyleFormatter(), Mixed()));

        document.Root!.Elements("file").Select(file => (string)file.Attribute("name")!)
            .Should().Equal("my app/Dockerfile #1", "/srv/d\u00e9p\u00f4t/Dockerfile", "image.tar");
        document.Root.Elements("file").Select(file => file.Elements("error").Count()).Should().Equal(2, 1, 1);
        document.Descendants("error").Select(error => (string)error.Attribute("message")!).Should().NotContain("Hidden finding");
    }

    [Test]
    public void Columns_count_a_tab_to_the_next_multiple_of_eight_as_checkstyle_does()
    {
        var text = new SourceText("Dockerfile", "RUN\ta\tUSER root\n");
        var output = Write(new CheckstyleFormatter(), Report(new[] { Analyzed(text) }, On(text, "USER root", RunAsRoot, "m")));

        // "RUN" then a tab to cell 8, "a" then a tab to cell 16: the finding starts in column 17 (ours: 7).
        ((int)XDocument.Parse(output).Descendants("error").Single().Attribute("column")!).Should().Be(17);
    }

    [Test]
    public void A_path_or_message_with_characters_xml_cannot_hold_still_makes_a_readable_report()
    {
        var text = new SourceText("Dockerfile\u0001\"<&>", "USER root\n");
        var output = Write(new CheckstyleFormatter(), Report(new[] { Analyzed(text) }, On(text, "USER root", RunAsRoot, "line\nbreak \u001b[31m \ud800 <x>")));

        var error = XDocument.Parse(output).Descendants("error").Single();
        ((string)error.Parent!.Attribute("name")!).Should().Be("Dockerfile\uFFFD\"<&>");
        ((string)error.Attribute("message")!).Should().Be("line\nbreak \uFFFD[31m \uFFFD <x>");
        XmlSchemaCheck.Problems(output, Schema).Should().BeEmpty();
    }
}
