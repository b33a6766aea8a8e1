using System;
using System.Globalization;
using System.IO;
using System.Xml;
using Seaworthy.Analysis;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes checkstyle 4.3 XML, which Jenkins' warnings-ng, reviewdog and many CI dashboards read:
/// <c>&lt;checkstyle version="4.3"&gt;&lt;file name="Dockerfile"&gt;&lt;error line="3" column="1" severity="warning"
/// message="..." source="seaworthy.SW1001"/&gt;</c>. Every analyzed file has its <c>file</c> element, also one
/// without findings, as checkstyle writes them; hidden findings are left out. The column is checkstyle's: 1-based,
/// with each tab counted to the next multiple of 8 (checkstyle's default tab width); the format has no end.
/// </summary>
public sealed class CheckstyleFormatter : ReportFormatter
{
    internal const string Name = "checkstyle";

    // Checkstyle's default tabWidth.
    private const int TabWidth = 8;

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var texts = ReportFiles.TextsByPath(report.Result);
        XmlOutput.Write(output, writer =>
        {
            writer.WriteStartElement("checkstyle");
            writer.WriteAttributeString("version", "4.3");
            foreach (var (path, diagnostics) in ReportFiles.FindingsByFile(report.Result))
            {
                writer.WriteStartElement("file");
                writer.WriteAttributeString("name", XmlOutput.Clean(path));
                foreach (var diagnostic in diagnostics)
                {
                    WriteError(writer, diagnostic, texts.TryGetValue(path, out var text) ? text : null);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void WriteError(XmlWriter writer, Diagnostic diagnostic, SourceText? text)
    {
        writer.WriteStartElement("error");
        writer.WriteAttributeString("line", diagnostic.Location.Line.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("column", Column(diagnostic.Location, text).ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("severity", ReportNames.Of(diagnostic.Severity));
        var message = diagnostic.Target is { } target ? target + ": " + diagnostic.Message : diagnostic.Message;
        writer.WriteAttributeString("message", XmlOutput.Clean(message));
        writer.WriteAttributeString("source", "seaworthy." + diagnostic.Id);
        writer.WriteEndElement();
    }

    /// <summary>The 1-based column with tabs expanded to checkstyle's tab width; ours when the line text is not at hand.</summary>
    internal static int Column(Location location, SourceText? text)
    {
        if (text is null || location.Line < 1 || location.Line > text.LineCount)
        {
            return location.Column;
        }

        var start = text.GetLineStart(location.Line);
        var end = Math.Min(start + location.Column - 1, text.Text.Length);
        var cells = 0;
        for (var i = start; i < end; i++)
        {
            cells = text.Text[i] == '\t' ? (cells / TabWidth + 1) * TabWidth : cells + 1;
        }

        return cells + 1;
    }
}
