using System;
using System.Collections.Generic;

namespace Seaworthy.Text;

/// <summary>
/// The text of one file with its path, and the offsets of its lines so that any offset maps to a
/// 1-based line and column. Lines end at <c>\n</c>; a <c>\r</c> before it belongs to the line break.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    // The line of the last offset looked up: findings come in file order and mostly start and end on one line, so
    // the next offset is usually on it. Only a guess, checked before use: threads sharing the text cannot spoil it.
    private int _lastLineIndex;

    /// <summary>Creates a source text. A leading byte-order mark must already be removed.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path the text was read from, as given to the engine.</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of lines; a final line break does not start a new line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[line - 1];

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    /// <summary>The 1-based line and column of an offset (the offset may equal the text length).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        if (offset < 0 || offset > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset lies outside the text.");
        }

        var line = LineIndexOf(offset);
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The location of a span of this text.</summary>
    public Location GetLocation(TextSpan span) =>
        new(Path, span, GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The characters of a span.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts.ToArray();
    }

    private int LineIndexOf(int offset)
    {
        var guess = _lastLineIndex;
        if (_lineStarts[guess] <= offset && (guess + 1 == _lineStarts.Length || offset < _lineStarts[guess + 1]))
        {
            return guess;
        }

        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        _lastLineIndex = line;
        return line;
    }
}
