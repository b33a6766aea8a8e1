using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes one indented JSON object for scripts: <c>tool</c>, <c>files</c>, <c>diagnostics</c> and
/// <c>summary</c>, with keys always in the same order. Lines and columns are 1-based, columns count
/// UTF-16 code units, and <c>endColumn</c> is exclusive. A host audit finding has a <c>target</c>
/// (<c>container c-ports</c>) in place of the line and columns, and its <c>path</c> is the engine's endpoint.
/// </summary>
public sealed class JsonFormatter : ReportFormatter
{
    internal const string Name = "json";

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        JsonOutput.Write(output, writer => WriteReport(report, writer));
    }

    private static void WriteReport(AnalysisReport report, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteString("name", report.ToolName);
        writer.WriteString("version", report.ToolVersion);
        writer.WriteEndObject();

        writer.WriteStartArray("files");
        foreach (var file in report.Result.Files)
        {
            JsonOutput.FlushIfLarge(writer);
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("kind", ReportNames.Of(file.Kind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");

        // A report can hold a million findings of a few rules in a few files: the names, and each rule's and file's
        // texts, are encoded for JSON once rather than once per finding.
        var rules = new Dictionary<RuleDescriptor, EncodedRule>();
        var severities = new Dictionary<Severity, JsonEncodedText>();
        string? lastPath = null;
        var encodedPath = default(JsonEncodedText);
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            JsonOutput.FlushIfLarge(writer);
            var location = diagnostic.Location;
            if (!rules.TryGetValue(diagnostic.Rule, out var rule))
            {
                rule = new EncodedRule(diagnostic.Rule);
                rules.Add(diagnostic.Rule, rule);
            }

            if (!severities.TryGetValue(diagnostic.Severity, out var severity))
            {
                severity = JsonEncodedText.Encode(ReportNames.Of(diagnostic.Severity));
                severities.Add(diagnostic.Severity, severity);
            }

            if (!ReferenceEquals(location.Path, lastPath))
            {
                lastPath = location.Path;
                encodedPath = JsonEncodedText.Encode(location.Path, JsonOutput.Encoder);
            }

            writer.WriteStartObject();
            writer.WriteString(Names.Id, rule.Id);
            writer.WriteString(Names.Name, rule.Name);
            writer.WriteString(Names.Severity, severity);
            writer.WriteString(Names.Message, diagnostic.Message);
            writer.WriteString(Names.Path, encodedPath);
            if (diagnostic.Target is { } target)
            {
                writer.WriteString(Names.Target, target.ToString());
            }
            else
            {
                writer.WriteNumber(Names.Line, location.Line);
                writer.WriteNumber(Names.Column, location.Column);
                writer.WriteNumber(Names.EndLine, location.EndLine);
                writer.WriteNumber(Names.EndColumn, location.EndColumn);
            }

            writer.WriteString(Names.Category, rule.Category);
            writer.WriteString(Names.HelpUri, rule.HelpUri);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        var counts = SeverityCounts.Of(report.Result.Diagnostics);
        writer.WriteStartObject("summary");
        writer.WriteNumber("errors", counts.Errors);
        writer.WriteNumber("warnings", counts.Warnings);
        writer.WriteNumber("infos", counts.Infos);
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText HelpUri = JsonEncodedText.Encode("helpUri");
    }

    private sealed class EncodedRule
    {
        public EncodedRule(RuleDescriptor rule)
        {
            Id = JsonEncodedText.Encode(rule.Id, JsonOutput.Encoder);
            Name = JsonEncodedText.Encode(rule.Name, JsonOutput.Encoder);
            Category = JsonEncodedText.Encode(ReportNames.Of(rule.Category), JsonOutput.Encoder);
            HelpUri = JsonEncodedText.Encode(rule.HelpUri, JsonOutput.Encoder);
        }

        public JsonEncodedText Id { get; }

        public JsonEncodedText Name { get; }

        public JsonEncodedText Category { get; }

        public JsonEncodedText HelpUri { get; }
    }
}
