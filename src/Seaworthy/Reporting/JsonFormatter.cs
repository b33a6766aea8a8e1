using System.IO;
using System.Text.Json;

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
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            JsonOutput.FlushIfLarge(writer);
            var location = diagnostic.Location;
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("name", diagnostic.Rule.Name);
            writer.WriteString("severity", ReportNames.Of(diagnostic.Severity));
            writer.WriteString("message", diagnostic.Message);
            writer.WriteString("path", location.Path);
            if (diagnostic.Target is { } target)
            {
                writer.WriteString("target", target.ToString());
            }
            else
            {
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteNumber("endLine", location.EndLine);
                writer.WriteNumber("endColumn", location.EndColumn);
            }

            writer.WriteString("category", ReportNames.Of(diagnostic.Rule.Category));
            writer.WriteString("helpUri", diagnostic.Rule.HelpUri);
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
}
