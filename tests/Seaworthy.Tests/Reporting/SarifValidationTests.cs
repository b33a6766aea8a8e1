using System;
using System.Collections.Generic;
using System.Diagnostics;
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

/// <summary>
/// Checks our SARIF with tools we did not write: the official SARIF 2.1.0 schema (from the Sarif.Sdk
/// package, copied next to the tests by the build) and, when installed, Microsoft's SARIF multitool.
/// </summary>
public class SarifValidationTests
{
    /// <summary>Where the multitool's npm package is installed by <see cref="MultitoolInstallCommand"/>.</summary>
    private const string MultitoolFolder = ".tools/sarif-multitool";

    private const string MultitoolInstallCommand =
        "npm install --prefix " + MultitoolFolder + " --no-save --no-audit --no-fund @microsoft/sarif-multitool@5.7.0";

    private JsonSchema _schema = null!;

    public static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData(Sample()).SetArgDisplayNames("four findings in one file");
        yield return new TestCaseData(Report(Array.Empty<AnalyzedFile>())).SetArgDisplayNames("nothing analyzed");
        yield return new TestCaseData(Unreadable()).SetArgDisplayNames("a file without text");
        yield return new TestCaseData(Mixed()).SetArgDisplayNames("odd paths, every severity, an unlisted rule");
        yield return new TestCaseData(WithRulePack()).SetArgDisplayNames("a rule pack's finding, the pack an extension");
        yield return new TestCaseData(WithFix()).SetArgDisplayNames("a finding with a fix");
    }

    [OneTimeSetUp]
    public async Task LoadSchema()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemata", "sarif-2.1.0.json");
        File.Exists(path).Should().BeTrue("the build copies the schema from the Sarif.Sdk package to {0}", path);
        _schema = await JsonSchema.FromFileAsync(path);
    }

    [TestCaseSource(nameof(Reports))]
    public void OutputIsValidAgainstTheOfficialSchema(AnalysisReport report)
    {
        var errors = _schema.Validate(Write(new SarifFormatter(), report));

        errors.Select(e => e.ToString()).Should().BeEmpty();
    }

    [Test]
    public void A_fix_is_an_artifact_change_with_the_files_line_ending()
    {
        var log = JsonNode.Parse(Write(new SarifFormatter(), WithFix()))!;
        var fix = log["runs"]![0]!["results"]![0]!["fixes"]![0]!;

        fix["description"]!["text"]!.GetValue<string>().Should().Be("Run as app");
        var replacement = fix["artifactChanges"]![0]!["replacements"]![0]!;
        replacement["deletedRegion"]!["charOffset"]!.GetValue<int>().Should().Be(23);
        replacement["deletedRegion"]!["charLength"]!.GetValue<int>().Should().Be(4);
        replacement["insertedContent"]!["text"]!.GetValue<string>().Should().Be("app\r\nRUN true");
    }

    [Test]
    public void TheSchemaCheckRejectsAnInvalidLog()
    {
        var log = JsonNode.Parse(Write(new SarifFormatter(), Sample()))!;
        var result = log["runs"]![0]!["results"]![0]!.AsObject();
        result.Remove("message");
        result["level"] = "severe";

        var errors = string.Join("\n", _schema.Validate(log.ToJsonString()).Select(e => e.ToString()));

        errors.Should().Contain("PropertyRequired: #/runs[0].results[0].message");
        errors.Should().Contain("NotInEnumeration: #/runs[0].results[0].level");
    }

    [Test]
    public void TheSarifMultitoolFindsNoErrorOrWarning()
    {
        var multitool = FindMultitool();
        if (multitool is null)
        {
            Assert.Ignore(
                "The SARIF multitool is not installed. Set SARIF_MULTITOOL to its executable, or run "
                + $"`{MultitoolInstallCommand}` in the repository root.");
        }

        File.Exists(multitool).Should().BeTrue("SARIF_MULTITOOL names the multitool's executable");
        var folder = Directory.CreateTempSubdirectory("seaworthy-sarif-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.sarif");
            var output = Path.Combine(folder.FullName, "validation.sarif");
            File.WriteAllText(input, Write(new SarifFormatter(), Mixed()));

            var (exitCode, console) = Run(multitool, "validate", input, "--output", output);

            exitCode.Should().Be(0, "the multitool ran to completion:\n{0}", console);
            Problems(output).Should().BeEmpty("the multitool reported:\n{0}", console);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The multitool's findings of level error or warning (a result without a level is a warning).</summary>
    private static List<string> Problems(string validationLog)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(validationLog));
        var problems = new List<string>();
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var level = result.TryGetProperty("level", out var value) ? value.GetString() : "warning";
            if (level is "error" or "warning")
            {
                problems.Add($"{result.GetProperty("ruleId").GetString()} {level}: {result.GetProperty("message")}");
            }
        }

        return problems;
    }

    private static string? FindMultitool()
    {
        var configured = Environment.GetEnvironmentVariable("SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var (platform, executable) =
            OperatingSystem.IsWindows() ? ("win32", "Sarif.Multitool.exe")
            : OperatingSystem.IsMacOS() ? ("darwin", "Sarif.Multitool")
            : ("linux", "Sarif.Multitool");
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Linter.sln")))
            {
                var candidate = Path.Combine(
                    directory.FullName, MultitoolFolder, "node_modules", "@microsoft", "sarif-multitool-" + platform, executable);
                return File.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    private static (int ExitCode, string Console) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The multitool did not finish within two minutes:\n{standardOutput}");
        }

        return (process.ExitCode, standardOutput + standardError.GetAwaiter().GetResult());
    }
}
