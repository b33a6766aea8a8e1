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

public class JUnitFormatterTests
{
    // Jenkins xUnit plugin's JUnit schema.
    private const string Schema = "junit-10.xsd";

    public static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData(Sample()).SetArgDisplayNames("four findings in one file");
        yield return new TestCaseData(Report(Array.Empty<AnalyzedFile>())).SetArgDisplayNames("nothing analyzed");
        yield return new TestCaseData(Unreadable()).SetArgDisplayNames("a file without text");
        yield return new TestCaseData(Mixed()).SetArgDisplayNames("odd paths, every severity, an unlisted rule");
    }

    [Test]
    public void Writes_a_suite_per_file_a_case_per_rule_and_a_failure_per_finding()
    {
        var output = Write(new JUnitFormatter(), Sample());

        output.Should().Be(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"seaworthy\" tests=\"4\" failures=\"4\" errors=\"0\">\n"
            + "  <testsuite name=\"Dockerfile\" tests=\"4\" failures=\"4\" errors=\"0\" skipped=\"0\">\n"
            + "    <testcase name=\"SW1002 unpinned-image\" classname=\"Dockerfile\">\n"
            + "      <failure message=\"Image 'ubuntu:latest' is not pinned by digest\" type=\"SW1002\">warning SW1002 at Dockerfile:1:6: Image 'ubuntu:latest' is not pinned by digest\n"
            + "Image is not pinned by digest: https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1002.md</failure>\n"
            + "    </testcase>\n"
            + "    <testcase name=\"SW1003 secret-in-environment\" classname=\"Dockerfile\">\n"
            + "      <failure message=\"ENV API_KEY holds a secret (AKIA****************)\" type=\"SW1003\">error SW1003 at Dockerfile:2:5: ENV API_KEY holds a secret (AKIA****************)\n"
            + "Secret in an environment variable: https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1003.md</failure>\n"
            + "    </testcase>\n"
            + "    <testcase name=\"SW1001 run-as-root\" classname=\"Dockerfile\">\n"
            + "      <failure message=\"The container runs as root\" type=\"SW1001\">warning SW1001 at Dockerfile:3:1: The container runs as root\n"
            + "Container runs as root: https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1001.md</failure>\n"
            + "    </testcase>\n"
            + "    <testcase name=\"SW1004 missing-healthcheck\" classname=\"Dockerfile\">\n"
            + "      <failure message=\"No HEALTHCHECK instruction\" type=\"SW1004\">info SW1004 at Dockerfile:1:1: No HEALTHCHECK instruction\n"
            + "No health check: https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1004.md</failure>\n"
            + "    </testcase>\n"
            + "  </testsuite>\n"
            + "</testsuites>\n");
    }

    [TestCaseSource(nameof(Reports))]
    public void Is_valid_against_the_junit_schema_jenkins_uses(AnalysisReport report)
    {
        XmlSchemaCheck.Problems(Write(new JUnitFormatter(), report), Schema).Should().BeEmpty();
    }

    [Test]
    public void The_schema_check_rejects_a_report_jenkins_would_not_take()
    {
        var document = XDocument.Parse(Write(new JUnitFormatter(), Sample()));
        document.Descendants("testsuite").Single().SetAttributeValue("failures", null);
        document.Descendants("testcase").First().SetAttributeValue("name", null);

        XmlSchemaCheck.Problems(document.ToString(), Schema).Should().HaveCount(2);
    }

    [Test]
    public void Findings_of_one_rule_in_one_file_are_one_test_case_and_a_clean_file_passes()
    {
        var twice = new SourceText("a/Dockerfile", "USER root\nUSER root\n");
        var clean = new SourceText("b/Dockerfile", "FROM scratch\n");
        var first = new Diagnostic(RunAsRoot, Severity.Warning, twice.GetLocation(new TextSpan(0, 9)), "first");
        var second = new Diagnostic(RunAsRoot, Severity.Warning, twice.GetLocation(new TextSpan(10, 9)), "second");
        var hidden = new Diagnostic(UnpinnedImage, Severity.Hidden, twice.GetLocation(new TextSpan(0, 4)), "hidden");

        var document = XDocument.Parse(Write(new JUnitFormatter(), Report(new[] { Analyzed(twice), Analyzed(clean) }, first, hidden, second)));

        var suites = document.Root!.Elements("testsuite").ToArray();
        suites.Select(suite => (string)suite.Attribute("name")!).Should().Equal("a/Dockerfile", "b/Dockerfile");
        var failing = suites[0].Elements("testcase").Should().ContainSingle().Subject;
        ((string)failing.Attribute("name")!).Should().Be("SW1001 run-as-root");
        failing.Elements("failure").Select(failure => (string)failure.Attribute("message")!).Should().Equal("first", "second");
        var passing = suites[1].Elements("testcase").Should().ContainSingle().Subject;
        passing.Attributes().Select(attribute => attribute.ToString()).Should().Equal("name=\"no findings\"", "classname=\"b/Dockerfile\"");
        passing.Elements().Should().BeEmpty();
        ((string)suites[1].Attribute("failures")!).Should().Be("0");
        ((string)document.Root.Attribute("tests")!).Should().Be("2");
        ((string)document.Root.Attribute("failures")!).Should().Be("1");
    }
}
