using System;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Shell;

/// <summary>
/// The text a shell script is parsed from, and the map from its offsets to the file it came from. Every node
/// the parser produces keeps its offsets in this text; <see cref="ShellNode.Span"/> maps them through here,
/// so a word found in a RUN that spans continuation lines, or in a heredoc body, has its exact place in the file.
/// </summary>
public sealed class ShellSource
{
    private readonly Func<int, int, TextSpan> _map;

    private ShellSource(string text, Func<int, int, TextSpan> map)
    {
        Text = text;
        _map = map;
    }

    /// <summary>The text to parse.</summary>
    public string Text { get; }

    /// <summary>A script that is a file of its own, or any string: spans are offsets into it, shifted by <paramref name="fileOffset"/>.</summary>
    public static ShellSource FromString(string text, int fileOffset = 0) =>
        new(text, (start, end) => new TextSpan(fileOffset + start, end - start));

    /// <summary>The range <paramref name="start"/> to <paramref name="end"/> of a Dockerfile instruction's joined text.</summary>
    public static ShellSource FromLogicalLine(LogicalLine line, int start, int end) => FromLogicalLine(line, start, end, line.Text.Substring(start, end - start));

    // As above, with the range's text already at hand (a RUN's argument is that text): it is shared, not copied.
    internal static ShellSource FromLogicalLine(LogicalLine line, int start, int end, string text) =>
        new(text, (from, to) => line.ToSourceSpan(start + from, start + to));

    /// <summary>The file span of the range <paramref name="start"/> to <paramref name="end"/> of <see cref="Text"/>, clamped to the text.</summary>
    public TextSpan GetFileSpan(int start, int end)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        end = Math.Max(start, Math.Min(end, Text.Length));
        return _map(start, end);
    }

    /// <summary>
    /// A text built from this one (escapes removed, tabs chomped): character <c>i</c> of <paramref name="text"/>
    /// came from the range <c>starts[i]</c> to <c>ends[i]</c> here; <c>starts[text.Length]</c> is where the text ends.
    /// </summary>
    internal ShellSource Derive(string text, int[] starts, int[] ends) =>
        new(text, (from, to) => to > from ? GetFileSpan(starts[from], ends[to - 1]) : GetFileSpan(starts[from], starts[from]));

    /// <summary>The range <paramref name="start"/> to <paramref name="end"/> with the leading tabs of every line removed, as <c>&lt;&lt;-</c> reads it.</summary>
    internal ShellSource WithoutLeadingTabs(int start, int end)
    {
        var builder = new System.Text.StringBuilder(end - start);
        var starts = new System.Collections.Generic.List<int>(end - start + 1);
        var lineStart = true;
        for (var i = start; i < end; i++)
        {
            var c = Text[i];
            if (lineStart && c == '\t')
            {
                continue;
            }

            lineStart = c == '\n';
            builder.Append(c);
            starts.Add(i);
        }

        starts.Add(end);
        var ends = new int[starts.Count - 1];
        for (var i = 0; i < ends.Length; i++)
        {
            ends[i] = starts[i] + 1;
        }

        return Derive(builder.ToString(), starts.ToArray(), ends);
    }

    /// <summary>Like <see cref="Derive"/>, with the ranges already in file offsets.</summary>
    internal static ShellSource FromFileRanges(string text, int[] starts, int[] ends) =>
        new(text, (from, to) => to > from ? TextSpan.FromBounds(starts[from], Math.Max(starts[from], ends[to - 1])) : new TextSpan(starts[from], 0));
}
