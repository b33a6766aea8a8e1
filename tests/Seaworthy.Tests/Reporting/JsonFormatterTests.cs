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

public class JsonFormatterTests
{
    [Test]
    public void WritesOneIndentedObjectWithKeysInAFixedOrder()
    {
        var text = new SourceText("Dockerfile", DockerfileText);
        var report = Report(new[] { Analyzed(text) }, On(text, "USER root", RunAsRoot, "The container runs as root"));

        var output = Write(new JsonFormatter(), report);

        output.Should().Be(
            """
            {
              "tool": {
                "name": "seaworthy",
                "version": "1.2.3"
              },
              "files": [
                {
                  "path": "Dockerfile",
                  "kind": "dockerfile"
                }
              ],
              "diagnostics": [
                {
                  "id": "SW1001",
                  "name": "run-as-root",
                  "severity": "warning",
                  "message": "The container runs as root",
                  "path": "Dockerfile",
                  "line": 3,
                  "column": 1,
                  "endLine": 3,
                  "endColumn": 10,
                  "category": "security",
                  "helpUri": "https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1001.md"
                }
              ],
              "summary": {
                "errors": 0,
                "warnings": 1,
                "infos": 0
              }
            }

            """);
    }

    [Test]
    public void ListsEveryDiagnosticInOrderAndCountsThem()
    {
        using var json = JsonDocument.Parse(Write(new JsonFormatter(), Sample()));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("tool", "files", "diagnostics", "summary");
        root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Equal("SW1002", "SW1003", "SW1001", "SW1004");

        var secret = root.GetProperty("diagnostics")[1];
        secret.GetProperty("severity").GetString().Should().Be("error");
        secret.GetProperty("line").GetInt32().Should().Be(2);
        secret.GetProperty("column").GetInt32().Should().Be(5);
        secret.GetProperty("endLine").GetInt32().Should().Be(2);
        secret.GetProperty("endColumn").GetInt32().Should().Be(33);
        secret.GetProperty("category").GetString().Should().Be("security");

        var summary = root.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().Should().Be(1);
        summary.GetProperty("warnings").GetInt32().Should().Be(2);
        summary.GetProperty("infos").GetInt32().Should().Be(1);
    }

    [TestCase(Severity.Error, "error")]
    [TestCase(Severity.Warning, "warning")]
    [TestCase(Severity.Info, "info")]
    [TestCase(Severity.Hidden, "hidden")]
    public void WritesSeveritiesInLowerCase(Severity severity, string expected)
    {
        var text = new SourceText("Dockerfile", DockerfileText);
        var report = Report(new[] { Analyzed(text) }, On(text, "USER", RunAsRoot, "m", severity));

        using var json = JsonDocument.Parse(Write(new JsonFormatter(), report));

        json.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be(expected);
    }

    [Test]
    public void KeepsTextReadableAndEscapesWhatJsonRequires()
    {
        const string message = "Caf\u00e9 \"quoted\" <b> a+b \\ tab\there";
        var text = new SourceText("d\u00e9p\u00f4t/Dockerfile", DockerfileText);
        var report = Report(new[] { Analyzed(text) }, On(text, "USER", RunAsRoot, message));

        var output = Write(new JsonFormatter(), report);

        output.Should().Contain("\"message\": \"Caf\u00e9 \\\"quoted\\\" <b> a+b \\\\ tab\\there\"");
        using var json = JsonDocument.Parse(output);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("message").GetString().Should().Be(message);
        diagnostic.GetProperty("path").GetString().Should().Be("d\u00e9p\u00f4t/Dockerfile");
    }

    [Test]
    public void AnEmptyResultHasEmptyListsAndZeroCounts()
    {
        var output = Write(new JsonFormatter(), Report(System.Array.Empty<AnalyzedFile>()));

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("files").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("summary").EnumerateObject().Select(p => p.Value.GetInt32()).Should().Equal(0, 0, 0);
    }
}
