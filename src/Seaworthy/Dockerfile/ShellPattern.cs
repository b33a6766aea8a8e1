using System;
using System.Collections.Generic;
using System.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// The patterns of BuildKit's <c>${name#pattern}</c>, <c>${name%pattern}</c> and
/// <c>${name/pattern/string}</c> modifiers: <c>*</c> matches any string, <c>?</c> any one character,
/// <c>\*</c> <c>\?</c> <c>\\</c> match themselves, <c>\}</c> <c>\/</c> are <c>}</c> <c>/</c>, every
/// other character matches itself, and there are no <c>[...]</c> classes.
/// </summary>
/// <remarks>
/// BuildKit turns the pattern into a Go regular expression (<c>*</c> becomes <c>.*</c> or <c>.*?</c>,
/// <c>?</c> becomes <c>.</c>). This matcher keeps what follows from that: the wildcards never match a
/// line feed, a match is the first one a backtracking matcher finds (leftmost, then greedy or lazy
/// wildcards), and <c>//</c> replaces the way Go's <c>ReplaceAllString</c> does, including <c>$</c>
/// templates in the replacement.
/// </remarks>
internal sealed class ShellPattern
{
    // Token values: a literal token is its code point; the two wildcards are negative.
    private const int AnyCharacter = -2;
    private const int AnyString = -3;

    // Memo entries: not yet computed, else the match end or -1 for no match.
    private const int NotComputed = -2;

    private readonly int[] _tokens;
    private readonly bool _greedy;

    private ShellPattern(int[] tokens, bool greedy)
    {
        _tokens = tokens;
        _greedy = greedy;
    }

    /// <summary>
    /// Removes the shortest (or, with <paramref name="longest"/>, longest) prefix of
    /// <paramref name="value"/> that the pattern matches; <see langword="null"/> with an
    /// <paramref name="error"/> when the pattern is invalid.
    /// </summary>
    public static string? TrimPrefix(string pattern, string value, bool longest, out string? error)
    {
        var compiled = Parse(pattern, longest, out error);
        if (compiled is null)
        {
            return null;
        }

        var text = CodePoints.Decode(value);
        var end = compiled.MatchAt(text, 0, compiled.NewMemo(text));
        if (end < 0)
        {
            return value;
        }

        var result = new StringBuilder();
        CodePoints.Append(result, text, end, text.Length);
        return result.ToString();
    }

    /// <summary>
    /// Removes the shortest (or longest) suffix the pattern matches. Like BuildKit, this reverses the
    /// pattern (keeping escape pairs) and the value and removes a prefix, so an invalid pattern is
    /// reported in its reversed form.
    /// </summary>
    public static string? TrimSuffix(string pattern, string value, bool longest, out string? error)
    {
        var compiled = Parse(ReversePattern(pattern), longest, out error);
        if (compiled is null)
        {
            return null;
        }

        var text = CodePoints.Decode(value);
        Array.Reverse(text);
        var end = compiled.MatchAt(text, 0, compiled.NewMemo(text));
        if (end < 0)
        {
            return value;
        }

        // The reversed text minus its first `end` code points, reversed back, is the original's head.
        Array.Reverse(text);
        var result = new StringBuilder();
        CodePoints.Append(result, text, 0, text.Length - end);
        return result.ToString();
    }

    /// <summary>
    /// Replaces the leftmost match (or, with <paramref name="all"/>, every match) of the pattern in
    /// <paramref name="value"/>. Wildcards are greedy here.
    /// </summary>
    public static string? Replace(string pattern, string value, string replacement, bool all, out string? error)
    {
        var compiled = Parse(pattern, greedy: true, out error);
        if (compiled is null)
        {
            return null;
        }

        var text = CodePoints.Decode(value);
        var memo = compiled.NewMemo(text);
        var result = new StringBuilder();
        if (!all)
        {
            var (start, end) = compiled.Find(text, 0, memo);
            if (start < 0)
            {
                return value;
            }

            CodePoints.Append(result, text, 0, start);
            result.Append(replacement);
            CodePoints.Append(result, text, end, text.Length);
            return result.ToString();
        }

        // Go's ReplaceAllString: after an empty match the search moves on one character, and an empty
        // match right after the previous match is not replaced.
        var lastMatchEnd = 0;
        var searchFrom = 0;
        while (searchFrom <= text.Length)
        {
            var (start, end) = compiled.Find(text, searchFrom, memo);
            if (start < 0)
            {
                break;
            }

            CodePoints.Append(result, text, lastMatchEnd, start);
            if (end > lastMatchEnd || start == 0)
            {
                AppendExpandedTemplate(result, replacement, text, start, end);
            }

            lastMatchEnd = end;
            searchFrom = end > searchFrom ? end : searchFrom + 1;
        }

        CodePoints.Append(result, text, lastMatchEnd, text.Length);
        return result.ToString();
    }

    /// <summary>
    /// Reverses a pattern but keeps each backslash in front of the character it escapes, as BuildKit's
    /// <c>reversePattern</c> does (<c>a\*c</c> becomes <c>c\*a</c>).
    /// </summary>
    internal static string ReversePattern(string pattern)
    {
        var runes = CodePoints.Decode(pattern);
        var reversed = new int[runes.Length];
        var last = runes.Length - 1;
        for (var i = 0; i <= last;)
        {
            if (runes[i] == '\\' && i != last)
            {
                reversed[last - i - 1] = '\\';
                reversed[last - i] = runes[i + 1];
                i += 2;
            }
            else
            {
                reversed[last - i] = runes[i];
                i++;
            }
        }

        var result = new StringBuilder(pattern.Length);
        CodePoints.Append(result, reversed, 0, reversed.Length);
        return result.ToString();
    }

    private static ShellPattern? Parse(string pattern, bool greedy, out string? error)
    {
        var tokens = new List<int>();

        // BuildKit reads the pattern with Go's text/scanner, which skips a byte-order mark at the start.
        var index = pattern.Length > 0 && pattern[0] == '\uFEFF' ? 1 : 0;
        while (index < pattern.Length)
        {
            var ch = CodePoints.At(pattern, index);
            index += CodePoints.Width(ch);
            switch (ch)
            {
                case '*':
                    tokens.Add(AnyString);
                    break;
                case '?':
                    tokens.Add(AnyCharacter);
                    break;
                case '\\':
                    var escaped = index < pattern.Length ? CodePoints.At(pattern, index) : CodePoints.EndOfText;

                    // The backslash only stopped } or / from ending the modifier; the next round adds it.
                    if (escaped is '}' or '/')
                    {
                        break;
                    }

                    if (escaped is not ('*' or '?' or '\\'))
                    {
                        error = $"invalid pattern ({pattern}) in substitution: invalid escape '\\{CodePoints.ToText(escaped)}'";
                        return null;
                    }

                    index += CodePoints.Width(escaped);
                    tokens.Add(escaped);
                    break;
                default:
                    tokens.Add(ch);
                    break;
            }
        }

        error = null;
        return new ShellPattern(tokens.ToArray(), greedy);
    }

    /// <summary>
    /// Appends a Go regexp replacement template: <c>$$</c> is <c>$</c>, and <c>$name</c> or
    /// <c>${name}</c> is the text of that group. The pattern has no groups, so only <c>$0</c> (the
    /// whole match) gives text; other names give nothing, and a malformed reference stays literal.
    /// </summary>
    private static void AppendExpandedTemplate(StringBuilder result, string template, int[] text, int start, int end)
    {
        var index = 0;
        while (index < template.Length)
        {
            var dollar = template.IndexOf('$', index);
            if (dollar < 0)
            {
                break;
            }

            result.Append(template, index, dollar - index);
            index = dollar + 1;
            if (index < template.Length && template[index] == '$')
            {
                result.Append('$');
                index++;
                continue;
            }

            var braced = index < template.Length && template[index] == '{';
            var nameStart = braced ? index + 1 : index;
            var nameEnd = nameStart;
            while (nameEnd < template.Length)
            {
                var ch = CodePoints.At(template, nameEnd);
                if (!CodePoints.IsLetter(ch) && !CodePoints.IsDigit(ch) && ch != '_')
                {
                    break;
                }

                nameEnd += CodePoints.Width(ch);
            }

            if (nameEnd == nameStart || (braced && (nameEnd == template.Length || template[nameEnd] != '}')))
            {
                result.Append('$');
                continue;
            }

            if (nameEnd - nameStart == 1 && template[nameStart] == '0')
            {
                CodePoints.Append(result, text, start, end);
            }

            index = braced ? nameEnd + 1 : nameEnd;
        }

        result.Append(template, index, template.Length - index);
    }

    private int[] NewMemo(int[] text)
    {
        var memo = new int[(_tokens.Length + 1) * (text.Length + 1)];
        memo.AsSpan().Fill(NotComputed);
        return memo;
    }

    /// <summary>The leftmost match at or after <paramref name="from"/>, or (-1, -1).</summary>
    private (int Start, int End) Find(int[] text, int from, int[] memo)
    {
        for (var start = from; start <= text.Length; start++)
        {
            var end = MatchAt(text, start, memo);
            if (end >= 0)
            {
                return (start, end);
            }
        }

        return (-1, -1);
    }

    /// <summary>The end of the preferred match starting exactly at <paramref name="start"/>, or -1.</summary>
    private int MatchAt(int[] text, int start, int[] memo) => Match(text, 0, start, memo);

    private int Match(int[] text, int token, int index, int[] memo)
    {
        // Literals and ? match one way only; just * branches, so recursion depth is the number of *.
        while (token < _tokens.Length && _tokens[token] != AnyString)
        {
            if (index == text.Length || (_tokens[token] == AnyCharacter ? text[index] == '\n' : text[index] != _tokens[token]))
            {
                return -1;
            }

            token++;
            index++;
        }

        if (token == _tokens.Length)
        {
            return index;
        }

        // The result of a state does not depend on how it was reached, so remember it: without this a
        // pattern with several * would take exponential time.
        var key = (token * (text.Length + 1)) + index;
        if (memo[key] != NotComputed)
        {
            return memo[key];
        }

        var runEnd = index;
        while (runEnd < text.Length && text[runEnd] != '\n')
        {
            runEnd++;
        }

        var result = -1;
        if (_greedy)
        {
            for (var next = runEnd; next >= index && result < 0; next--)
            {
                result = Match(text, token + 1, next, memo);
            }
        }
        else
        {
            for (var next = index; next <= runEnd && result < 0; next++)
            {
                result = Match(text, token + 1, next, memo);
            }
        }

        memo[key] = result;
        return result;
    }
}
