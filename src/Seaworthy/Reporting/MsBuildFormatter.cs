using System.Globalization;
using System.IO;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes one line per diagnostic in MSBuild's canonical format,
/// <c>path(line,column,endLine,endColumn): warning SW1001: message</c>, which IDEs, CI problem matchers
/// and MSBuild itself turn into clickable findings. The end column is exclusive, as the C# compiler
/// writes it. Hidden diagnostics are left out: the format has no such category. The path and the message are
/// made single-line and free of control characters as the text format makes them, so a file name or a message
/// cannot add a line of its own (a forged <c>Program.cs(1,1): error CS9999</c>) or drive the terminal.
/// </summary>
public sealed class MsBuildFormatter : ReportFormatter
{
    internal const string Name = "msbuild";

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Hidden)
            {
                continue;
            }

            var location = diagnostic.Location;
            output.Write(string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2},{3},{4}): {5} {6}: {7}",
                TerminalText.SingleLine(location.Path),
                location.Line,
                location.Column,
                location.EndLine,
                location.EndColumn,
                ReportNames.Of(diagnostic.Severity),
                diagnostic.Id,
                TerminalText.SingleLine(diagnostic.Message)));
            output.WriteLine();
        }
    }
}
