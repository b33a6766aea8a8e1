using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using NJsonSchema;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

public class SonarQubeFormatterTests
{
    private JsonSchema _schema = null!;

    public static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData(Sample()).SetArgDisplayNames("four findings in one file");
        yield return new TestCaseData(Report(Array.Empty<AnalyzedFile>())).SetArgDisplayNames("nothing analyzed");
        yield return new TestCaseData(Unreadable()).SetArgDisplayNames("a file without text");
        yield return new TestCaseData(Mixed()).SetArgDisplayNames("odd paths, every severity, an unlisted rule");
    }

    [OneTimeSetUp]
    public async Task LoadSchema()
    {
        _schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemata", "sonarqube-generic-issues.schema.json"));
    }

    [Test]
    public void Writes_the_rules_of_the_findings_and_an_issue_per_finding_with_0_based_columns()
    {
        var report = JsonNode.Parse(Write(new SonarQubeFormatter(Directory.GetCurrentDirectory()), Sample()))!;

        var rules = report["rules"]!.AsArray();
        rules.Select(rule => (string)rule!["id"]!).Should().Equal("SW1002", "SW1003", "SW1001", "SW1004");
        rules[2]!.ToJsonString().Should().Be(
            """{"id":"SW1001","name":"SW1001 run-as-root: Container runs as root","description":"Container runs as root.\nThe same check in other tools: hadolint:DL3002, checkov:CKV_K8S_23.\nDocumentation: https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1001.md","engineId":"seaworthy","cleanCodeAttribute":"TRUSTWORTHY","impacts":[{"softwareQuality":"SECURITY","severity":"MEDIUM"}]}""");
        rules.Select(rule => (string)rule!["impacts"]![0]!["severity"]!).Should().Equal("MEDIUM", "HIGH", "MEDIUM", "LOW");
        report["issues"]!.AsArray()[2]!.ToJsonString().Should().Be(
            """{"ruleId":"SW1001","primaryLocation":{"message":"The container runs as root","filePath":"Dockerfile","textRange":{"startLine":3,"endLine":3,"startColumn":0,"endColumn":9}}}""");
    }

    [TestCaseSource(nameof(Reports))]
    public void Is_valid_against_the_generic_issue_schema(AnalysisReport report)
    {
        _schema.Validate(Write(new SonarQubeFormatter(), report)).Select(error => error.ToString()).Should().BeEmpty();
    }

    [Test]
    public void The_schema_check_rejects_a_report_sonarqube_would_not_take()
    {
        var report = JsonNode.Parse(Write(new SonarQubeFormatter(), Sample()))!;
        report["rules"]![0]!["impacts"]![0]!["severity"] = "WARNING";
        report["issues"]![0]!["primaryLocation"]!.AsObject().Remove("filePath");
        report["issues"]![1]!["primaryLocation"]!["textRange"]!["startLine"] = 0;

        _schema.Validate(report.ToJsonString()).Should().HaveCount(3);
    }

    [Test]
    public void A_range_sonarqube_would_refuse_gives_lines_only_and_a_rule_takes_its_most_severe_finding()
    {
        var text = new SourceText("Dockerfile", "RUN a \\\n  && b\nUSER root\n");
        var spanning = On(text, "a \\\n  && b", RunAsRoot, "over two lines", Severity.Info);
        var error = On(text, "USER root", RunAsRoot, "an error", Severity.Error);
        var hidden = On(text, "USER", UnpinnedImage, "hidden", Severity.Hidden);

        var report = JsonNode.Parse(Write(new SonarQubeFormatter(), Report(new[] { Analyzed(text) }, spanning, error, hidden)))!;
        var empty = JsonNode.Parse(Write(new SonarQubeFormatter(), Unreadable()))!;

        report["rules"]!.AsArray().Should().ContainSingle();
        ((string)report["rules"]![0]!["impacts"]![0]!["severity"]!).Should().Be("HIGH");
        report["issues"]![0]!["primaryLocation"]!["textRange"]!.ToJsonString().Should().Be("""{"startLine":1,"endLine":2}""");
        report["issues"]!.AsArray().Should().HaveCount(2);
        empty["issues"]![0]!["primaryLocation"]!["textRange"]!.ToJsonString().Should().Be("""{"startLine":1,"endLine":1}""");
    }
}
