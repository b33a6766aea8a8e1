namespace Seaworthy.Text;

/// <summary>
/// Where something is: a file path, a character span, and the 1-based line/column of both ends.
/// <see cref="EndColumn"/> is exclusive (the column just past the last character), as in SARIF.
/// </summary>
public sealed record Location(string Path, TextSpan Span, LinePosition Start, LinePosition End)
{
    /// <summary>The 1-based line of the first character.</summary>
    public int Line => Start.Line;

    /// <summary>The 1-based column of the first character.</summary>
    public int Column => Start.Column;

    /// <summary>The 1-based line of the end position.</summary>
    public int EndLine => End.Line;

    /// <summary>The 1-based column just past the last character.</summary>
    public int EndColumn => End.Column;

    /// <summary>A location for a whole file whose text could not be read (line 1, column 1).</summary>
    public static Location FileStart(string path) => new(path, default, new LinePosition(1, 1), new LinePosition(1, 1));

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
