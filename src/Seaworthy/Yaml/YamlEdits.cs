using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Seaworthy.Text;

namespace Seaworthy.Yaml;

/// <summary>
/// Text edits that change a YAML file the way a person would: one scalar rewritten in its own quoting style, one
/// entry's lines removed, entries inserted at the indentation of their siblings. Nothing is re-serialized: every
/// other character, comment and line ending stays as written. Each method gives null where the edit would not be
/// certain (a flow mapping, a block scalar, an entry merged in with <c>&lt;&lt;</c> or reached through an alias, a
/// node with an anchor that other places may share); a rule then reports without a fix.
/// </summary>
/// <remarks>Line breaks in the edits are <c>\n</c>; the fix applier writes them with the file's line ending.</remarks>
public static class YamlEdits
{
    private const int DefaultIndent = 2;

    // Characters a plain scalar may not start with, and those a flow context splits on.
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private static readonly char[] FlowIndicators = { ',', '[', ']', '{', '}' };

    /// <summary>
    /// Replaces <paramref name="scalar"/>'s value with <paramref name="value"/>, in the same quoting style: a plain
    /// scalar stays plain when <paramref name="value"/> can be written plain (else it is double-quoted), a quoted one
    /// keeps its quotes. Null for a block scalar (<c>|</c>, <c>&gt;</c>) and an empty one (<c>key:</c> with nothing).
    /// </summary>
    public static TextEdit? ReplaceScalar(YamlScalar scalar, string value)
    {
        if (scalar.Span.Length == 0)
        {
            return null;
        }

        return scalar.Style switch
        {
            YamlScalarStyle.Plain => new TextEdit(scalar.Span, CanBePlain(value) ? value : DoubleQuoted(value)),
            YamlScalarStyle.SingleQuoted => new TextEdit(scalar.Span, "'" + value.Replace("'", "''") + "'"),
            YamlScalarStyle.DoubleQuoted => new TextEdit(scalar.Span, DoubleQuoted(value)),
            _ => null,
        };
    }

    /// <summary>Puts a plain scalar written on one line in double quotes (<c>22:22</c> becomes <c>"22:22"</c>); null for any other.</summary>
    public static TextEdit? Quote(YamlScalar scalar)
    {
        var written = scalar.Source.ToString(scalar.Span);
        return scalar.Style == YamlScalarStyle.Plain && scalar.Span.Length > 0 && written.IndexOf('\n') < 0
            ? new TextEdit(scalar.Span, DoubleQuoted(scalar.Value))
            : null;
    }

    /// <summary>
    /// Removes <paramref name="entry"/> from the block mapping <paramref name="mapping"/>: the lines from its key to the
    /// end of its value, with the comment on its last line. Comment lines above it stay (they may speak of more than
    /// the entry). The first entry of a sequence item (<c>- key: value</c>) gives its place after the dash to the
    /// next entry. Null when the entry is the mapping's only one (the mapping would become null), when something
    /// other than a comment follows the value on its line, and for flow mappings.
    /// </summary>
    public static TextEdit? RemoveEntry(YamlMapping mapping, YamlEntry entry)
    {
        var written = WrittenEntries(mapping);
        var index = written?.IndexOf(entry) ?? -1;
        if (written is null || index < 0 || written.Count < 2)
        {
            return null;
        }

        var text = mapping.Source.Text;
        var keyStart = entry.KeySpan.Start;
        var lineStart = LineStart(text, keyStart);
        var end = LineAfter(text, EntryEnd(entry));
        if (end < 0)
        {
            return null;
        }

        if (IsBlank(text, lineStart, keyStart))
        {
            // The last line of a file without a final line break takes the line break before it along.
            return end == text.Length && (end == 0 || text[end - 1] != '\n') && lineStart > 0
                ? TextEdit.Delete(TextSpan.FromBounds(lineStart - 1 - (lineStart >= 2 && text[lineStart - 2] == '\r' ? 1 : 0), end))
                : TextEdit.Delete(TextSpan.FromBounds(lineStart, end));
        }

        // "- key: value" followed by the item's next entry: that entry moves up behind the dash.
        var next = index + 1 < written.Count ? written[index + 1] : null;
        return next is not null && text.AsSpan(lineStart, keyStart - lineStart).Trim().SequenceEqual("-") && IsBlank(text, LineStart(text, next.KeySpan.Start), next.KeySpan.Start)
            ? TextEdit.Delete(TextSpan.FromBounds(keyStart, next.KeySpan.Start))
            : null;
    }

    /// <summary>
    /// Sets the value at <paramref name="path"/> under <paramref name="mapping"/> to <paramref name="value"/>, YAML text
    /// written as is (<c>false</c>, <c>[ALL]</c>). An existing scalar is replaced by it, quotes and all (a quoted
    /// <c>"true"</c> becomes a plain <c>false</c>; a block scalar is left alone); a missing
    /// key is inserted after the last entry of the deepest mapping that exists, at its entries' indentation, with the
    /// mappings the rest of the path needs one indentation step deeper each (the step the file uses, else two spaces):
    /// <c>Set(container, "false", "securityContext", "allowPrivilegeEscalation")</c>. Null when a step of the path is
    /// not a block mapping, and when nothing would change.
    /// </summary>
    public static TextEdit? Set(YamlMapping mapping, string value, params string[] path)
    {
        if (path.Length == 0)
        {
            return null;
        }

        var current = mapping;
        for (var i = 0; i < path.Length; i++)
        {
            if (WrittenEntries(current) is null)
            {
                return null;
            }

            var entry = current.Find(path[i]);
            if (entry is null)
            {
                return Insert(current, path.AsSpan(i).ToArray(), value);
            }

            if (entry.IsMerged || IsAliased(entry))
            {
                return null;
            }

            if (i == path.Length - 1)
            {
                // The value is YAML text, so it replaces the scalar as written: "true" in quotes becomes a plain false.
                return entry.Value is YamlScalar { Style: not (YamlScalarStyle.Literal or YamlScalarStyle.Folded), Span.Length: > 0 } scalar
                    && scalar.Source.ToString(scalar.Span) != value
                    ? new TextEdit(scalar.Span, value)
                    : null;
            }

            if (entry.Value is not YamlMapping child)
            {
                return null;
            }

            current = child;
        }

        return null;
    }

    /// <summary>
    /// The mapping written under the key at <paramref name="keySpan"/> in <paramref name="file"/> (a Compose service's
    /// key, say), or null when there is none there or it is reached through an alias.
    /// </summary>
    public static YamlMapping? FindMappingUnderKey(YamlFile file, TextSpan keySpan)
    {
        foreach (var document in file.Documents)
        {
            if (document.Span.Start <= keySpan.Start && keySpan.End <= document.Span.End && document.Root is { } root)
            {
                return Find(root, keySpan);
            }
        }

        return null;
    }

    private static YamlMapping? Find(YamlNode node, TextSpan keySpan)
    {
        switch (node)
        {
            case YamlMapping mapping:
                // Written entries follow each other in the text, so a long mapping (the services of a large file) is
                // searched by halving for the first entry that can hold the key; merged entries lie anywhere.
                var entries = mapping.Entries;
                for (var i = mapping.HasMergeKey ? 0 : FirstEndingAtOrAfter(entries, keySpan.End); i < entries.Count; i++)
                {
                    var entry = entries[i];
                    if (!mapping.HasMergeKey && entry.Span.Start > keySpan.Start)
                    {
                        return null;
                    }

                    if (entry.IsMerged || IsAliased(entry) || !Contains(entry.Span, keySpan))
                    {
                        continue;
                    }

                    return entry.KeySpan == keySpan ? entry.Value as YamlMapping : Find(entry.Value, keySpan);
                }

                return null;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (Contains(item.Span, keySpan))
                    {
                        return Find(item, keySpan);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static int FirstEndingAtOrAfter(IReadOnlyList<YamlEntry> entries, int end)
    {
        int low = 0, high = entries.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (entries[middle].Span.End < end)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool Contains(TextSpan outer, TextSpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static TextEdit? Insert(YamlMapping mapping, string[] keys, string value)
    {
        var written = WrittenEntries(mapping);
        if (written is null || written.Count == 0)
        {
            return null;
        }

        var text = mapping.Source.Text;
        var column = Column(text, written[0].KeySpan.Start);
        var last = written[written.Count - 1];
        if (Column(text, last.KeySpan.Start) != column)
        {
            return null;
        }

        var offset = LineAfter(text, EntryEnd(last));
        if (offset < 0)
        {
            return null;
        }

        var step = IndentStep(mapping, text, column);
        var lines = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            lines.Append(' ', column + (i * step)).Append(keys[i]).Append(':');
            lines.Append(i == keys.Length - 1 ? " " + value : "\n");
        }

        var atEnd = offset == text.Length && (offset == 0 || text[offset - 1] != '\n');
        return TextEdit.Insert(offset, atEnd ? "\n" + lines : lines.Append('\n').ToString());
    }

    // The entries the mapping writes itself, in text order; null when it cannot be edited line by line: a flow
    // mapping, one with an anchor (aliases elsewhere would change too), or one whose entries sit in another file.
    private static List<YamlEntry>? WrittenEntries(YamlMapping mapping)
    {
        if (mapping.IsFlow || mapping.Anchor is not null)
        {
            return null;
        }

        var written = new List<YamlEntry>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            if (!entry.IsMerged)
            {
                if (entry.KeySource != mapping.Source || entry.KeySpan.Start < mapping.Span.Start || EntryEnd(entry) > mapping.Span.End)
                {
                    return null;
                }

                written.Add(entry);
            }
        }

        written.Sort((a, b) => a.KeySpan.Start.CompareTo(b.KeySpan.Start));
        return written;
    }

    // A value reached through *alias keeps the span of the anchored text, which lies before its key.
    private static bool IsAliased(YamlEntry entry) => entry.Value.Span.Start < entry.KeySpan.End;

    private static int EntryEnd(YamlEntry entry) => Math.Max(entry.Span.End, entry.KeySpan.End);

    // The indentation step of the file as the mapping shows it: how much deeper a block mapping under one of its
    // entries sits; two spaces when none does.
    private static int IndentStep(YamlMapping mapping, string text, int column)
    {
        foreach (var entry in mapping.Entries)
        {
            if (!entry.IsMerged && !IsAliased(entry) && entry.Value is YamlMapping { IsFlow: false, Entries.Count: > 0 } child
                && child.Entries[0].KeySource == mapping.Source && Column(text, child.Entries[0].KeySpan.Start) is var nested && nested > column)
            {
                return nested - column;
            }
        }

        return DefaultIndent;
    }

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    private static int Column(string text, int offset) => offset - LineStart(text, offset);

    private static bool IsBlank(string text, int start, int end) => text.AsSpan(start, end - start).IsWhiteSpace();

    // The start of the line after the one where an entry ends (the end of the text when none follows), or -1 when
    // something other than white space and a comment follows the entry on its line.
    private static int LineAfter(string text, int end)
    {
        var newline = text.IndexOf('\n', end);
        var lineEnd = newline < 0 ? text.Length : newline;
        var rest = text.AsSpan(end, lineEnd - end).Trim();
        if (rest.Length > 0 && rest[0] != '#')
        {
            return -1;
        }

        return newline < 0 ? text.Length : newline + 1;
    }

    // Plain when a YAML reader reads it back as the same string: no indicator first, no ": " or " #", nothing a flow
    // context would split on.
    private static bool CanBePlain(string value) =>
        value.Length > 0
        && Indicators.IndexOf(value[0]) < 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[value.Length - 1]) && value[value.Length - 1] != ':'
        && value.IndexOf(": ", StringComparison.Ordinal) < 0 && value.IndexOf(" #", StringComparison.Ordinal) < 0
        && value.IndexOfAny(FlowIndicators) < 0
        && !HasControl(value);

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                '\r' => quoted.Append("\\r"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
