using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Seaworthy.Analysis;
using Seaworthy.Text;

namespace Seaworthy.Engine;

/// <summary>
/// Applies fixes to a text. Fixes are taken in the order of their first edit (then rule id and title), and a fix
/// whose edits overlap one already taken, or touch a span that holds a secret, is left for a later round: the result
/// does not depend on the order the findings came in.
/// </summary>
public static class FixApplier
{
    /// <summary>
    /// Applies the fixes of <paramref name="fixes"/> that do not overlap an earlier one or a span of
    /// <paramref name="protectedSpans"/>; returns the new text and the fixes applied. A line break in an edit's new
    /// text takes the line ending of <paramref name="text"/> (<c>\r\n</c> when its first line ends so).
    /// </summary>
    public static (string Text, IReadOnlyList<T> Applied) Apply<T>(string text, IEnumerable<T> fixes, Func<T, Fix> fixOf, IReadOnlyList<TextSpan>? protectedSpans = null)
    {
        var (chosen, _) = Choose(text, fixes, fixOf, protectedSpans);
        var taken = chosen.SelectMany(entry => fixOf(entry)!.Edits).ToList();
        return (ApplyEdits(text, taken), chosen);
    }

    /// <summary>
    /// The fixes to apply together, in the order of their first edit: those whose edits overlap neither each other nor
    /// an earlier fix's; and those left out because they edit a span of <paramref name="protectedSpans"/>.
    /// </summary>
    internal static (IReadOnlyList<T> Chosen, IReadOnlyList<T> Protected) Choose<T>(string text, IEnumerable<T> fixes, Func<T, Fix> fixOf, IReadOnlyList<TextSpan>? protectedSpans)
    {
        var ordered = fixes
            .Select(item => (Item: item, Fix: fixOf(item)))
            .Where(entry => entry.Fix.Edits.Count > 0 && entry.Fix.Edits.All(edit => edit.Span.Start >= 0 && edit.Span.End <= text.Length))
            .OrderBy(entry => entry.Fix.Extent.Start)
            .ThenBy(entry => entry.Fix.Extent.End)
            .ThenBy(entry => entry.Fix.Title, StringComparer.Ordinal)
            .ToList();
        var taken = new List<TextEdit>();
        var chosen = new List<T>();
        var secret = new List<T>();
        foreach (var (item, fix) in ordered)
        {
            var edits = fix.Edits.OrderBy(edit => edit.Span.Start).ToArray();
            if (OverlapEachOther(edits) || edits.Any(edit => taken.Any(other => Overlap(edit.Span, other.Span))))
            {
                continue;
            }

            if (protectedSpans is not null && edits.Any(edit => protectedSpans.Any(span => Overlap(edit.Span, span))))
            {
                secret.Add(item);
                continue;
            }

            taken.AddRange(edits);
            chosen.Add(item);
        }

        return (chosen, secret);
    }

    /// <summary>Applies edits that do not overlap; a line break in new text takes the line ending of <paramref name="text"/>.</summary>
    internal static string ApplyEdits(string text, IReadOnlyCollection<TextEdit> edits)
    {
        if (edits.Count == 0)
        {
            return text;
        }

        var lineEnding = LineEndingOf(text);
        var result = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in edits.OrderBy(edit => edit.Span.Start))
        {
            result.Append(text, position, edit.Span.Start - position);
            AppendWithLineEnding(result, edit.NewText, lineEnding);
            position = edit.Span.End;
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    /// <summary>
    /// Where a position of the text after <paramref name="edits"/> (which do not overlap, spans of the text before)
    /// was before them. A position inside new text maps to the edited span's start, or its end when
    /// <paramref name="isEnd"/>: a finding over a whole instruction that an edit lengthened maps to where it was.
    /// </summary>
    internal static int MapBack(int position, IEnumerable<TextEdit> edits, string textBefore, bool isEnd) =>
        new EditMap(edits, textBefore).MapBack(position, isEnd);

    private static int NewLength(string newText, string lineEnding)
    {
        if (lineEnding != "\r\n")
        {
            return newText.Length;
        }

        var length = newText.Length;
        for (var i = 0; i < newText.Length; i++)
        {
            if (newText[i] == '\n' && (i == 0 || newText[i - 1] != '\r'))
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>The line ending of a text: that of its first line, <c>\n</c> when it has one line.</summary>
    public static string LineEndingOf(string text)
    {
        var newline = text.IndexOf('\n');
        return newline > 0 && text[newline - 1] == '\r' ? "\r\n" : "\n";
    }

    private static void AppendWithLineEnding(StringBuilder result, string text, string lineEnding)
    {
        foreach (var c in text)
        {
            if (c == '\n' && lineEnding == "\r\n" && (result.Length == 0 || result[result.Length - 1] != '\r'))
            {
                result.Append('\r');
            }

            result.Append(c);
        }
    }

    // Two edits overlap when they share a character, or insert at the same place (their order would be a guess), or
    // one inserts strictly inside the other's span.
    private static bool Overlap(TextSpan a, TextSpan b) =>
        a.Length == 0 && b.Length == 0 ? a.Start == b.Start
        : a.Length == 0 ? a.Start > b.Start && a.Start < b.End
        : b.Length == 0 ? b.Start > a.Start && b.Start < a.End
        : a.Start < b.End && b.Start < a.End;

    private static bool OverlapEachOther(TextEdit[] edits)
    {
        for (var i = 1; i < edits.Length; i++)
        {
            if (Overlap(edits[i - 1].Span, edits[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="MapBack"/> for many positions: the edits' starts in the text after them are kept sorted, so that a
    /// position is found by binary search.
    /// </summary>
    internal sealed class EditMap
    {
        private readonly TextEdit[] _edits;
        private readonly int[] _newStarts;
        private readonly int[] _newLengths;
        private readonly int[] _deltaBefore;

        public EditMap(IEnumerable<TextEdit> edits, string textBefore)
        {
            var lineEnding = LineEndingOf(textBefore);
            _edits = edits.OrderBy(edit => edit.Span.Start).ToArray();
            _newStarts = new int[_edits.Length];
            _newLengths = new int[_edits.Length];
            _deltaBefore = new int[_edits.Length + 1];
            for (var i = 0; i < _edits.Length; i++)
            {
                _newLengths[i] = NewLength(_edits[i].NewText, lineEnding);
                _newStarts[i] = _edits[i].Span.Start + _deltaBefore[i];
                _deltaBefore[i + 1] = _deltaBefore[i] + _newLengths[i] - _edits[i].Span.Length;
            }
        }

        public int MapBack(int position, bool isEnd)
        {
            // The last edit whose new text starts before the position; those after it are after the position too.
            var index = Array.BinarySearch(_newStarts, position);
            index = index >= 0 ? index : ~index - 1;
            while (index >= 0 && _newStarts[index] >= position)
            {
                index--;
            }

            if (index < 0)
            {
                return position;
            }

            var edit = _edits[index];
            var newEnd = _newStarts[index] + _newLengths[index];
            if (position < newEnd)
            {
                return isEnd ? edit.Span.End : edit.Span.Start;
            }

            return position == newEnd ? edit.Span.End : position - _deltaBefore[index + 1];
        }
    }
}
