using System;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Text;
using static Seaworthy.Tests.Reporting.ReportSamples;

namespace Seaworthy.Tests.Reporting;

public class SarifFormatterTests
{
    [Test]
    public void WritesOneRunWithTheToolItsRulesArtifactsAndResults()
    {
        using var sarif = Sarif(Sample());
        var root = sarif.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("$schema", "version", "runs");
        root.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("runs").GetArrayLength().Should().Be(1);

        var run = root.GetProperty("runs")[0];
        run.EnumerateObject().Select(p => p.Name).Should().Equal("tool", "artifacts", "results", "columnKind");
        run.GetProperty("columnKind").GetString().Should().Be("utf16CodeUnits");

        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("seaworthy");
        driver.GetProperty("version").GetString().Should().Be("1.2.3");
        driver.GetProperty("informationUri").GetString().Should().Be("https://github.com/seaworthy-dev/seaworthy");
        driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal("SW1001", "SW1002", "SW1003", "SW1004");
    }

    [Test]
    public void DescribesEachRule()
    {
        using var sarif = Sarif(Sample());
        var rule = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];

        rule.EnumerateObject().Select(p => p.Name)
            .Should().Equal("id", "name", "shortDescription", "helpUri", "defaultConfiguration", "properties");
        rule.GetProperty("name").GetString().Should().Be("run-as-root");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Container runs as root");
        rule.GetProperty("helpUri").GetString().Should().Be(RuleDescriptor.HelpFor("SW1001"));
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");
        rule.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean().Should().BeTrue();

        var properties = rule.GetProperty("properties");
        properties.GetProperty("category").GetString().Should().Be("security");
        properties.GetProperty("equivalents").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("hadolint:DL3002", "checkov:CKV_K8S_23");
        properties.GetProperty("tags").EnumerateArray().Select(e => e.GetString()).Should().Equal("security");
    }

    [Test]
    public void PointsEachResultAtItsRuleFileAndRegion()
    {
        using var sarif = Sarif(Sample());
        var run = Run(sarif);
        var results = run.GetProperty("results");

        results.GetArrayLength().Should().Be(4);
        var secret = results[1];
        secret.EnumerateObject().Select(p => p.Name).Should().Equal("ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints");
        secret.GetProperty("partialFingerprints").GetProperty("seaworthy/v1").GetString().Should().MatchRegex("^[0-9a-f]{32}:1$");
        secret.GetProperty("ruleId").GetString().Should().Be("SW1003");
        secret.GetProperty("level").GetString().Should().Be("error");
        secret.GetProperty("message").GetProperty("text").GetString().Should().Be("ENV API_KEY holds a secret (AKIA****************)");

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in results.EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
        }

        var physical = secret.GetProperty("locations")[0].GetProperty("physicalLocation");
        var artifact = physical.GetProperty("artifactLocation");
        artifact.GetProperty("uri").GetString().Should().Be("Dockerfile");
        artifact.GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        artifact.GetProperty("index").GetInt32().Should().Be(0);

        var region = physical.GetProperty("region");
        region.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()))
            .Should().Equal(("startLine", 2), ("startColumn", 5), ("endLine", 2), ("endColumn", 33));
    }

    [Test]
    public void ListsEachFileReadOnceAsAnArtifact()
    {
        var text = new SourceText("app/Dockerfile", DockerfileText);
        var report = Report(new[] { Analyzed(text), Analyzed(text) });

        using var sarif = Sarif(report);
        var artifacts = Run(sarif).GetProperty("artifacts");

        artifacts.GetArrayLength().Should().Be(1);
        var location = artifacts[0].GetProperty("location");
        location.EnumerateObject().Select(p => p.Name).Should().Equal("uri", "uriBaseId");
        location.GetProperty("uri").GetString().Should().Be("app/Dockerfile");
        artifacts[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("analysisTarget");
        artifacts[0].GetProperty("sourceLanguage").GetString().Should().Be("dockerfile");
    }

    [TestCase(Severity.Error, "error")]
    [TestCase(Severity.Warning, "warning")]
    [TestCase(Severity.Info, "note")]
    [TestCase(Severity.Hidden, "none")]
    public void MapsSeveritiesToSarifLevels(Severity severity, string level)
    {
        var rule = Rule("SW2001", "some-rule", "Some rule", RuleCategory.Style, severity);
        var text = new SourceText("Dockerfile", DockerfileText);
        var report = AnalysisReport.Create(ToolVersion, new[] { rule }, new AnalysisResult(new[] { Analyzed(text) }, new[] { On(text, "USER", rule, "m", severity) }));

        using var sarif = Sarif(report);
        var run = Run(sarif);

        run.GetProperty("results")[0].GetProperty("level").GetString().Should().Be(level);
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0]
            .GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be(level);
    }

    [Test]
    public void DescribesRulesOfDiagnosticsThatWereNotListedAsRunOnceEach()
    {
        var text = new SourceText("Dockerfile", DockerfileText);
        var report = AnalysisReport.Create(
            ToolVersion,
            new[] { RunAsRoot, RunAsRoot },
            new AnalysisResult(
                new[] { Analyzed(text) },
                new[]
                {
                    On(text, "FROM", NotText, "first"),
                    On(text, "USER", RunAsRoot, "second"),
                    On(text, "ENV", NotText, "third"),
                }));

        using var sarif = Sarif(report);
        var run = Run(sarif);

        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).Should().Equal("SW1001", "SW0004");
        run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleIndex").GetInt32())
            .Should().Equal(1, 0, 1);
    }

    [Test]
    public void AResultOnAFileWithoutTextPointsAtItsStart()
    {
        using var sarif = Sarif(Unreadable());
        var physical = Run(sarif).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");

        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("image.tar");
        physical.GetProperty("region").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()))
            .Should().Equal(("startLine", 1), ("startColumn", 1), ("endLine", 1), ("endColumn", 1));
    }

    [Test]
    public void AResultOnAFileThatWasNotReadHasNoArtifactIndex()
    {
        var text = new SourceText("/etc/docker/daemon.json", "{}\n");
        var report = Report(Array.Empty<AnalyzedFile>(), On(text, "{}", RunAsRoot, "m"));

        using var sarif = Sarif(report);
        var artifact = Run(sarif).GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation");

        artifact.EnumerateObject().Select(p => p.Name).Should().Equal("uri");
        artifact.GetProperty("uri").GetString().Should().Be("file:///etc/docker/daemon.json");
    }

    [Test]
    public void RelativeAndAbsolutePathsBecomeRelativeAndFileUris()
    {
        var relative = new SourceText("./my app/Dockerfile", DockerfileText);
        var absolute = new SourceText("/srv/#1/Dockerfile", DockerfileText);
        var report = Report(new[] { Analyzed(relative), Analyzed(absolute) });

        using var sarif = Sarif(report);
        var locations = Run(sarif).GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location")).ToArray();

        locations[0].GetProperty("uri").GetString().Should().Be("my%20app/Dockerfile");
        locations[0].GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        locations[1].GetProperty("uri").GetString().Should().Be("file:///srv/%231/Dockerfile");
        locations[1].TryGetProperty("uriBaseId", out _).Should().BeFalse();
    }

    private static JsonDocument Sarif(AnalysisReport report) => JsonDocument.Parse(Write(new SarifFormatter(), report));

    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];
}
