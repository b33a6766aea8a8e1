namespace Seaworthy.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>: a start offset and a length, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
