namespace Seaworthy.Text;

/// <summary>
/// One replacement in a file's text: the characters of <paramref name="Span"/> (a span of the original text) become
/// <paramref name="NewText"/>. An empty span inserts; an empty new text deletes. Line breaks in the new text are
/// written as <c>\n</c> and take the file's line ending when applied.
/// </summary>
/// <param name="Span">The span of the original text to replace.</param>
/// <param name="NewText">The text that replaces it.</param>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    /// <summary>An edit that inserts <paramref name="text"/> at <paramref name="offset"/>.</summary>
    public static TextEdit Insert(int offset, string text) => new(new TextSpan(offset, 0), text);

    /// <summary>An edit that deletes <paramref name="span"/>.</summary>
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);
}
