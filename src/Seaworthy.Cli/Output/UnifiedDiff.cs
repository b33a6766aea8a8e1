using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Seaworthy.Cli.Output;

/// <summary>
/// A unified diff of two texts, as <c>diff -u</c> and <c>git diff</c> write it (three lines of context), which
/// <c>patch -p1</c> and <c>git apply</c> read: lines keep their own line ending, and a last line without one is
/// followed by <c>\ No newline at end of file</c>.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldName, string newName, string oldText, string newText)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var script = Script(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: the change with its context before, and every change after it that is within twice the context.
            var start = Math.Max(0, i - Context);
            var end = i;
            var lastChange = i;
            while (end < script.Count && (script[end].Kind != ' ' || end - lastChange <= 2 * Context))
            {
                if (script[end].Kind != ' ')
                {
                    lastChange = end;
                }

                end++;
            }

            end = Math.Min(script.Count, lastChange + Context + 1);
            WriteHunk(output, script, start, end, a, b);
            i = end;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<(char Kind, int Old, int New)> script, int start, int end, List<string> a, List<string> b)
    {
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        for (var k = start; k < end; k++)
        {
            var (kind, oldLine, newLine) = script[k];
            if (kind != '+')
            {
                oldStart = oldStart < 0 ? oldLine : oldStart;
                oldCount++;
            }

            if (kind != '-')
            {
                newStart = newStart < 0 ? newLine : newStart;
                newCount++;
            }
        }

        // An empty side names the line before it, as diff does.
        oldStart = oldStart < 0 ? PositionBefore(script, start, old: true) : oldStart + 1;
        newStart = newStart < 0 ? PositionBefore(script, start, old: false) : newStart + 1;
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var k = start; k < end; k++)
        {
            var (kind, oldLine, newLine) = script[k];
            var line = kind == '+' ? b[newLine] : a[oldLine];
            output.Append(kind).Append(line);
            if (!line.EndsWith('\n'))
            {
                output.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static int PositionBefore(List<(char Kind, int Old, int New)> script, int start, bool old)
    {
        var count = 0;
        for (var k = 0; k < start; k++)
        {
            if (old ? script[k].Kind != '+' : script[k].Kind != '-')
            {
                count++;
            }
        }

        return count;
    }

    private static string Range(int start, int count) => count == 1 ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{start.ToString(System.Globalization.CultureInfo.InvariantCulture)},{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    // The edit script from DiffPlex's line diff (Myers'), over lines that keep their own endings, so that a CRLF line
    // and its LF twin differ and the last line's missing newline is seen.
    private static List<(char Kind, int Old, int New)> Script(List<string> a, List<string> b)
    {
        var diff = Differ.Instance.CreateDiffs(string.Concat(a), string.Concat(b), ignoreWhiteSpace: false, ignoreCase: false, new KeepEndingsChunker());
        var script = new List<(char, int, int)>();
        int x = 0, y = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; x < block.DeleteStartA; x++, y++)
            {
                script.Add((' ', x, y));
            }

            for (var i = 0; i < block.DeleteCountA; i++, x++)
            {
                script.Add(('-', x, y));
            }

            for (var i = 0; i < block.InsertCountB; i++, y++)
            {
                script.Add(('+', x, y));
            }
        }

        for (; x < a.Count; x++, y++)
        {
            script.Add((' ', x, y));
        }

        return script;
    }

    private sealed class KeepEndingsChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => SplitLines(text);
    }
}
