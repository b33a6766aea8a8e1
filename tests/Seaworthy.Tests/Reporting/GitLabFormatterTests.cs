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

public class GitLabFormatterTests
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
        _schema = await JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemata", "gitlab-codequality.schema.json"));
    }

    [Test]
    public void Writes_an_issue_per_finding_with_gitlab_severities_and_both_kinds_of_location()
    {
        using var report = JsonDocument.Parse(Write(new GitLabFormatter(Directory.GetCurrentDirectory()), Sample()));

        var issues = report.RootElement.EnumerateArray().ToArray();
        issues.Select(issue => issue.GetProperty("severity").GetString()).Should().Equal("major", "critical", "major", "info");
        issues.Select(issue => issue.GetProperty("check_name").GetString()).Should().Equal("SW1002", "SW1003", "SW1001", "SW1004");
        var root = issues[2];
        root.GetProperty("description").GetString().Should().Be("The container runs as root");
        root.GetProperty("fingerprint").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        JsonNode.Parse(root.GetProperty("location").GetRawText())!.ToJsonString().Should().Be(
            """{"path":"Dockerfile","lines":{"begin":3,"end":3},"positions":{"begin":{"line":3,"column":1},"end":{"line":3,"column":10}}}""");
    }

    [TestCaseSource(nameof(Reports))]
    public void Is_valid_against_the_code_quality_schema(AnalysisReport report)
    {
        _schema.Validate(Write(new GitLabFormatter(), report)).Select(error => error.ToString()).Should().BeEmpty();
    }

    [Test]
    public void The_schema_check_rejects_a_report_gitlab_would_not_take()
    {
        var issues = JsonNode.Parse(Write(new GitLabFormatter(Directory.GetCurrentDirectory()), Sample()))!.AsArray();
        issues[0]!["severity"] = "warning";
        issues[1]!["location"]!["path"] = "/work/Dockerfile";
        issues[2]!.AsObject().Remove("fingerprint");

        _schema.Validate(issues.ToJsonString()).Should().HaveCount(3);
    }

    [Test]
    public void Paths_are_relative_to_the_folder_with_slashes_and_hidden_findings_are_left_out()
    {
        var folder = Directory.GetCurrentDirectory();
        var absolute = new SourceText(Path.Combine(folder, "sub", "Dockerfile"), "USER root\n");
        var dotted = new SourceText("./app/Dockerfile", "USER root\n");
        var hidden = new Diagnostic(RunAsRoot, Severity.Hidden, absolute.GetLocation(new TextSpan(0, 4)), "hidden");
        var report = Report(new[] { Analyzed(absolute), Analyzed(dotted) }, On(absolute, "USER root", RunAsRoot, "m"), hidden, On(dotted, "USER root", RunAsRoot, "m"));

        using var written = JsonDocument.Parse(Write(new GitLabFormatter(folder), report));

        written.RootElement.EnumerateArray().Select(issue => issue.GetProperty("location").GetProperty("path").GetString())
            .Should().Equal("sub/Dockerfile", "app/Dockerfile");
    }

    [Test]
    public void Fingerprints_are_unique_in_a_report_and_survive_lines_inserted_above()
    {
        static string[] Fingerprints(string dockerfile, string path)
        {
            var text = new SourceText(path, dockerfile);
            var first = On(text, "USER root", RunAsRoot, "root");
            var second = new Diagnostic(RunAsRoot, Severity.Warning, text.GetLocation(new TextSpan(dockerfile.LastIndexOf("USER root", StringComparison.Ordinal), 9)), "root");
            using var report = JsonDocument.Parse(Write(new GitLabFormatter(Directory.GetCurrentDirectory()), Report(new[] { Analyzed(text) }, first, second)));
            return report.RootElement.EnumerateArray().Select(issue => issue.GetProperty("fingerprint").GetString()!).ToArray();
        }

        var before = Fingerprints("FROM a\nUSER root\nUSER root\n", "Dockerfile");
        var moved = Fingerprints("# a comment\n\nFROM a\nUSER root\nUSER root\n", "Dockerfile");
        var elsewhere = Fingerprints("FROM a\nUSER root\nUSER root\n", "other/Dockerfile");

        before.Should().OnlyHaveUniqueItems("the same line twice is two findings");
        moved.Should().Equal(before);
        elsewhere.Should().NotIntersectWith(before, "the same finding in another file is another finding");
    }
}
