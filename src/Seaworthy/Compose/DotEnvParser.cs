using System;
using System.Collections.Generic;
using System.Text;
using Seaworthy.Text;

namespace Seaworthy.Compose;

/// <summary>
/// Reads a <c>.env</c> file the way compose-go's <c>dotenv</c> package does: <c>NAME=value</c> (or <c>NAME: value</c>)
/// statements, an optional <c>export</c>, <c>#</c> comments, unquoted values cut at <c> #</c> and trimmed, single-quoted
/// values taken literally, double-quoted values with escapes; both unquoted and double-quoted values are interpolated
/// with the environment first and then the file's earlier values. A lone <c>NAME</c> takes the environment's value.
/// </summary>
internal static class DotEnvParser
{
    public static DotEnvFile Parse(SourceText source, Func<string, string?> environment)
    {
        var text = source.Text;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<(string, Location)>();
        string? Lookup(string name) => environment(name) ?? (values.TryGetValue(name, out var value) ? value : null);

        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var statement = i;
            if (text[i] == '#')
            {
                i = LineEnd(text, i);
                continue;
            }

            if (string.CompareOrdinal(text, i, "export", 0, 6) == 0 && i + 6 < text.Length && text[i + 6] is ' ' or '\t')
            {
                i += 6;
                while (i < text.Length && text[i] is ' ' or '\t')
                {
                    i++;
                }
            }

            var keyStart = i;
            while (i < text.Length && text[i] is not ('=' or ':' or '\n'))
            {
                i++;
            }

            var key = text.Substring(keyStart, i - keyStart).TrimEnd();
            if (!IsValidKey(key))
            {
                // The text is not echoed: a line of .env that is not an assignment may be a bare secret.
                problems.Add(("a .env statement must be NAME=value, the name made of letters, digits and '_' and not starting with a digit", source.GetLocation(TextSpan.FromBounds(statement, i))));
                i = LineEnd(text, i);
                continue;
            }

            if (i >= text.Length || text[i] == '\n')
            {
                if (environment(key) is { } inherited)
                {
                    values[key] = inherited;
                }

                continue;
            }

            i++;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < text.Length && text[i] is '\'' or '"')
            {
                var quote = text[i];
                var close = ClosingQuote(text, i, quote);
                if (close < 0)
                {
                    problems.Add(($"the value of '{key}' has no closing {quote}", source.GetLocation(TextSpan.FromBounds(i, LineEnd(text, i)))));
                    break;
                }

                var raw = Unescape(text.Substring(i + 1, close - i - 1), quote);
                values[key] = quote == '\'' ? raw : Interpolate(raw, Lookup, source, i, problems);
                i = LineEnd(text, close + 1);
                continue;
            }

            var lineEnd = LineEnd(text, i);
            var value = text.Substring(i, lineEnd - i);
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            value = (comment >= 0 ? value.Substring(0, comment) : value).TrimEnd();
            values[key] = Interpolate(value, Lookup, source, i, problems);
            i = lineEnd;
        }

        return new DotEnvFile(values, problems);
    }

    private static string Interpolate(string value, Func<string, string?> lookup, SourceText source, int at, List<(string, Location)> problems)
    {
        var interpolation = ComposeInterpolator.Interpolate(value, lookup);
        if (interpolation.Error is { } error)
        {
            problems.Add((error.Message, source.GetLocation(new TextSpan(at, 0))));
        }

        return interpolation.Value;
    }

    private static bool IsValidKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or '[' or ']'))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineEnd(string text, int from)
    {
        var newline = text.IndexOf('\n', from);
        return newline < 0 ? text.Length : newline;
    }

    // A backslash escapes the quote (and itself); the value may span lines.
    private static int ClosingQuote(string text, int open, char quote)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    // Single quotes keep everything but an escaped quote; double quotes take the shell's escapes, and "\$" is a literal dollar.
    private static string Unescape(string raw, char quote)
    {
        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                result.Append(c);
                continue;
            }

            var next = raw[++i];
            if (quote == '\'')
            {
                result.Append(next == '\'' ? "'" : "\\" + next);
                continue;
            }

            result.Append(next switch
            {
                'n' => "\n",
                't' => "\t",
                'r' => "\r",
                'a' => "\a",
                'b' => "\b",
                'f' => "\f",
                'v' => "\v",
                '\\' => "\\",
                '"' => "\"",
                '$' => "$$",
                _ => "\\" + next,
            });
        }

        return result.ToString();
    }
}

/// <summary>The variables of a <c>.env</c> file, and the statements that could not be read.</summary>
internal sealed record DotEnvFile(IReadOnlyDictionary<string, string> Values, IReadOnlyList<(string Message, Location Location)> Problems);
