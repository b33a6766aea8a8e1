using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes SonarQube's generic external issues report (the format of SonarQube 10.3 and later, read through
/// <c>sonar.externalIssuesReportPaths</c>): <c>rules</c>, each with <c>id</c>, <c>name</c>, <c>description</c>,
/// <c>engineId</c> <c>seaworthy</c>, a <c>cleanCodeAttribute</c> and the <c>impacts</c> on software qualities, and
/// <c>issues</c>, each with its <c>ruleId</c> and <c>primaryLocation</c> (<c>message</c>, <c>filePath</c>,
/// <c>textRange</c>). Only the rules of findings are listed, each impact as severe as the rule's most severe finding
/// (an error is <c>HIGH</c>, a warning <c>MEDIUM</c>, an info <c>LOW</c>); hidden findings are left out. File paths
/// are relative to the current folder, where the scanner normally runs (<c>sonar.projectBaseDir</c>). SonarQube's
/// columns are 0-based with an exclusive end; a range that would be empty or span lines gives lines only, as
/// SonarQube refuses an empty range.
/// </summary>
public sealed class SonarQubeFormatter : ReportFormatter
{
    internal const string Name = "sonarqube";

    private const string EngineId = "seaworthy";

    private readonly string? _folder;

    /// <summary>A formatter writing file paths relative to <paramref name="folder"/> (default: the current folder).</summary>
    public SonarQubeFormatter(string? folder = null) => _folder = folder;

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var folder = _folder ?? Directory.GetCurrentDirectory();

        // The rules of the findings, in the order of their first finding, with their most severe finding's severity.
        var rules = new List<RuleDescriptor>();
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Hidden)
            {
                continue;
            }

            if (!severities.TryGetValue(diagnostic.Id, out var severity))
            {
                rules.Add(diagnostic.Rule);
                severities.Add(diagnostic.Id, diagnostic.Severity);
            }
            else if (diagnostic.Severity > severity)
            {
                severities[diagnostic.Id] = diagnostic.Severity;
            }
        }

        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(writer, rule, severities[rule.Id]);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("issues");
            foreach (var diagnostic in report.Result.Diagnostics)
            {
                if (diagnostic.Severity != Severity.Hidden)
                {
                    JsonOutput.FlushIfLarge(writer);
                    WriteIssue(writer, diagnostic, folder);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule, Severity severity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Id + " " + rule.Name + ": " + rule.Title);
        var equivalents = rule.Equivalents.Count > 0 ? "\nThe same check in other tools: " + string.Join(", ", rule.Equivalents) + "." : string.Empty;
        writer.WriteString("description", rule.Title + "." + equivalents + "\nDocumentation: " + rule.HelpUri);
        writer.WriteString("engineId", EngineId);
        writer.WriteString("cleanCodeAttribute", CleanCodeAttribute(rule.Category));
        writer.WriteStartArray("impacts");
        writer.WriteStartObject();
        writer.WriteString("softwareQuality", SoftwareQuality(rule.Category));
        writer.WriteString("severity", severity switch
        {
            Severity.Error => "HIGH",
            Severity.Warning => "MEDIUM",
            _ => "LOW",
        });
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteIssue(Utf8JsonWriter writer, Diagnostic diagnostic, string folder)
    {
        var location = diagnostic.Location;
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        writer.WriteStartObject("primaryLocation");
        writer.WriteString("message", diagnostic.Target is { } target ? target + ": " + diagnostic.Message : diagnostic.Message);
        writer.WriteString("filePath", ReportFiles.RelativePath(folder, location.Path));
        writer.WriteStartObject("textRange");
        writer.WriteNumber("startLine", location.Line);
        writer.WriteNumber("endLine", location.EndLine);
        if (location.EndLine == location.Line && location.EndColumn > location.Column)
        {
            writer.WriteNumber("startColumn", location.Column - 1);
            writer.WriteNumber("endColumn", location.EndColumn - 1);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string SoftwareQuality(RuleCategory category) => category switch
    {
        RuleCategory.Security => "SECURITY",
        RuleCategory.Reliability or RuleCategory.Correctness => "RELIABILITY",
        _ => "MAINTAINABILITY",
    };

    private static string CleanCodeAttribute(RuleCategory category) => category switch
    {
        RuleCategory.Security => "TRUSTWORTHY",
        RuleCategory.Reliability => "COMPLETE",
        RuleCategory.Correctness => "LOGICAL",
        RuleCategory.Efficiency => "EFFICIENT",
        RuleCategory.Maintainability => "CLEAR",
        _ => "CONVENTIONAL",
    };
}
