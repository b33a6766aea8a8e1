using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Yaml;

/// <summary>
/// Cuts a stream of many documents into runs of whole documents that can be read on their own, at the lines that
/// start with a <c>---</c> marker. YAML forbids such a line inside any scalar or collection (c-forbidden), and
/// YamlDotNet's scanner takes it as a document start wherever it appears, so a run read alone gives the same events
/// as the stream read whole; input where that could fail (a directive, a <c>...</c> end marker, line breaks other
/// than <c>\n</c> and <c>\r\n</c>) is not cut, and the loader reads the whole stream again after any error.
/// </summary>
internal static class YamlStreamSegments
{
    /// <summary>Runs of documents of at least <paramref name="segmentSize"/> characters each, or null when the text is read whole.</summary>
    public static List<TextSpan>? Split(string text, int segmentSize)
    {
        // A line starts only after '\n' here; YamlDotNet also breaks lines at a lone '\r', NEL and the Unicode separators.
        if (text.Length <= segmentSize || text.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029') >= 0 || HasLoneCarriageReturn(text))
        {
            return null;
        }

        var segments = new List<TextSpan>();
        var segmentStart = 0;
        var line = 0;
        while (line < text.Length)
        {
            switch (text[line])
            {
                // A directive belongs to the document after it, and "..." ends one: read such streams whole.
                case '%':
                case '.' when IsMarker(text, line, '.'):
                    return null;
                case '-' when line - segmentStart >= segmentSize && IsMarker(text, line, '-'):
                    segments.Add(TextSpan.FromBounds(segmentStart, line));
                    segmentStart = line;
                    break;
            }

            var next = text.IndexOf('\n', line);
            if (next < 0)
            {
                break;
            }

            line = next + 1;
        }

        segments.Add(TextSpan.FromBounds(segmentStart, text.Length));
        return segments.Count > 1 ? segments : null;
    }

    // "---" or "..." followed by a blank, a line break or the end, as YamlDotNet's IsDocumentStart and IsDocumentEnd read it.
    private static bool IsMarker(string text, int at, char marker) =>
        at + 3 <= text.Length && text[at + 1] == marker && text[at + 2] == marker
        && (at + 3 == text.Length || text[at + 3] is ' ' or '\t' or '\r' or '\n');

    private static bool HasLoneCarriageReturn(string text)
    {
        for (var at = text.IndexOf('\r'); at >= 0; at = text.IndexOf('\r', at + 1))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }
}
