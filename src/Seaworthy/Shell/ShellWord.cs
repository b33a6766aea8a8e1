using System;
using System.Collections.Generic;
using System.Text;
using Seaworthy.Text;

namespace Seaworthy.Shell;

/// <summary>
/// A shell word: literal text, quoted strings and expansions written next to each other (<c>--opt="$HOME"/x</c>).
/// <see cref="Value"/> is what the word means after quote removal when it holds no expansion.
/// </summary>
public sealed class ShellWord : ShellNode
{
    // The computed value, or NoValue when the word has an expansion; one reference, so readers never see half of it.
    private static readonly object NoValue = new();
    private object? _value;
    private Tuple<int[], int[]>? _valueMap;

    internal ShellWord(ShellSource source, int start, int end, IReadOnlyList<ShellWordPart> parts, bool adopt = true)
        : base(source, start, end)
    {
        Parts = parts;
        if (adopt)
        {
            Adopt(parts);
        }
    }

    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<ShellWordPart> Parts { get; }

    /// <summary>
    /// The word after quote and escape removal, or null when it contains an expansion (<c>$X</c>,
    /// <c>$(cmd)</c>, <c>$((1+1))</c>...) and so is only known when the shell runs. Globs and <c>~</c> are kept as written.
    /// </summary>
    public string? Value
    {
        get
        {
            _value ??= ComputeValue() ?? NoValue;
            return _value as string;
        }
    }

    /// <summary>True when the word contains a parameter, command, arithmetic or process substitution.</summary>
    public bool HasExpansions
    {
        get
        {
            for (var index = 0; index < Parts.Count; index++)
            {
                var part = Parts[index];
                if (part.IsExpansion)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when any part is quoted or escaped.</summary>
    public bool IsQuoted
    {
        get
        {
            for (var index = 0; index < Parts.Count; index++)
            {
                var part = Parts[index];
                if (part.IsQuoted)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The literal text the word starts with, up to its first expansion, after quote removal
    /// (<c>--prefix=</c> for <c>--prefix=$HOME</c>); the whole <see cref="Value"/> when there is none.
    /// </summary>
    public string StaticPrefix
    {
        get
        {
            var builder = new StringBuilder();
            for (var index = 0; index < Parts.Count; index++)
            {
                var part = Parts[index];
                if (!part.AppendStaticPrefix(builder))
                {
                    break;
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// The file span of the characters <paramref name="start"/> to <paramref name="end"/> of <see cref="Value"/>
    /// (for a word with expansions, of <see cref="StaticPrefix"/>), exact through quotes and escapes; the
    /// word's whole span when the range is out of bounds.
    /// </summary>
    public TextSpan GetValueSpan(int start, int end)
    {
        // A word of one part whose characters are its value's, one for one (no quote or escape removed within
        // it), needs no map: most option words are such.
        if (Parts.Count == 1 && Parts[0].DirectValueOrigin is var origin and >= 0)
        {
            var length = Parts[0].StaticValue!.Length;
            if (start < 0 || end < start || end > length)
            {
                return Span;
            }

            if (start == end)
            {
                var offset = length > 0 ? origin + start : Start;
                return Source.GetFileSpan(offset, offset);
            }

            return Source.GetFileSpan(origin + start, origin + end);
        }

        var (starts, ends) = _valueMap ??= MapValue();
        if (start < 0 || end < start || end > starts.Length)
        {
            return Span;
        }

        if (start == end)
        {
            var at = start < starts.Length ? starts[start] : (start > 0 ? ends[start - 1] : Start);
            return Source.GetFileSpan(at, at);
        }

        return Source.GetFileSpan(starts[start], ends[end - 1]);
    }

    private protected override void CollectChildren(List<ShellNode> children) => children.AddRange(Parts);

    // For each character of the static prefix, the range of source offsets it came from.
    private Tuple<int[], int[]> MapValue()
    {
        var starts = new List<int>();
        var ends = new List<int>();
        for (var index = 0; index < Parts.Count; index++)
        {
            var part = Parts[index];
            if (!part.MapStaticPrefix(starts, ends))
            {
                break;
            }
        }

        return Tuple.Create(starts.ToArray(), ends.ToArray());
    }

    private string? ComputeValue()
    {
        if (Parts.Count == 1)
        {
            return Parts[0].StaticValue;
        }

        var builder = new StringBuilder();
        for (var index = 0; index < Parts.Count; index++)
        {
            var part = Parts[index];
            if (part.StaticValue is not { } value)
            {
                return null;
            }

            builder.Append(value);
        }

        return builder.ToString();
    }
}

/// <summary>A piece of a word: literal text, a quoted string, or an expansion.</summary>
/// <remarks>Parts are walked by index: a foreach over the read-only list would allocate an enumerator each time.</remarks>
public abstract class ShellWordPart : ShellNode
{
    private protected ShellWordPart(ShellSource source, int start, int end)
        : base(source, start, end)
    {
    }

    /// <summary>The text this part stands for after quote removal, or null when it depends on an expansion.</summary>
    public abstract string? StaticValue { get; }

    internal virtual bool IsExpansion => false;

    internal virtual bool IsQuoted => false;

    // The source offset of the first character of StaticValue when each of its characters is the one source
    // character after the previous one; -1 when quotes or escapes are removed inside it, or it is an expansion.
    internal virtual int DirectValueOrigin => -1;

    // Appends the part's static text; false when the part is (or contains) an expansion, which ends the prefix.
    internal virtual bool AppendStaticPrefix(StringBuilder builder)
    {
        if (StaticValue is { } value)
        {
            builder.Append(value);
            return true;
        }

        return false;
    }

    // Appends, for each character of the static prefix, the range of source offsets it came from.
    internal abstract bool MapStaticPrefix(List<int> starts, List<int> ends);
}

/// <summary>How the text of a literal was quoted, which decides what a backslash means in it.</summary>
internal enum LiteralKind
{
    /// <summary>Unquoted: a backslash quotes the next character; backslash-newline disappears.</summary>
    Unquoted,

    /// <summary>Inside double quotes: a backslash quotes only <c>$ ` " \</c> and newline.</summary>
    DoubleQuoted,

    /// <summary>In an unquoted here-document body: a backslash quotes only <c>$ ` \</c> and newline.</summary>
    HereDocument,

    /// <summary>Taken as written (a quoted here-document body, arithmetic text).</summary>
    Verbatim,

    /// <summary>An element of a JSON exec form: the text between the quotes, decoded when the source was built.</summary>
    Json,
}

/// <summary>Literal text, unquoted or inside double quotes, with its escapes removed in <see cref="Value"/>.</summary>
public sealed class ShellLiteral : ShellWordPart
{
    private readonly LiteralKind _kind;
    private string? _value;

    internal ShellLiteral(ShellSource source, int start, int end, LiteralKind kind)
        : base(source, start, end)
    {
        _kind = kind;
    }

    /// <summary>The text with escapes removed.</summary>
    public string Value => _value ??= _kind == LiteralKind.Json
        ? Source.Text.Substring(Start + 1, Math.Max(0, End - Start - 2))
        : Unescape(Source.Text, Start, End, _kind, null, null);

    /// <inheritdoc />
    public override string? StaticValue => Value;

    internal LiteralKind Kind => _kind;

    internal override int DirectValueOrigin => _kind switch
    {
        LiteralKind.Json => Start + 1,
        LiteralKind.Verbatim => Start,
        _ => Source.Text.IndexOf('\\', Start, End - Start) < 0 ? Start : -1,
    };

    internal override bool IsQuoted => _kind == LiteralKind.Unquoted && Source.Text.IndexOf('\\', Start, End - Start) >= 0;

    private protected override void CollectChildren(List<ShellNode> children)
    {
    }

    internal override bool MapStaticPrefix(List<int> starts, List<int> ends)
    {
        if (_kind == LiteralKind.Json)
        {
            for (var i = 0; i < Value.Length; i++)
            {
                starts.Add(Start + 1 + i);
                ends.Add(Start + 2 + i);
            }

            return true;
        }

        Unescape(Source.Text, Start, End, _kind, starts, ends);
        return true;
    }

    // Removes the escapes that mean something in this kind of text; records each kept character's source range.
    internal static string Unescape(string text, int start, int end, LiteralKind kind, List<int>? starts, List<int>? ends)
    {
        if (kind == LiteralKind.Verbatim || text.IndexOf('\\', start, end - start) < 0)
        {
            if (starts is not null)
            {
                for (var i = start; i < end; i++)
                {
                    starts.Add(i);
                    ends!.Add(i + 1);
                }
            }

            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                var next = text[i + 1];
                if (next == '\n')
                {
                    i++;
                    continue;
                }

                var quotes = kind switch
                {
                    LiteralKind.Unquoted => true,
                    LiteralKind.DoubleQuoted => next is '$' or '`' or '"' or '\\',
                    _ => next is '$' or '`' or '\\',
                };
                if (quotes)
                {
                    builder.Append(next);
                    starts?.Add(i);
                    ends?.Add(i + 2);
                    i++;
                    continue;
                }
            }

            builder.Append(c);
            starts?.Add(i);
            ends?.Add(i + 1);
        }

        return builder.ToString();
    }
}

/// <summary><c>'text'</c>: every character is literal.</summary>
public sealed class ShellSingleQuoted : ShellWordPart
{
    private readonly bool _terminated;
    private string? _value;

    internal ShellSingleQuoted(ShellSource source, int start, int end, bool terminated)
        : base(source, start, end)
    {
        _terminated = terminated;
    }

    /// <summary>The text between the quotes.</summary>
    public string Value => _value ??= Source.Text.Substring(Start + 1, End - Start - (_terminated ? 2 : 1));

    /// <inheritdoc />
    public override string? StaticValue => Value;

    internal override bool IsQuoted => true;

    internal override int DirectValueOrigin => Start + 1;

    private protected override void CollectChildren(List<ShellNode> children)
    {
    }

    internal override bool MapStaticPrefix(List<int> starts, List<int> ends)
    {
        for (var i = 0; i < Value.Length; i++)
        {
            starts.Add(Start + 1 + i);
            ends.Add(Start + 2 + i);
        }

        return true;
    }
}

/// <summary><c>$'text'</c>: a string with C escapes (<c>\n</c>, <c>\t</c>, <c>\x41</c>...), decoded in <see cref="Value"/>.</summary>
public sealed class ShellAnsiCQuoted : ShellWordPart
{
    private readonly int _contentEnd;
    private string? _value;

    internal ShellAnsiCQuoted(ShellSource source, int start, int end, int contentEnd)
        : base(source, start, end)
    {
        _contentEnd = contentEnd;
    }

    /// <summary>The decoded text.</summary>
    public string Value => _value ??= AnsiC.Decode(Source.Text, Start + 2, _contentEnd, null, null);

    /// <inheritdoc />
    public override string? StaticValue => Value;

    internal override bool IsQuoted => true;

    private protected override void CollectChildren(List<ShellNode> children)
    {
    }

    internal override bool MapStaticPrefix(List<int> starts, List<int> ends)
    {
        AnsiC.Decode(Source.Text, Start + 2, _contentEnd, starts, ends);
        return true;
    }
}

/// <summary><c>"text"</c> (or bash's <c>$"text"</c>): literal text and expansions inside double quotes.</summary>
public sealed class ShellDoubleQuoted : ShellWordPart
{
    internal ShellDoubleQuoted(ShellSource source, int start, int end, IReadOnlyList<ShellWordPart> parts)
        : base(source, start, end)
    {
        Parts = parts;
        Adopt(parts);
    }

    /// <summary>The literal text and expansions between the quotes.</summary>
    public IReadOnlyList<ShellWordPart> Parts { get; }

    /// <inheritdoc />
    public override string? StaticValue
    {
        get
        {
            var builder = new StringBuilder();
            for (var index = 0; index < Parts.Count; index++)
            {
                var part = Parts[index];
                if (part.StaticValue is not { } value)
                {
                    return null;
                }

                builder.Append(value);
            }

            return builder.ToString();
        }
    }

    internal override bool IsQuoted => true;

    internal override bool IsExpansion
    {
        get
        {
            for (var index = 0; index < Parts.Count; index++)
            {
                var part = Parts[index];
                if (part.IsExpansion)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private protected override void CollectChildren(List<ShellNode> children) => children.AddRange(Parts);

    internal override bool AppendStaticPrefix(StringBuilder builder)
    {
        for (var index = 0; index < Parts.Count; index++)
        {
            var part = Parts[index];
            if (!part.AppendStaticPrefix(builder))
            {
                return false;
            }
        }

        return true;
    }

    internal override bool MapStaticPrefix(List<int> starts, List<int> ends)
    {
        for (var index = 0; index < Parts.Count; index++)
        {
            var part = Parts[index];
            if (!part.MapStaticPrefix(starts, ends))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>An expansion part: its value is only known when the shell runs.</summary>
public abstract class ShellExpansion : ShellWordPart
{
    private protected ShellExpansion(ShellSource source, int start, int end)
        : base(source, start, end)
    {
    }

    /// <inheritdoc />
    public override string? StaticValue => null;

    internal override bool IsExpansion => true;

    internal override bool MapStaticPrefix(List<int> starts, List<int> ends) => false;
}

/// <summary>
/// <c>$name</c>, <c>$1</c>, <c>$@</c>, or <c>${...}</c> with its operator: <c>${X:-default}</c>, <c>${#X}</c>,
/// <c>${X%%.*}</c>, <c>${X/a/b}</c>, <c>${!X}</c>, <c>${X[1]}</c>...
/// </summary>
public sealed class ShellParameterExpansion : ShellExpansion
{
    internal ShellParameterExpansion(
        ShellSource source, int start, int end, string name, bool isBraced, bool isLength, bool isIndirect,
        string? subscript, string? expansionOperator, ShellWord? argument)
        : base(source, start, end)
    {
        Name = name;
        IsBraced = isBraced;
        IsLength = isLength;
        IsIndirect = isIndirect;
        Subscript = subscript;
        Operator = expansionOperator;
        Argument = argument;
        Adopt(argument);
    }

    /// <summary>The parameter: a variable name, a digit string or one of <c>@ * # ? - $ ! 0</c>.</summary>
    public string Name { get; }

    /// <summary>True for the <c>${...}</c> form.</summary>
    public bool IsBraced { get; }

    /// <summary>True for <c>${#name}</c> (the length).</summary>
    public bool IsLength { get; }

    /// <summary>True for bash's <c>${!name}</c> (indirection).</summary>
    public bool IsIndirect { get; }

    /// <summary>The text between <c>[</c> and <c>]</c> of an array element, or null.</summary>
    public string? Subscript { get; }

    /// <summary>The operator after the name (<c>:-</c>, <c>-</c>, <c>:=</c>, <c>:?</c>, <c>:+</c>, <c>#</c>, <c>##</c>, <c>%</c>, <c>%%</c>, <c>/</c>, <c>//</c>, <c>^^</c>, <c>:</c>...), or null.</summary>
    public string? Operator { get; }

    /// <summary>The word after the operator (it may hold expansions of its own), or null.</summary>
    public ShellWord? Argument { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        if (Argument is not null)
        {
            children.Add(Argument);
        }
    }
}

/// <summary><c>$(list)</c> or <c>`list`</c>: the output of commands, parsed as a script of its own.</summary>
public sealed class ShellCommandSubstitution : ShellExpansion
{
    internal ShellCommandSubstitution(ShellSource source, int start, int end, ShellSequence body, bool isBackquoted)
        : base(source, start, end)
    {
        Body = body;
        IsBackquoted = isBackquoted;
        Adopt(body);
    }

    /// <summary>The commands inside.</summary>
    public ShellSequence Body { get; }

    /// <summary>True for the backquoted form.</summary>
    public bool IsBackquoted { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        children.Add(Body);
    }
}

/// <summary><c>$((expression))</c>.</summary>
public sealed class ShellArithmeticExpansion : ShellExpansion
{
    internal ShellArithmeticExpansion(ShellSource source, int start, int end, ShellWord expression)
        : base(source, start, end)
    {
        Expression = expression;
        Adopt(expression);
    }

    /// <summary>The text between <c>$((</c> and <c>))</c>, with its expansions.</summary>
    public ShellWord Expression { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        children.Add(Expression);
    }
}

/// <summary>Bash's <c>&lt;(list)</c> or <c>&gt;(list)</c>: commands whose output (or input) is a file name.</summary>
public sealed class ShellProcessSubstitution : ShellExpansion
{
    internal ShellProcessSubstitution(ShellSource source, int start, int end, ShellSequence body, bool isInput)
        : base(source, start, end)
    {
        Body = body;
        IsInput = isInput;
        Adopt(body);
    }

    /// <summary>The commands inside.</summary>
    public ShellSequence Body { get; }

    /// <summary>True for <c>&lt;(list)</c>: the outer command reads what the list writes.</summary>
    public bool IsInput { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        children.Add(Body);
    }
}

/// <summary>
/// <c>NAME=value</c> or <c>NAME+=value</c> before a command (or alone), or given to <c>env</c>/<c>sudo</c>;
/// bash's array form <c>NAME=(a b)</c> has <see cref="Elements"/>.
/// </summary>
public sealed class ShellAssignment : ShellNode
{
    internal ShellAssignment(ShellSource source, int start, int end, string name, bool isAppend, ShellWord value, IReadOnlyList<ShellWord>? elements, bool adopt = true)
        : base(source, start, end)
    {
        Name = name;
        IsAppend = isAppend;
        Value = value;
        Elements = elements;
        if (adopt)
        {
            Adopt(value);
        }

        if (elements is not null)
        {
            Adopt(elements);
        }
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>Where the name is in the file.</summary>
    public TextSpan NameSpan => Source.GetFileSpan(Start, Start + Name.Length);

    /// <summary>True for <c>+=</c>.</summary>
    public bool IsAppend { get; }

    /// <summary>The value word after <c>=</c> (empty, with no parts, for <c>NAME=</c> and for the array form).</summary>
    public ShellWord Value { get; }

    /// <summary>The elements of <c>NAME=(a b c)</c>, or null.</summary>
    public IReadOnlyList<ShellWord>? Elements { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        children.Add(Value);
        if (Elements is not null)
        {
            foreach (var element in Elements)
            {
                children.Add(element);
            }
        }
    }
}

/// <summary>A redirection: <c>&gt;file</c>, <c>2&gt;&amp;1</c>, <c>&gt;&gt;log</c>, <c>&gt;|file</c>, <c>&lt;in</c>, <c>&lt;&lt;EOF</c>, <c>&lt;&lt;&lt;word</c>, <c>&amp;&gt;file</c>...</summary>
public sealed class ShellRedirection : ShellNode
{
    internal ShellRedirection(ShellSource source, int start, int end, int? fileDescriptor, string redirectionOperator, ShellWord? target, ShellHereDocument? hereDocument)
        : base(source, start, end)
    {
        FileDescriptor = fileDescriptor;
        Operator = redirectionOperator;
        Target = target;
        HereDocument = hereDocument;
        Adopt(target);
        Adopt(hereDocument);
    }

    /// <summary>The file descriptor written before the operator (<c>2</c> in <c>2&gt;&amp;1</c>), or null.</summary>
    public int? FileDescriptor { get; }

    /// <summary>The operator: <c>&lt; &gt; &gt;&gt; &gt;| &lt;&gt; &lt;&amp; &gt;&amp; &lt;&lt; &lt;&lt;- &lt;&lt;&lt; &amp;&gt; &amp;&gt;&gt;</c>.</summary>
    public string Operator { get; }

    /// <summary>
    /// The descriptor redirected: <see cref="FileDescriptor"/>, or 0 for the input operators and 1 for the
    /// output ones (<c>&amp;&gt;</c> redirects 1 and 2).
    /// </summary>
    public int EffectiveFileDescriptor => FileDescriptor ?? (Operator[0] == '<' ? 0 : 1);

    /// <summary>The file name, descriptor or here-string word after the operator; for a here-document, its delimiter word.</summary>
    public ShellWord? Target { get; }

    /// <summary>The here-document of <c>&lt;&lt;</c> or <c>&lt;&lt;-</c>, or null.</summary>
    public ShellHereDocument? HereDocument { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        if (Target is not null)
        {
            children.Add(Target);
        }

        if (HereDocument is not null)
        {
            children.Add(HereDocument);
        }
    }
}

/// <summary>
/// The body of a here-document. Its span is the body (in the script, or in the Dockerfile heredoc that supplied
/// it); <see cref="Body"/> holds its expansions unless the delimiter was quoted.
/// </summary>
public sealed class ShellHereDocument : ShellNode
{
    internal ShellHereDocument(ShellSource source, int start, int end, string delimiter, bool isQuoted, bool stripsTabs)
        : base(source, start, end)
    {
        Delimiter = delimiter;
        IsQuoted = isQuoted;
        StripsTabs = stripsTabs;
    }

    /// <summary>The delimiter after quote removal.</summary>
    public string Delimiter { get; }

    /// <summary>True when the delimiter was quoted: the body is taken literally.</summary>
    public bool IsQuoted { get; }

    /// <summary>True for <c>&lt;&lt;-</c>: leading tabs are removed from the body's lines.</summary>
    public bool StripsTabs { get; }

    /// <summary>The body's text and expansions; null until the body has been read (never after a parse).</summary>
    public ShellWord? Body { get; private set; }

    /// <summary>False when the input ended before the delimiter line.</summary>
    public bool IsTerminated { get; private set; }

    /// <summary>When the body is a script read by a shell (<c>bash &lt;&lt;EOF</c>), that script.</summary>
    public ShellScript? Script { get; private set; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        if (Script is not null)
        {
            children.Add(Script);
        }
        else if (Body is not null)
        {
            children.Add(Body);
        }
    }

    internal void SetBody(ShellSource source, int start, int end, ShellWord body, bool isTerminated)
    {
        MoveTo(source, start, end);
        Body = body;
        IsTerminated = isTerminated;
        Adopt(body);
    }

    internal void SetScript(ShellScript script)
    {
        Script = script;
        Adopt(script);
    }
}
