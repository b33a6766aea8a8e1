using System;
using System.Collections.Generic;
using System.IO;
using Seaworthy.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Seaworthy.Yaml;

/// <summary>
/// Reads YAML with YamlDotNet's parser events into <see cref="YamlNode"/>s that keep the exact span of every key
/// and value. The events carry the marks of the text; building the tree ourselves (rather than through
/// YamlDotNet's representation model) lets us resolve aliases and merge keys with the position of the text that
/// was written, report duplicate keys instead of throwing, keep the comments, stop at a nesting depth before
/// anything recurses, and count alias expansion as it happens so an alias bomb is refused without being expanded.
/// </summary>
public static class YamlLoader
{
    /// <summary>The deepest nesting of collections read; deeper input is refused with <see cref="YamlProblemKind.TooDeep"/>.</summary>
    public const int MaxDepth = 512;

    /// <summary>Up to this many nodes (aliases expanded) a document may be made almost entirely of aliases, as go-yaml allows.</summary>
    public const long AliasExpansionLowRange = 400_000;

    /// <summary>From this many nodes (aliases expanded) on, at most a tenth of them may come from aliases, as go-yaml allows.</summary>
    public const long AliasExpansionHighRange = 4_000_000;

    private const long SaturatedSize = long.MaxValue / 4;

    /// <summary>Reads every document of <paramref name="text"/>; never throws on bad input.</summary>
    public static YamlFile Load(SourceText text) => new Builder(text).Run();

    // go-yaml v3's allowedAliasRatio: 99% below the low range, 10% above the high one, linear between.
    private static double AllowedAliasRatio(long total)
    {
        if (total <= AliasExpansionLowRange)
        {
            return 0.99;
        }

        if (total >= AliasExpansionHighRange)
        {
            return 0.10;
        }

        return 0.99 - (0.89 * (total - AliasExpansionLowRange) / (double)(AliasExpansionHighRange - AliasExpansionLowRange));
    }

    /// <summary>The exceptions YamlDotNet's scanner and parser throw on bad input besides <see cref="YamlException"/>.</summary>
    internal static bool IsParserFailure(Exception exception) =>
        exception is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException;

    /// <summary>What went wrong, in words, for an exception <see cref="IsParserFailure"/> accepts.</summary>
    internal static string DescribeFailure(Exception exception) => exception switch
    {
        ArgumentOutOfRangeException { ParamName: "utf32" or "highSurrogate" or "lowSurrogate" } =>
            "an escape sequence does not stand for a Unicode character (a code point above U+10FFFF or a broken surrogate pair)",
        ArgumentException { ParamName: { } name } argument => argument.Message.Replace($" (Parameter '{name}')", string.Empty),
        _ => exception.Message,
    };

    private static long Add(long a, long b) => a >= SaturatedSize - b ? SaturatedSize : a + b;

    private sealed class Builder
    {
        // Scalars up to this long are shared when the same text was read recently: keys and common values repeat.
        private const int SharedLength = 32;
        private const int SharedSlots = 1024;

        private readonly SourceText _text;
        private readonly List<YamlDocument> _documents = new();
        private readonly List<YamlComment> _comments = new();
        private readonly List<YamlProblem> _problems = new();

        // The open collections, innermost last; frames are reused by depth, so a collection allocates only its node.
        private readonly List<Frame> _frames = new();
        private readonly string?[] _shared = new string?[SharedSlots];
        private Dictionary<string, (YamlNode Node, long Size)>? _anchors;
        private HashSet<YamlNode>? _open;
        private int _depth;
        private YamlNode? _root;
        private int _documentStart;
        private long _parsedNodes;
        private long _aliasNodes;

        public Builder(SourceText text) => _text = text;

        public YamlFile Run()
        {
            var stop = Parse();

            // Comments are read by a separate scan, up to where the parse stopped: YamlDotNet's parser fails on valid
            // input when it is given comment tokens after a flow collection in a block mapping ("b: [x] # note"). The
            // scan reads the whole text again, so it is skipped when there is no '#' to find.
            if (_text.Text.IndexOf('#', 0, stop) >= 0)
            {
                ReadComments(stop);
            }

            return new YamlFile(_text, _documents, _comments, _problems);
        }

        private Frame Top => _frames[_depth - 1];

        // Builds the documents; returns the offset where reading stopped (the end, or an error or a limit).
        private int Parse()
        {
            var scanner = new Scanner(new StringReader(_text.Text), skipComments: true);
            var parser = new Parser(scanner);
            var inDocument = false;
            try
            {
                while (parser.MoveNext())
                {
                    var current = parser.Current!;
                    switch (current)
                    {
                        case DocumentStart start:
                            inDocument = true;
                            _documentStart = Offset(start.Start);
                            _root = null;
                            _anchors?.Clear();
                            _parsedNodes = 0;
                            _aliasNodes = 0;
                            break;
                        case DocumentEnd end:
                            inDocument = false;
                            _documents.Add(new YamlDocument(_root, TextSpan.FromBounds(_documentStart, Math.Max(_documentStart, Offset(end.End))), IsComplete: true));
                            break;
                        case Scalar scalar when IsKeyWithoutProperties(scalar):
                            CompleteKey(scalar);
                            break;
                        case Scalar scalar:
                            Complete(CreateScalar(scalar), Span(scalar.Start, scalar.End), size: 1);
                            break;
                        // An alias or a collection is added as it is read; one that exceeds a limit stops the reading.
                        case AnchorAlias alias when !CompleteAlias(alias):
                        case MappingStart mapping when !Push(mapping, isMapping: true, mapping.Style == MappingStyle.Flow):
                        case SequenceStart sequence when !Push(sequence, isMapping: false, sequence.Style == SequenceStyle.Flow):
                            return Finish(inDocument, Offset(current.End));
                        case MappingEnd or SequenceEnd:
                            Pop(current.Start);
                            break;
                    }
                }
            }
            catch (YamlException exception)
            {
                var start = Offset(exception.Start);
                var end = Math.Max(start, Offset(exception.End));
                _problems.Add(Problem(YamlProblemKind.Syntax, exception.Message, TextSpan.FromBounds(start, end)));
                return Finish(inDocument, end);
            }
            catch (Exception exception) when (IsParserFailure(exception))
            {
                // YamlDotNet throws these without a position on some malformed input: InvalidOperationException for a
                // multi-line plain scalar in an unclosed flow sequence (it fails after the last event read),
                // ArgumentException for a tag that is not a valid URI ("!!x]", "!<x]>", a %TAG prefix) and
                // ArgumentOutOfRangeException for an escape that is no character ("\UFFFFFFFF", "\uD800\uD800"),
                // where the scanner has stopped just after the bad token.
                var afterLastEvent = parser.Current is { } last ? Offset(last.End) : 0;
                var at = exception is InvalidOperationException ? afterLastEvent : Math.Max(afterLastEvent, Offset(scanner.CurrentPosition));
                _problems.Add(Problem(YamlProblemKind.Syntax, "not valid YAML here: " + DescribeFailure(exception), new TextSpan(at, 0)));
                return Finish(inDocument, at);
            }

            return _text.Text.Length;
        }

        private void ReadComments(int stop)
        {
            var scanner = new Scanner(new StringReader(_text.Text), skipComments: false);
            try
            {
                while (scanner.MoveNext() && scanner.Current is { } token && Offset(token.Start) < stop)
                {
                    if (token is YamlDotNet.Core.Tokens.Comment comment)
                    {
                        _comments.Add(new YamlComment(comment.Value.Trim(), Span(comment.Start, comment.End), comment.IsInline));
                    }
                }
            }
            catch (Exception exception) when (exception is YamlException || IsParserFailure(exception))
            {
                // The parse has reported the error; the comments before it are kept.
            }
        }

        // Ends the stream early: closes what is open into an incomplete document.
        private int Finish(bool inDocument, int stop)
        {
            while (_depth > 0)
            {
                Pop(null);
            }

            if (inDocument)
            {
                _documents.Add(new YamlDocument(_root, TextSpan.FromBounds(_documentStart, Math.Max(_documentStart, _root?.Span.End ?? _documentStart)), IsComplete: false));
            }

            return stop;
        }

        private YamlScalar CreateScalar(Scalar scalar)
        {
            var style = StyleOf(scalar);
            var span = ContentSpan(scalar.Start, scalar.End, scalar);
            if (style is YamlScalarStyle.Literal or YamlScalarStyle.Folded)
            {
                // A block scalar's end mark is past its trailing line breaks; the content ends at its last character.
                var end = span.End;
                while (end > span.Start && char.IsWhiteSpace(_text.Text[end - 1]))
                {
                    end--;
                }

                span = TextSpan.FromBounds(span.Start, end);
            }

            var node = new YamlScalar(_text, span, TagOf(scalar), AnchorOf(scalar), Share(scalar.Value), style);
            if (node.Anchor is { } anchor)
            {
                Anchors[anchor] = (node, 1);
            }

            return node;
        }

        // The same string for the same short text read recently, so the tree holds one copy of "name" or "apps/v1".
        private string Share(string value)
        {
            if (value.Length == 0)
            {
                return string.Empty;
            }

            if (value.Length > SharedLength)
            {
                return value;
            }

            var slot = ((value[0] * 31) + value[value.Length - 1] + (value[value.Length / 2] * 961) + (value.Length * 29791)) & (SharedSlots - 1);
            if (_shared[slot] is { } shared && string.Equals(shared, value, StringComparison.Ordinal))
            {
                return shared;
            }

            _shared[slot] = value;
            return value;
        }

        private Dictionary<string, (YamlNode Node, long Size)> Anchors => _anchors ??= new Dictionary<string, (YamlNode, long)>(StringComparer.Ordinal);

        private HashSet<YamlNode> Open => _open ??= new HashSet<YamlNode>();

        private bool CompleteAlias(AnchorAlias alias)
        {
            var span = Span(alias.Start, alias.End);
            if (_anchors is null || !_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                _problems.Add(Problem(YamlProblemKind.UndefinedAlias, $"alias '*{alias.Value.Value}' names no anchor defined before it", span));
                Complete(new YamlScalar(_text, span, null, null, string.Empty, YamlScalarStyle.Plain), span, size: 1);
                return true;
            }

            if (_open is not null && _open.Contains(target.Node))
            {
                _problems.Add(Problem(YamlProblemKind.RecursiveAlias, $"alias '*{alias.Value.Value}' is inside the node it names", span));
                Complete(new YamlScalar(_text, span, null, null, string.Empty, YamlScalarStyle.Plain), span, size: 1);
                return true;
            }

            _aliasNodes = Add(_aliasNodes, target.Size);
            var total = Add(_parsedNodes, _aliasNodes);
            if (total > AliasExpansionLowRange && _aliasNodes / (double)total > AllowedAliasRatio(total))
            {
                _problems.Add(Problem(
                    YamlProblemKind.ExcessiveAliasing,
                    FormattableString.Invariant($"aliases expand this document to {total:N0} nodes or more, nearly all of them copies (an alias bomb); not read further"),
                    span));
                return false;
            }

            Complete(target.Node, span, target.Size, isAlias: true);
            return true;
        }

        private bool Push(NodeEvent start, bool isMapping, bool isFlow)
        {
            if (_depth >= MaxDepth)
            {
                _problems.Add(Problem(YamlProblemKind.TooDeep, $"collections are nested more than {MaxDepth} deep; not read further", Span(start.Start, start.End)));
                return false;
            }

            if (_depth == _frames.Count)
            {
                _frames.Add(new Frame());
            }

            var frame = _frames[_depth++];
            frame.Reset(start, isMapping, isFlow);
            if (!start.Anchor.IsEmpty)
            {
                var placeholder = new YamlScalar(_text, default, null, null, string.Empty, YamlScalarStyle.Plain);
                frame.Placeholder = placeholder;
                Anchors[start.Anchor.Value] = (placeholder, 1);
                Open.Add(placeholder);
            }

            return true;
        }

        // Closes the innermost collection; a null end mark closes it where its content ends (after an error).
        private void Pop(Mark? endMark)
        {
            var frame = _frames[--_depth];
            var start = ContentStart(frame.Event.Start, frame.Event.End, frame.Event);
            var end = frame.LastEnd;
            if (endMark is { } mark && frame.IsFlow)
            {
                // A flow collection's end event sits on its closing bracket.
                var close = Offset(mark);
                end = close < _text.Text.Length && _text.Text[close] is '}' or ']' ? close + 1 : Math.Max(close, end);
            }

            if (frame.IsFlow && end == start)
            {
                end = Math.Min(_text.Text.Length, start + 1);
            }

            var span = TextSpan.FromBounds(start, Math.Max(start, end));
            YamlNode node = frame.IsMapping
                ? new YamlMapping(_text, span, TagOf(frame.Event), AnchorOf(frame.Event), frame.IsFlow, ResolveEntries(frame), frame.HasMergeKey)
                : new YamlSequence(_text, span, TagOf(frame.Event), AnchorOf(frame.Event), frame.IsFlow, frame.Items.Count == 0 ? Array.Empty<YamlNode>() : frame.Items.ToArray());
            if (frame.Placeholder is { } placeholder)
            {
                _open!.Remove(placeholder);
                var anchorName = frame.Event.Anchor.Value;
                if (_anchors!.TryGetValue(anchorName, out var defined) && ReferenceEquals(defined.Node, placeholder))
                {
                    _anchors[anchorName] = (node, frame.Size);
                }
            }

            Complete(node, span, frame.Size);
        }

        // Attaches a finished node to its parent (or makes it the root); writtenSpan is the text that stands for it
        // here, size the number of nodes it stands for with its aliases expanded.
        private void Complete(YamlNode node, TextSpan writtenSpan, long size, bool isAlias = false)
        {
            if (!isAlias)
            {
                _parsedNodes++;
            }

            if (_depth == 0)
            {
                _root = node;
                return;
            }

            var frame = Top;
            frame.Size = Add(frame.Size, size);
            frame.LastEnd = Math.Max(frame.LastEnd, writtenSpan.End);
            if (!frame.IsMapping)
            {
                frame.Items.Add(node);
            }
            else if (frame.PendingKeyText is { } keyText)
            {
                AddEntry(frame, YamlEntry.Create(keyText, frame.PendingKeySpan, frame.PendingKeyStyle, node, EntrySpan(frame, writtenSpan)));
            }
            else if (frame.PendingKey is not { } key)
            {
                frame.PendingKey = node;
                frame.PendingKeyStart = writtenSpan.Start;
            }
            else
            {
                AddEntry(frame, YamlEntry.Create(key, node, EntrySpan(frame, writtenSpan), isMerged: false));
            }
        }

        private static YamlScalarStyle StyleOf(Scalar scalar) => scalar.Style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YamlScalarStyle.Literal,
            ScalarStyle.Folded => YamlScalarStyle.Folded,
            _ => YamlScalarStyle.Plain,
        };

        // A scalar that is a mapping's key and has no anchor or tag: its entry keeps its text, not a node (see YamlEntry).
        private bool IsKeyWithoutProperties(Scalar scalar) =>
            _depth > 0 && Top is { IsMapping: true, PendingKey: null, PendingKeyText: null }
            && scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;

        private void CompleteKey(Scalar scalar)
        {
            _parsedNodes++;
            var span = Span(scalar.Start, scalar.End);
            var frame = Top;
            frame.Size = Add(frame.Size, 1);
            frame.LastEnd = Math.Max(frame.LastEnd, span.End);
            frame.PendingKeyText = Share(scalar.Value);
            frame.PendingKeySpan = span;
            frame.PendingKeyStyle = StyleOf(scalar);
            frame.PendingKeyStart = span.Start;
        }

        private static TextSpan EntrySpan(Frame frame, TextSpan valueSpan) =>
            TextSpan.FromBounds(frame.PendingKeyStart, Math.Max(frame.PendingKeyStart, valueSpan.End));

        private static void AddEntry(Frame frame, YamlEntry entry)
        {
            frame.Entries.Add(entry);
            frame.HasMergeKey |= entry.IsMergeKey;
            frame.PendingKey = null;
            frame.PendingKeyText = null;
        }

        // The written entries in order, with each merge key replaced by the entries it brings in and each repeated key
        // left out (and reported).
        private YamlEntry[] ResolveEntries(Frame frame)
        {
            var written = frame.Entries;
            if (written.Count == 0)
            {
                return Array.Empty<YamlEntry>();
            }

            if (!frame.HasMergeKey && written.Count <= 16)
            {
                return WithoutDuplicates(written);
            }

            var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
            var entries = new List<YamlEntry>(written.Count);
            var firstAt = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
            foreach (var entry in written)
            {
                if (!entry.IsMergeKey && entry.KeyText is { } text)
                {
                    explicitKeys.Add(text);
                }
            }

            var merged = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in written)
            {
                if (entry.IsMergeKey)
                {
                    Merge(entry.Value, explicitKeys, merged, entries);
                    continue;
                }

                if (entry.KeyText is { } text)
                {
                    if (firstAt.TryGetValue(text, out var first))
                    {
                        ReportDuplicate(text, first, entry);
                        continue;
                    }

                    firstAt.Add(text, entry);
                }

                entries.Add(entry);
            }

            return entries.ToArray();
        }

        // A small mapping without merge keys: the common case, checked without a dictionary.
        private YamlEntry[] WithoutDuplicates(List<YamlEntry> written)
        {
            var kept = new YamlEntry[written.Count];
            var count = 0;
            for (var i = 0; i < written.Count; i++)
            {
                var entry = written[i];
                if (entry.KeyText is { } text && FirstWithKey(written, i, text) is { } first)
                {
                    ReportDuplicate(text, first, entry);
                    continue;
                }

                kept[count++] = entry;
            }

            if (count < kept.Length)
            {
                Array.Resize(ref kept, count);
            }

            return kept;
        }

        private static YamlEntry? FirstWithKey(List<YamlEntry> entries, int before, string key)
        {
            for (var j = 0; j < before; j++)
            {
                if (string.Equals(entries[j].KeyText, key, StringComparison.Ordinal))
                {
                    return entries[j];
                }
            }

            return null;
        }

        private void ReportDuplicate(string text, YamlEntry first, YamlEntry duplicate)
        {
            var at = _text.GetLinePosition(first.KeySpan.Start);
            _problems.Add(Problem(YamlProblemKind.DuplicateKey, $"duplicate key '{text}': it is already defined at {at.Line}:{at.Column}", duplicate.KeySpan));
        }

        // YAML's merge key: earlier mappings of a list win over later ones, and the mapping's own keys over all.
        private void Merge(YamlNode value, HashSet<string> explicitKeys, HashSet<string> merged, List<YamlEntry> entries)
        {
            IReadOnlyList<YamlNode> sources = value switch
            {
                YamlMapping mapping => new[] { mapping },
                YamlSequence sequence => sequence.Items,
                _ => Array.Empty<YamlNode>(),
            };
            if (value is not (YamlMapping or YamlSequence))
            {
                _problems.Add(Problem(YamlProblemKind.InvalidMerge, "the value of a '<<' merge key must be a mapping or a list of mappings", value.Span));
                return;
            }

            foreach (var source in sources)
            {
                if (source is not YamlMapping mapping)
                {
                    _problems.Add(Problem(YamlProblemKind.InvalidMerge, "a '<<' merge key lists something that is not a mapping", source.Span));
                    continue;
                }

                foreach (var entry in mapping.Entries)
                {
                    if (entry.KeyText is not { } text || (!explicitKeys.Contains(text) && merged.Add(text)))
                    {
                        entries.Add(YamlEntry.Create(entry.Key, entry.Value, entry.Span, isMerged: true));
                    }
                }
            }
        }

        private YamlProblem Problem(YamlProblemKind kind, string message, TextSpan span) => new(kind, message, _text.GetLocation(span));

        private int Offset(Mark mark) => (int)Math.Min(Math.Max(mark.Index, 0), _text.Text.Length);

        private TextSpan Span(Mark start, Mark end)
        {
            var from = Offset(start);
            return TextSpan.FromBounds(from, Math.Max(from, Offset(end)));
        }

        private TextSpan ContentSpan(Mark start, Mark end, NodeEvent node)
        {
            var from = ContentStart(start, end, node);
            return TextSpan.FromBounds(from, Math.Max(from, Offset(end)));
        }

        // A node event starts at its anchor or tag; the content starts after them and the blanks that follow.
        private int ContentStart(Mark start, Mark end, NodeEvent node)
        {
            var offset = Offset(start);
            if (node.Anchor.IsEmpty && node.Tag.IsEmpty)
            {
                return offset;
            }

            var text = _text.Text;
            var limit = node is Scalar ? Offset(end) : text.Length;
            while (offset < limit && text[offset] is '&' or '!')
            {
                while (offset < limit && !char.IsWhiteSpace(text[offset]))
                {
                    offset++;
                }

                while (offset < limit && char.IsWhiteSpace(text[offset]))
                {
                    offset++;
                }
            }

            return offset;
        }

        private static string? TagOf(NodeEvent node) => node.Tag.IsEmpty || node.Tag.IsNonSpecific ? null : node.Tag.Value;

        private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

        private sealed class Frame
        {
            public NodeEvent Event { get; private set; } = null!;

            public bool IsMapping { get; private set; }

            public bool IsFlow { get; private set; }

            // Stands in for the collection under its anchor while it is open, so an alias to it inside is caught.
            public YamlNode? Placeholder { get; set; }

            public List<YamlEntry> Entries { get; } = new();

            public bool HasMergeKey { get; set; }

            public List<YamlNode> Items { get; } = new();

            public YamlNode? PendingKey { get; set; }

            // A key without anchor or tag, kept as its text (PendingKey is then null).
            public string? PendingKeyText { get; set; }

            public TextSpan PendingKeySpan { get; set; }

            public YamlScalarStyle PendingKeyStyle { get; set; }

            public int PendingKeyStart { get; set; }

            public int LastEnd { get; set; }

            public long Size { get; set; }

            public void Reset(NodeEvent start, bool isMapping, bool isFlow)
            {
                Event = start;
                IsMapping = isMapping;
                IsFlow = isFlow;
                Placeholder = null;
                Entries.Clear();
                HasMergeKey = false;
                Items.Clear();
                PendingKey = null;
                PendingKeyText = null;
                PendingKeyStart = 0;
                LastEnd = 0;
                Size = 1;
            }
        }
    }
}
