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

    private const byte Clear = 0;
    private const byte Masked = 1;
    private const byte Public = 2;

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

    /// <summary>
    /// <paramref name="text"/> with each secret replaced by its mask (<c>AKIA****************</c>, <c>********</c>),
    /// for messages.
    /// </summary>
    public string MaskText(string text)
    {
        if (Find(text, null) is not { } state)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (state[i] != Masked)
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && state[i] == Masked)
            {
                i++;
            }

            // After a public prefix (AKIA, ghp_) a few stars; anything else says nothing about its length.
            if (start > 0 && state[start - 1] == Public)
            {
                builder.Append('*', Math.Min(i - start, MaxStars));
            }
            else
            {
                builder.Append(Mask);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="line"/> with every character of a secret but a public prefix replaced by <c>*</c>, so that
    /// columns stay where they were (a code frame's caret still points at its span). <paramref name="extra"/> are
    /// spans of the line (offsets in it) already known to hold secrets.
    /// </summary>
    public string MaskLine(string line, IReadOnlyList<TextSpan>? extra = null)
    {
        if (Find(line, extra) is not { } state)
        {
            return line;
        }

        var masked = line.ToCharArray();
        for (var i = 0; i < masked.Length; i++)
        {
            if (state[i] == Masked)
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

    // What each character of the text is: clear, masked, or the public prefix of a credential (which a value from
    // outside the files or a span given still masks); null when nothing is masked.
    private byte[]? Find(string text, IReadOnlyList<TextSpan>? extra)
    {
        byte[]? state = null;
        foreach (var match in SecretCatalogue.FindAll(text))
        {
            state ??= new byte[text.Length];
            for (var i = match.Start; i < match.End; i++)
            {
                if (state[i] == Clear)
                {
                    state[i] = i < match.Start + match.KeepLength ? Public : Masked;
                }
                else if (i < match.Start + match.KeepLength)
                {
                    // A prefix another pattern also covers is still public: it says only what kind of credential follows.
                    state[i] = Public;
                }
            }
        }

        foreach (var value in _values)
        {
            for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
            {
                state ??= new byte[text.Length];
                Fill(state, index, index + value.Length);
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
                    state ??= new byte[text.Length];
                    Fill(state, start, end);
                }
            }
        }

        return state;
    }

    private static void Fill(byte[] state, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            state[i] = Masked;
        }
    }
}
