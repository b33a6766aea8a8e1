using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// One instruction's text with its continuation lines joined the way BuildKit joins them, and the
/// map from every character back to the file, so that anything found in the joined text has an exact
/// position in the file.
/// </summary>
public sealed class LogicalLine
{
    // Most instructions are one physical line: their one segment is kept without an array (every instruction
    // keeps its line for the whole analysis).
    private readonly Segment[]? _segments;
    private readonly Segment _single;

    internal LogicalLine(string text, Segment[] segments)
    {
        Text = text;
        if (segments.Length == 1)
        {
            _single = segments[0];
        }
        else
        {
            _segments = segments;
        }
    }

    internal LogicalLine(string text, Segment single)
    {
        Text = text;
        _single = single;
    }

    /// <summary>The joined text: escape characters that continue a line and the line breaks are gone.</summary>
    public string Text { get; }

    /// <summary>The file offset of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int ToSourceOffset(int offset)
    {
        if (_segments is null)
        {
            return Within(_single, offset);
        }

        if (_segments.Length == 0)
        {
            return 0;
        }

        // Binary search for the last segment that starts at or before the offset.
        int low = 0, high = _segments.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_segments[mid].LogicalStart <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Within(_segments[low], offset);
    }

    /// <summary>
    /// The file span covering the joined-text span from <paramref name="start"/> to <paramref name="end"/>.
    /// A span that crosses a continuation covers the line break and the skipped lines between.
    /// </summary>
    public TextSpan ToSourceSpan(int start, int end)
    {
        var sourceStart = ToSourceOffset(start);
        var sourceEnd = end > start ? ToSourceOffset(end - 1) + 1 : sourceStart;
        return TextSpan.FromBounds(sourceStart, sourceEnd);
    }

    private static int Within(Segment segment, int offset)
    {
        var within = offset - segment.LogicalStart;
        return segment.SourceStart + (within < segment.Length ? within : segment.Length);
    }

    /// <summary>A piece of one physical line that was copied into the joined text.</summary>
    internal readonly record struct Segment(int LogicalStart, int SourceStart, int Length);

    /// <summary>Accumulates segments while the parser reads physical lines.</summary>
    internal sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<Segment> _segments = new();

        public int Length => _text.Length;

        public void Append(string source, int sourceStart, int length)
        {
            if (length == 0)
            {
                return;
            }

            _segments.Add(new Segment(_text.Length, sourceStart, length));
            _text.Append(source, sourceStart, length);
        }

        public LogicalLine Build() => _segments.Count == 1 ? new(_text.ToString(), _segments[0]) : new(_text.ToString(), _segments.ToArray());

        /// <summary>Empties the builder for the next instruction.</summary>
        public void Clear()
        {
            _text.Clear();
            _segments.Clear();
        }
    }
}
