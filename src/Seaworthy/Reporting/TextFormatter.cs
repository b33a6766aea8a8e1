using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Text;
using Spectre.Console;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes a report for a person at a terminal: for each diagnostic a header line
/// (<c>path:line:col: severity SW1001 [run-as-root] message</c>), a code frame with a caret line
/// under the span, and a blank line; then a one-line summary.
/// </summary>
/// <remarks>
/// Output goes through Spectre.Console's <see cref="AnsiWriter"/>, which styles text without laying it
/// out, so a line is never wrapped or cut whatever its length; without colour it writes plain text
/// and no escape sequence at all. Lines end with the writer's <see cref="TextWriter.NewLine"/>.
/// </remarks>
public sealed class TextFormatter : ReportFormatter
{
    internal const string Name = "text";

    // A long span shows this many of its lines; the rest is marked with an ellipsis.
    private const int MaxFrameLines = 3;

    private const string Indent = "  ";

    private static readonly Style LocationStyle = new(decoration: Decoration.Bold);
    private static readonly Style RuleStyle = new(decoration: Decoration.Dim);
    private static readonly Style GutterStyle = new(Color.Blue);
    private static readonly Style SuccessStyle = new(Color.Green, decoration: Decoration.Bold);
    private static readonly Style PlainStyle = Style.Plain;

    /// <summary>Creates a text formatter.</summary>
    /// <param name="useColor">
    /// Whether to colour the output with ANSI escape sequences. The caller decides, typically from
    /// whether the output is a terminal and whether <c>NO_COLOR</c> is set.
    /// </param>
    public TextFormatter(bool useColor = false)
    {
        UseColor = useColor;
    }

    /// <summary>Whether the output is coloured.</summary>
    public bool UseColor { get; }

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var writer = new Output(output, new AnsiWriter(output, new AnsiCapabilities
        {
            Ansi = UseColor,
            ColorSystem = UseColor ? ColorSystem.Standard : ColorSystem.NoColors,
            Links = false,
            AlternateBuffer = false,
        }));

        var frames = new CodeFrames(report.Result);
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            WriteHeader(writer, diagnostic);
            if (frames.TextOf(diagnostic) is { } masked)
            {
                WriteFrame(writer, masked, diagnostic);
            }

            writer.WriteLine();
        }

        WriteSummary(writer, report.Result);
    }

    private static void WriteHeader(Output writer, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        writer
            .Write(TerminalText.SingleLine(diagnostic.Target is { } target ? target + ":" : FormattableString.Invariant($"{location.Path}:{location.Line}:{location.Column}:")), LocationStyle)
            .Write(" ")
            .Write(ReportNames.Of(diagnostic.Severity), SeverityStyle(diagnostic.Severity))
            .Write(" ")
            .Write(TerminalText.SingleLine($"{diagnostic.Id} [{diagnostic.Rule.Name}]"), RuleStyle)
            .Write(" ")
            .Write(TerminalText.SingleLine(diagnostic.Message), PlainStyle)
            .WriteLine();
    }

    private static void WriteFrame(Output writer, MaskedText masked, Diagnostic diagnostic)
    {
        var text = masked.Text;
        var location = diagnostic.Location;
        var first = location.Line;
        if (first < 1 || first > text.LineCount)
        {
            return;
        }

        var last = CodeFrames.LastLine(location, text);
        var lastShown = Math.Min(last, first + MaxFrameLines - 1);
        var gutterWidth = lastShown.ToString(CultureInfo.InvariantCulture).Length;

        var lineText = masked.Line(first);
        var rendered = TerminalText.RenderLine(lineText, out var cells);
        var start = Clamp(location.Column - 1, 0, lineText.Length);
        var end = location.EndLine == first ? Clamp(location.EndColumn - 1, start, lineText.Length) : lineText.Length;
        var caretCount = Math.Max(1, cells[end] - cells[start]);

        WriteSourceLine(writer, first, gutterWidth, rendered);
        WriteGutter(writer, string.Empty, gutterWidth);
        writer
            .Write(" ")
            .Write(new string(' ', cells[start]))
            .Write(new string('^', caretCount), SeverityStyle(diagnostic.Severity))
            .WriteLine();

        for (var line = first + 1; line <= lastShown; line++)
        {
            WriteSourceLine(writer, line, gutterWidth, TerminalText.RenderLine(masked.Line(line), out _));
        }

        if (lastShown < last)
        {
            WriteGutter(writer, string.Empty, gutterWidth);
            writer.Write(" ").Write("...", GutterStyle).WriteLine();
        }
    }

    private static void WriteSourceLine(Output writer, int line, int gutterWidth, string rendered)
    {
        WriteGutter(writer, line.ToString(CultureInfo.InvariantCulture), gutterWidth);
        if (rendered.Length > 0)
        {
            writer.Write(" ").Write(rendered, PlainStyle);
        }

        writer.WriteLine();
    }

    private static void WriteGutter(Output writer, string number, int width) =>
        writer.Write(Indent + number.PadLeft(width) + " |", GutterStyle);

    private static void WriteSummary(Output writer, AnalysisResult result)
    {
        var counts = SeverityCounts.Of(result.Diagnostics);
        if (counts.Total == 0)
        {
            writer.Write("No problems found in " + Count(result.Files.Count, "file"), SuccessStyle).WriteLine();
            return;
        }

        var parts = new List<string>(4);
        if (counts.Errors > 0)
        {
            parts.Add(Count(counts.Errors, "error"));
        }

        if (counts.Warnings > 0)
        {
            parts.Add(Count(counts.Warnings, "warning"));
        }

        // "info" and "hidden" read as uncountable: "3 info", not "3 infos".
        if (counts.Infos > 0)
        {
            parts.Add(counts.Infos.ToString(CultureInfo.InvariantCulture) + " info");
        }

        if (counts.Hidden > 0)
        {
            parts.Add(counts.Hidden.ToString(CultureInfo.InvariantCulture) + " hidden");
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            paths.Add(diagnostic.Location.Path);
        }

        var worst = counts.Errors > 0 ? Severity.Error : counts.Warnings > 0 ? Severity.Warning : Severity.Info;
        var summary = Count(counts.Total, "problem") + " (" + string.Join(", ", parts) + ") in " + Count(paths.Count, "file");
        writer.Write(summary, SeverityStyle(worst)).WriteLine();
    }

    private static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Error => new Style(Color.Red, decoration: Decoration.Bold),
        Severity.Warning => new Style(Color.Yellow, decoration: Decoration.Bold),
        Severity.Info => new Style(Color.Aqua, decoration: Decoration.Bold),
        _ => new Style(Color.Grey),
    };

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>
    /// Styled text through Spectre.Console; line breaks through the <see cref="TextWriter"/> itself,
    /// because <see cref="AnsiWriter.WriteLine()"/> always writes <c>\n</c>.
    /// </summary>
    private sealed class Output(TextWriter text, AnsiWriter ansi)
    {
        public Output Write(string value)
        {
            ansi.Write(value);
            return this;
        }

        public Output Write(string value, Style style)
        {
            ansi.Write(value, style);
            return this;
        }

        public void WriteLine() => text.WriteLine();
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
