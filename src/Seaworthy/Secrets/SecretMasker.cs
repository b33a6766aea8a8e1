using System;
using System.Collections.Generic;
using System.Text;
using Seaworthy.Text;

namespace Seaworthy.Secrets;

/// <summary>
/// Masks secrets in text a report shows: every credential of the <see cref="SecretCatalogue"/>, and every value of
/// the run that came from outside the files (the process environment, <c>.env</c> and <c>env_file</c> files,
/// <c>--build-arg</c> and the configuration's <c>build-args</c>). The engine masks every diagnostic's message with
/// the run's masker, and the text format masks every line of a code frame with it.
/// </summary>
/// <remarks>
/// A masked credential keeps its public prefix when its format has one (<c>AKIA****************</c>,
/// <c>ghp_****************</c>); anything else becomes <c>********</c>. A value shorter than
/// <see cref="MinimumValueLength"/> characters, or a word such as <c>true</c>, is not masked on its own: masking
/// <c>1</c> or <c>yes</c> wherever it occurs would garble every message, and such a value is no secret. A
/// credential the catalogue knows is masked whatever its length.
/// </remarks>
public sealed class SecretMasker
{
    /// <summary>The shortest value from outside the files that is masked wherever it occurs.</summary>
    public const int MinimumValueLength = 6;

    /// <summary>What a masked secret without a public prefix becomes.</summary>
    public const string Mask = "********";

    // A prefix is followed by at most this many stars: enough to read as a mask, never the secret's length.
    private const int MaxStars = 16;

    private static readonly HashSet<string> HarmlessValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "none", "null", "enabled", "disabled", "always", "never", "latest",
    };

    private readonly string[] _values;

    private SecretMasker(string[] values) => _values = values;

    /// <summary>A masker for the catalogue's credentials only.</summary>
    public static SecretMasker Catalogue { get; } = new(Array.Empty<string>());

    /// <summary>The values from outside the files that this masker hides, longest first.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>A masker for the catalogue's credentials and for <paramref name="values"/> (those long enough to mask).</summary>
    public static SecretMasker Create(IEnumerable<string> values)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (IsMaskable(value))
            {
                kept.Add(value);
            }
        }

        if (kept.Count == 0)
        {
            return Catalogue;
        }

        var array = new string[kept.Count];
        kept.CopyTo(array);

        // A longer value is looked for first, so one that contains a shorter one is masked whole.
        Array.Sort(array, (x, y) => y.Length != x.Length ? y.Length.CompareTo(x.Length) : string.CompareOrdinal(x, y));
        return new SecretMasker(array);
    }

    /// <summary>True when <paramref name="value"/> is masked wherever it occurs: long enough, and not a word such as <c>true</c>.</summary>
    public static bool IsMaskable(string? value) =>
        value is not null && value.Trim().Length >= MinimumValueLength && !HarmlessValues.Contains(value.Trim());

    /// <summary>This masker with the values of <paramref name="other"/> as well.</summary>
    public SecretMasker Combine(SecretMasker other)
    {
        if (other._values.Length == 0 || ReferenceEquals(other, this))
        {
            return this;
        }

        return _values.Length == 0 ? other : Create(Concat(_values, other._values));
    }

    /// <summary>
    /// <paramref name="text"/> with each secret replaced by its mask (<c>AKIA****************</c>, <c>********</c>),
    /// for messages.
    /// </summary>
    public string MaskText(string text)
    {
        var spans = Find(text, null);
        if (spans.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans)
        {
            builder.Append(text, position, span.Start - position);
            if (span.KeepLength > 0)
            {
                builder.Append(text, span.Start, span.KeepLength).Append('*', Math.Min(span.Length - span.KeepLength, MaxStars));
            }
            else
            {
                builder.Append(Mask);
            }

            position = span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="line"/> with every character of a secret but a public prefix replaced by <c>*</c>, so that
    /// columns stay where they were (a code frame's caret still points at its span). <paramref name="extra"/> are
    /// spans of the line (offsets in it) already known to hold secrets.
    /// </summary>
    public string MaskLine(string line, IReadOnlyList<TextSpan>? extra = null)
    {
        var spans = Find(line, extra);
        if (spans.Count == 0)
        {
            return line;
        }

        var masked = line.ToCharArray();
        foreach (var span in spans)
        {
            for (var i = span.Start + span.KeepLength; i < span.End; i++)
            {
                masked[i] = '*';
            }
        }

        return new string(masked);
    }

    /// <summary>The spans of <paramref name="text"/> (a whole file) that hold secrets spanning lines, such as a PEM private key block.</summary>
    public static IReadOnlyList<TextSpan> FindMultiline(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var match in SecretCatalogue.FindAll(text, multilineOnly: true))
        {
            spans.Add(new TextSpan(match.Start, match.Length));
        }

        return spans;
    }

    // Every secret in the text, sorted and merged: catalogue matches, values, and the extra spans.
    private List<Span> Find(string text, IReadOnlyList<TextSpan>? extra)
    {
        var found = new List<Span>();
        foreach (var match in SecretCatalogue.FindAll(text))
        {
            found.Add(new Span(match.Start, match.End, match.KeepLength));
        }

        foreach (var value in _values)
        {
            for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
            {
                found.Add(new Span(index, index + value.Length, 0));
            }
        }

        if (extra is not null)
        {
            foreach (var span in extra)
            {
                var start = Math.Max(span.Start, 0);
                var end = Math.Min(span.End, text.Length);
                if (end > start)
                {
                    found.Add(new Span(start, end, 0));
                }
            }
        }

        if (found.Count <= 1)
        {
            return found;
        }

        found.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var merged = new List<Span>(found.Count) { found[0] };
        for (var i = 1; i < found.Count; i++)
        {
            var last = merged[merged.Count - 1];
            var next = found[i];
            if (next.Start > last.End)
            {
                merged.Add(next);
                continue;
            }

            // Overlapping secrets are masked as one; the prefix shown stops where another secret starts.
            var keep = next.Start < last.Start + last.KeepLength ? next.Start - last.Start : last.KeepLength;
            merged[merged.Count - 1] = new Span(last.Start, Math.Max(last.End, next.End), keep);
        }

        return merged;
    }

    private static IEnumerable<string> Concat(string[] first, string[] second)
    {
        foreach (var value in first)
        {
            yield return value;
        }

        foreach (var value in second)
        {
            yield return value;
        }
    }

    private readonly record struct Span(int Start, int End, int KeepLength)
    {
        public int Length => End - Start;
    }
}
