using System;
using System.Collections.Generic;
using System.Threading;
using Seaworthy.Text;

namespace Seaworthy.Yaml;

/// <summary>
/// A node of a YAML document with the exact span of its content in the file it was read from. Aliases are
/// resolved to the node they name, so a node reached through <c>*anchor</c> keeps the span of the text under
/// <c>&amp;anchor</c>: a finding on it points where the value is written.
/// </summary>
public abstract class YamlNode
{
    // The file, or the file with the tag and the anchor for the few nodes that write one: a field less per node.
    private readonly object _source;

    private protected YamlNode(SourceText source, TextSpan span, string? tag, string? anchor)
    {
        _source = tag is null && anchor is null ? source : new Properties(source, tag, anchor);
        Span = span;
    }

    /// <summary>The file the node is written in.</summary>
    public SourceText Source => _source as SourceText ?? ((Properties)_source).Source;

    /// <summary>The node's content, without its anchor and tag.</summary>
    public TextSpan Span { get; }

    /// <summary>The tag as written and resolved (<c>tag:yaml.org,2002:str</c> for <c>!!str</c>, <c>!reset</c>), or null when none is written.</summary>
    public string? Tag => (_source as Properties)?.Tag;

    /// <summary>The anchor name (<c>&amp;name</c>), or null.</summary>
    public string? Anchor => (_source as Properties)?.Anchor;

    /// <summary>Where the node's content is.</summary>
    public Location Location => Source.GetLocation(Span);

    private sealed record Properties(SourceText Source, string? Tag, string? Anchor);
}

/// <summary>How a scalar is written.</summary>
public enum YamlScalarStyle
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary>In single quotes.</summary>
    SingleQuoted,

    /// <summary>In double quotes, with escapes.</summary>
    DoubleQuoted,

    /// <summary>A literal block (<c>|</c>).</summary>
    Literal,

    /// <summary>A folded block (<c>&gt;</c>).</summary>
    Folded,
}

/// <summary>A scalar: its value as YAML reads it (quotes and escapes removed, lines folded) and how it is written.</summary>
public sealed class YamlScalar : YamlNode
{
    private const string NullTag = "tag:yaml.org,2002:null";

    private const int NotFound = int.MinValue;

    // Where the value's first character is in the text when the value is written character for character, -1 when it
    // is not; found on first use, since few values are ever asked for part of their span (threads that race here
    // write the same value).
    private int _verbatimStart = NotFound;

    internal YamlScalar(SourceText source, TextSpan span, string? tag, string? anchor, string value, YamlScalarStyle style)
        : base(source, span, tag, anchor)
    {
        Value = value;
        Style = style;
    }

    /// <summary>The value.</summary>
    public string Value { get; }

    /// <summary>How it is written.</summary>
    public YamlScalarStyle Style { get; }

    /// <summary>True for a plain <c>null</c>, <c>Null</c>, <c>NULL</c>, <c>~</c> or nothing at all, and for <c>!!null</c>.</summary>
    public bool IsNull =>
        string.Equals(Tag, NullTag, StringComparison.Ordinal)
        || (Style == YamlScalarStyle.Plain && Tag is null && Value is "" or "~" or "null" or "Null" or "NULL");

    /// <summary>
    /// The span of the characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of
    /// <see cref="Value"/>. Exact when the value is written character for character (plain on one line, or quoted
    /// without escapes); otherwise the whole scalar, which is still where the value is written.
    /// </summary>
    public TextSpan GetSpan(int start, int length)
    {
        if (_verbatimStart == NotFound)
        {
            _verbatimStart = FindVerbatimStart(Source.Text, Span, Value, Style);
        }

        return _verbatimStart >= 0 && start >= 0 && length >= 0 && start + length <= Value.Length
            ? new TextSpan(_verbatimStart + start, length)
            : Span;
    }

    /// <summary>The location of part of the value; see <see cref="GetSpan"/>.</summary>
    public Location GetLocation(int start, int length) => Source.GetLocation(GetSpan(start, length));

    /// <inheritdoc />
    public override string ToString() => Value;

    private static int FindVerbatimStart(string text, TextSpan span, string value, YamlScalarStyle style)
    {
        var start = style switch
        {
            YamlScalarStyle.Plain => span.Start,
            YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted => span.Start + 1,
            _ => -1,
        };
        var quotes = style == YamlScalarStyle.Plain ? 0 : 2;
        return start >= 0 && span.Length == value.Length + quotes && string.CompareOrdinal(text, start, value, 0, value.Length) == 0 ? start : -1;
    }
}

/// <summary>
/// A mapping. <c>&lt;&lt;</c> merge keys are resolved: the merged entries take the place of the merge key, keep
/// the spans of the text they were merged from, and never replace a key the mapping writes itself. A key written
/// twice keeps its first entry (the second is reported).
/// </summary>
public sealed class YamlMapping : YamlNode
{
    private readonly YamlEntry[] _entries;
    private Dictionary<string, YamlEntry>? _byKey;

    internal YamlMapping(SourceText source, TextSpan span, string? tag, string? anchor, bool isFlow, YamlEntry[] entries, bool hasMergeKey = false)
        : base(source, span, tag, anchor)
    {
        IsFlow = isFlow;
        _entries = entries;
        HasMergeKey = hasMergeKey;
    }

    /// <summary>True for a flow mapping (<c>{a: 1}</c>).</summary>
    public bool IsFlow { get; }

    /// <summary>The entries in order, merged ones included.</summary>
    public IReadOnlyList<YamlEntry> Entries => _entries;

    // Without a merge key the entries are the written ones in text order, their spans one after another.
    internal bool HasMergeKey { get; }

    /// <summary>The entry whose scalar key is <paramref name="key"/>, or null.</summary>
    public YamlEntry? Find(string key)
    {
        // Indexed rather than enumerated: Find runs for every field any rule reads, and an enumerator is an allocation.
        var entries = _entries;
        if (entries.Length <= 8)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                if (string.Equals(entries[i].KeyText, key, StringComparison.Ordinal))
                {
                    return entries[i];
                }
            }

            return null;
        }

        if (_byKey is null)
        {
            var byKey = new Dictionary<string, YamlEntry>(entries.Length, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (entry.KeyText is { } text && !byKey.ContainsKey(text))
                {
                    byKey.Add(text, entry);
                }
            }

            _byKey = byKey;
        }

        return _byKey.TryGetValue(key, out var found) ? found : null;
    }
}

/// <summary>A sequence.</summary>
public sealed class YamlSequence : YamlNode
{
    internal YamlSequence(SourceText source, TextSpan span, string? tag, string? anchor, bool isFlow, IReadOnlyList<YamlNode> items)
        : base(source, span, tag, anchor)
    {
        IsFlow = isFlow;
        Items = items;
    }

    /// <summary>True for a flow sequence (<c>[a, b]</c>).</summary>
    public bool IsFlow { get; }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }
}

/// <summary>A key and its value; <see cref="IsMerged"/> when it came in through a <c>&lt;&lt;</c> merge key.</summary>
public class YamlEntry
{
    private const string MergeTag = "tag:yaml.org,2002:merge";

    // Most entries are written "key: value" with a scalar key and their span runs from the key to the end of the
    // value: they keep the key's text, span and style, and make its node only when it is asked for (few are: a finding
    // on a key), which is a fifth of a manifest's tree. The others (an alias, a block scalar, an anchor or tag on the
    // key, a merged entry) are Written and keep the key's node.
    private readonly TextSpan _keySpan;
    private readonly YamlScalarStyle _keyStyle;

    // The key's node, or its text while the node is not made.
    private object _key;

    private YamlEntry(YamlNode key, YamlNode value)
    {
        _key = key;
        _keySpan = key.Span;
        Value = value;
    }

    private YamlEntry(string keyText, TextSpan keySpan, YamlScalarStyle keyStyle, YamlNode value)
    {
        _key = keyText;
        _keySpan = keySpan;
        _keyStyle = keyStyle;
        Value = value;
    }

    /// <summary>The key.</summary>
    public YamlNode Key
    {
        get
        {
            var key = _key;
            return key as YamlNode ?? MakeKey((string)key);
        }
    }

    /// <summary>The value.</summary>
    public YamlNode Value { get; }

    /// <summary>True when the entry was merged in from another mapping.</summary>
    public virtual bool IsMerged => false;

    /// <summary>The key's text when the key is a scalar, else null.</summary>
    public string? KeyText => _key as string ?? (_key as YamlScalar)?.Value;

    /// <summary>
    /// The entry as written, in the file of <see cref="Key"/>: from the key to the end of the value, or to the end
    /// of the alias when the value is <c>*alias</c>. A merged entry has the span it has in the mapping it came from.
    /// </summary>
    public virtual TextSpan Span => KeyToValue(_keySpan, Value);

    // Where the key is written, without making its node (edits read every key of a mapping they change).
    internal TextSpan KeySpan => _keySpan;

    // The file the key is written in: a key without a node was read with its value.
    internal SourceText KeySource => _key is YamlNode key ? key.Source : Value.Source;

    // YAML's merge key: "<<" written plain, without a tag or with !!merge.
    internal bool IsMergeKey => _key is string text
        ? _keyStyle == YamlScalarStyle.Plain && text == "<<"
        : _key is YamlScalar { Value: "<<", Style: YamlScalarStyle.Plain } scalar && (scalar.Tag is null || scalar.Tag == MergeTag);

    internal static YamlEntry Create(YamlNode key, YamlNode value, TextSpan span, bool isMerged) =>
        !isMerged && span == KeyToValue(key.Span, value) ? new YamlEntry(key, value) : new Written(key, value, span, isMerged);

    // A scalar key without tag or anchor, read in the file of its value.
    internal static YamlEntry Create(string keyText, TextSpan keySpan, YamlScalarStyle keyStyle, YamlNode value, TextSpan span) =>
        span == KeyToValue(keySpan, value)
            ? new YamlEntry(keyText, keySpan, keyStyle, value)
            : new Written(new YamlScalar(value.Source, keySpan, null, null, keyText, keyStyle), value, span, isMerged: false);

    private static TextSpan KeyToValue(TextSpan key, YamlNode value) =>
        TextSpan.FromBounds(key.Start, Math.Max(key.Start, value.Span.End));

    // Threads that race here keep the first node made, so the key is one node however often it is asked for.
    private YamlNode MakeKey(string text)
    {
        var node = new YamlScalar(Value.Source, _keySpan, null, null, text, _keyStyle);
        return Interlocked.CompareExchange(ref _key, node, text) as YamlNode ?? node;
    }

    private sealed class Written : YamlEntry
    {
        private readonly TextSpan _span;
        private readonly bool _isMerged;

        public Written(YamlNode key, YamlNode value, TextSpan span, bool isMerged)
            : base(key, value)
        {
            _span = span;
            _isMerged = isMerged;
        }

        public override bool IsMerged => _isMerged;

        public override TextSpan Span => _span;
    }
}
