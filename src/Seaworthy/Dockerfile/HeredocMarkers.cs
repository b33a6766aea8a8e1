using System;
using System.Collections.Generic;

namespace Seaworthy.Dockerfile;

/// <summary>
/// Finds heredoc markers (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>, <c>3&lt;&lt;"EOF"</c>) in an instruction's
/// joined text the way BuildKit does: the text is split into words with quotes and escapes kept, and a word
/// is a marker when it is <c>[digits]&lt;&lt;[-]name</c> and the name is one word. Heredoc detection always
/// uses <c>\</c> as the escape character, whatever <c># escape=</c> says.
/// </summary>
internal static class HeredocMarkers
{
    private static readonly WordExpander LineLexer = new('\\') { RawQuotes = true, RawEscapes = true, SkipUnsetEnv = true };
    private static readonly WordExpander NameLexer = new('\\') { SkipUnsetEnv = true };
    private static readonly WordExpander RawNameLexer = new('\\') { SkipUnsetEnv = true, RawQuotes = true };
    private static readonly Func<string, string?> NoVariables = _ => null;

    public static IReadOnlyList<Marker> Find(string line)
    {
        var markers = new List<Marker>();
        var words = LineLexer.ExpandWords(line, NoVariables);
        if (words.Error is not null)
        {
            return markers;
        }

        foreach (var word in words.Words)
        {
            if (TryParse(word, out var marker))
            {
                markers.Add(marker);
            }
        }

        return markers;
    }

    /// <summary>
    /// True when <paramref name="text"/> as a whole is one marker, as BuildKit's <c>MustParseHeredoc</c> checks
    /// a RUN's command line: such a RUN runs the heredoc's body itself as its script.
    /// </summary>
    public static bool IsSingleMarker(string text) => TryParse(text, out _);

    // ^(\d*)<<(-?)\s*([^<]*)$ and then the rest must lex to exactly one word.
    private static bool TryParse(string word, out Marker marker)
    {
        marker = default;
        var pos = 0;
        while (pos < word.Length && word[pos] is >= '0' and <= '9')
        {
            pos++;
        }

        var digits = word.Substring(0, pos);
        if (pos + 1 >= word.Length || word[pos] != '<' || word[pos + 1] != '<')
        {
            return false;
        }

        pos += 2;
        var chomp = pos < word.Length && word[pos] == '-';
        if (chomp)
        {
            pos++;
        }

        while (pos < word.Length && word[pos] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            pos++;
        }

        var rest = word.Substring(pos);
        if (rest.Length == 0 || rest.IndexOf('<') >= 0)
        {
            return false;
        }

        var names = NameLexer.ExpandWords(rest, NoVariables);
        if (names.Error is not null || names.Words.Count != 1)
        {
            return false;
        }

        var raw = RawNameLexer.ExpandWords(rest, NoVariables);
        if (raw.Error is not null || raw.Words.Count != 1)
        {
            return false;
        }

        // Any quoted part of the delimiter switches expansion of the body off.
        var expand = CountQuotes(names.Words[0]) == CountQuotes(raw.Words[0]);
        var fileDescriptor = digits.Length > 0 && int.TryParse(digits, out var fd) ? fd : 0;
        marker = new Marker(names.Words[0], expand, chomp, fileDescriptor);
        return true;
    }

    private static int CountQuotes(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is '\'' or '"')
            {
                count++;
            }
        }

        return count;
    }

    internal readonly record struct Marker(string Name, bool Expand, bool Chomp, int FileDescriptor);
}
