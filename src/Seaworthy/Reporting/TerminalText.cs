using System.Text;
using Spectre.Console;

namespace Seaworthy.Reporting;

/// <summary>
/// Turns file text into what a terminal can show safely and predictably: tabs expanded, control and
/// bidirectional-override characters replaced (so a file cannot move the cursor, recolour the
/// terminal or reorder what is shown), and the cell where every character starts, so that a caret
/// line lines up under wide characters as well.
/// </summary>
internal static class TerminalText
{
    /// <summary>Tab stops fall on every fourth cell, as in most editors' Dockerfile settings.</summary>
    public const int TabWidth = 4;

    private const char Replacement = '\uFFFD';

    /// <summary>
    /// Renders one source line. <paramref name="cellStarts"/> gets, for each UTF-16 index of
    /// <paramref name="line"/> and for its length, the terminal cell at which that index starts.
    /// </summary>
    public static string RenderLine(string line, out int[] cellStarts)
    {
        var builder = new StringBuilder(line.Length);
        cellStarts = new int[line.Length + 1];
        var cell = 0;
        for (var i = 0; i < line.Length; i++)
        {
            cellStarts[i] = cell;
            var c = line[i];
            if (c == '\t')
            {
                var spaces = TabWidth - (cell % TabWidth);
                builder.Append(' ', spaces);
                cell += spaces;
            }
            else if (c >= ' ' && c < '\x7f')
            {
                builder.Append(c);
                cell++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                cell += AppendVisible(builder, line.Substring(i, 2));
                i++;

                // An index inside the pair starts where the pair does.
                cellStarts[i] = cellStarts[i - 1];
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                builder.Append(Replacement);
                cell++;
            }
            else
            {
                cell += AppendVisible(builder, c.ToString());
            }
        }

        cellStarts[line.Length] = cell;
        return builder.ToString();
    }

    /// <summary>Makes text safe to print on one line: line breaks and tabs become spaces, other controls <c>U+FFFD</c>.</summary>
    public static string SingleLine(string text)
    {
        var index = 0;
        while (index < text.Length && !IsUnsafe(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text, 0, index, text.Length);
        for (; index < text.Length; index++)
        {
            var c = text[index];
            builder.Append(c is '\t' or '\r' or '\n' ? ' ' : IsUnsafe(c) ? Replacement : c);
        }

        return builder.ToString();
    }

    private static int AppendVisible(StringBuilder builder, string character)
    {
        var width = character.GetCellWidth();
        if (width < 0)
        {
            builder.Append(Replacement);
            return 1;
        }

        builder.Append(character);
        return width;
    }

    private static bool IsUnsafe(char c) =>
        c < ' '
        || (c >= '\x7f' && c <= '\x9f')
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
}
