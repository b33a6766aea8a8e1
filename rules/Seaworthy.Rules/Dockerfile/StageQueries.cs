using System;
using System.Collections.Generic;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>What several Dockerfile rules ask of names, EXPOSE words and spans.</summary>
internal static class StageQueries
{
    /// <summary>
    /// BuildKit's suggestion for a mistyped name (<c>util/suggest</c>): the first candidate closest to
    /// <paramref name="name"/> within an edit distance of 2, or null, also when a candidate is the name itself.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        // "First" in ordinal order, found in one pass without copying or sorting the candidates, and with the
        // edit distance computed only for names whose length is close enough: a stage can declare many names.
        string? match = null;
        var best = 3;
        foreach (var candidate in candidates)
        {
            if (string.Equals(name, candidate, StringComparison.Ordinal))
            {
                return null;
            }

            if (Math.Abs(candidate.Length - name.Length) > best)
            {
                continue;
            }

            var distance = EditDistance(name, candidate);
            if (distance < best || (distance == best && match is not null && string.CompareOrdinal(candidate, match) < 0))
            {
                best = distance;
                match = candidate;
            }
        }

        return match;
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The file span of <paramref name="length"/> characters at <paramref name="offset"/> inside <paramref name="text"/>,
    /// a value of <paramref name="instruction"/> written at <paramref name="written"/>. Continuation lines are
    /// followed. When the file does not hold the value as is (a JSON string, a flag whose quotes BuildKit
    /// removed) the whole of <paramref name="written"/> is returned.
    /// </summary>
    public static TextSpan Locate(Instruction instruction, TextSpan written, string text, int offset, int length)
    {
        var line = instruction.Line;
        var start = LogicalOffset(line, written.Start);
        if (start < 0 || start + text.Length > line.Text.Length || string.CompareOrdinal(line.Text, start, text, 0, text.Length) != 0)
        {
            return written;
        }

        return line.ToSourceSpan(start + offset, start + offset + length);
    }

    /// <summary>
    /// The words of an EXPOSE after expansion with the stage's variables, as BuildKit splits them. An argument
    /// that uses a variable the base image may set is left out: its value is not known.
    /// </summary>
    public static IEnumerable<ExposedWord> ExposedWords(ExposeInstruction expose, StageState state)
    {
        foreach (var argument in expose.Arguments)
        {
            var expansion = state.ExpandWords(argument.Value);
            // Outside a stage (a fragment without FROM) the variables are those of a stage this file does not show.
            if (expansion.Error is not null || (expansion.Unmatched.Count > 0 && !(state.IsComplete && state.Stage is not null)))
            {
                continue;
            }

            foreach (var word in expansion.Words)
            {
                yield return new ExposedWord(word, argument, string.Equals(word, argument.Value, StringComparison.Ordinal));
            }
        }
    }

    // The offset in the joined text whose character is at file offset `target`, or -1.
    private static int LogicalOffset(LogicalLine line, int target)
    {
        int low = 0, high = line.Text.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (line.ToSourceOffset(mid) < target)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < line.Text.Length && line.ToSourceOffset(low) == target ? low : -1;
    }
}

/// <summary>A word of an EXPOSE: the expanded text, the argument it comes from, and whether it is that argument as written.</summary>
internal readonly record struct ExposedWord(string Text, InstructionArgument Argument, bool IsWritten);
