using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>
/// Each finding's identity, stable while lines move: a hash of its rule and of the lines it flags (whitespace
/// collapsed, secrets masked), numbered when the same identity occurs more than once in a file
/// (<c>3f2a...:1</c>, <c>3f2a...:2</c>). Inserting or deleting lines above a finding keeps its fingerprint;
/// editing a line it flags changes it. A host audit finding, which has no lines, is identified by its rule, the
/// object it is about and its message. SARIF's <c>partialFingerprints</c> carry it, so that code-scanning alerts
/// follow a finding that moved.
/// </summary>
public static class FindingFingerprints
{
    /// <summary>The fingerprint of each diagnostic of <paramref name="result"/>, in the same order.</summary>
    public static IReadOnlyList<string> Of(AnalysisResult result)
    {
        var frames = new CodeFrames(result);
        var occurrences = new Dictionary<(string Path, string Hash), int>();
        var fingerprints = new string[result.Diagnostics.Count];
        for (var i = 0; i < fingerprints.Length; i++)
        {
            var diagnostic = result.Diagnostics[i];
            var path = diagnostic.Location.Path;
            var identity = diagnostic.Target is { } target
                ? diagnostic.Id + "\n" + target + "\n" + diagnostic.Message
                : diagnostic.Id + "\n" + FlaggedLines(frames.TextOf(diagnostic), diagnostic);
            var hash = Hex(Sha256(Encoding.UTF8.GetBytes(identity)), 16);
            occurrences.TryGetValue((path, hash), out var seen);
            occurrences[(path, hash)] = seen + 1;
            fingerprints[i] = hash + ":" + (seen + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fingerprints;
    }

    // The lines the finding covers, masked as code frames show them (the spans rules marked, secrets spanning
    // lines, and what the file's masker finds), whitespace runs as one space; the message when the file's text is
    // not at hand (a file that could not be read).
    private static string FlaggedLines(MaskedText? masked, Diagnostic diagnostic)
    {
        if (masked is null)
        {
            return diagnostic.Message;
        }

        var lines = new StringBuilder();
        var last = Math.Min(diagnostic.Location.EndLine, masked.Text.LineCount);
        for (var line = Math.Max(diagnostic.Location.Line, 1); line <= last; line++)
        {
            lines.Append(masked.Line(line)).Append('\n');
        }

        return CollapseWhitespace(lines.ToString());
    }

    private static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }

    internal static byte[] Sha256(byte[] bytes)
    {
#if NET
        return SHA256.HashData(bytes);
#else
        using var sha = SHA256.Create();
        return sha.ComputeHash(bytes);
#endif
    }

    internal static string Hex(byte[] bytes, int count)
    {
        var hex = new StringBuilder(count * 2);
        for (var i = 0; i < count; i++)
        {
            hex.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
