using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// Parses a Dockerfile the way BuildKit's parser does (frontend/dockerfile/parser): parser directives,
/// continuation lines, comments, flags, JSON versus shell form, heredocs and ONBUILD, with an exact span
/// for every node. Where BuildKit stops at the first error, this parser records a <see cref="SyntaxError"/>
/// and goes on, so one mistake never hides the rest of the file.
/// </summary>
public sealed class DockerfileParser
{
    /// <summary>The longest physical line BuildKit accepts.</summary>
    public const int MaxLineLength = 65535;

    private static readonly string[] KnownDirectives = { "syntax", "escape", "check" };

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<(int Start, int End)> _lines;
    private readonly List<ParserDirective> _directives = new();
    private readonly List<Instruction> _instructions = new();
    private readonly List<Comment> _comments = new();
    private readonly List<SyntaxError> _errors = new();
    private readonly List<TextSpan> _emptyContinuationLines = new();

    // Reused for every instruction rather than made for each: what an instruction keeps is copied out of them.
    private readonly LogicalLine.Builder _lineBuilder = new();
    private readonly StringBuilder _word = new();
    private readonly List<InstructionFlag> _flags = new();
    private readonly List<InstructionArgument> _arguments = new();
    private readonly List<KeyValueSyntax> _pairs = new();
    private readonly List<ArgDeclaration> _declarations = new();
    private char _escape = '\\';
    private bool _headerDone;

    private DockerfileParser(SourceText source)
    {
        _source = source;
        _text = source.Text;
        _lines = SplitLines(_text);
    }

    /// <summary>Parses <paramref name="source"/>. Never throws for any input text.</summary>
    public static DockerfileSyntax Parse(SourceText source)
    {
        var parser = new DockerfileParser(source);
        parser.ParseLines();
        return new DockerfileSyntax(source, parser._escape, parser._directives, parser._instructions, parser._comments, parser._errors)
        {
            EmptyContinuationLines = parser._emptyContinuationLines,
        };
    }

    private void ParseLines()
    {
        var pendingComments = new List<string>();
        var index = 0;
        while (index < _lines.Count)
        {
            var (start, end) = _lines[index];
            if (index == 0 && end > start && _text[start] == '\uFEFF')
            {
                start++;
            }

            CheckLineLength(start, end);
            var first = SkipWhitespace(start, end);
            var isComment = first < end && _text[first] == '#';
            if (isComment && TryReadDirective(first, end))
            {
                index++;
                continue;
            }

            _headerDone = true;
            index++;
            if (isComment)
            {
                var content = ReadComment(first, end);
                if (content.Length == 0)
                {
                    pendingComments.Clear();
                }
                else
                {
                    pendingComments.Add(content);
                }

                continue;
            }

            var startLine = index;
            var builder = _lineBuilder;
            builder.Clear();
            var endOfInstruction = TrimContinuation(first, end, out var contentEnd);
            builder.Append(_text, first, contentEnd - first);
            if (endOfInstruction && builder.Length == 0)
            {
                continue;
            }

            var lastContentEnd = end;
            while (!endOfInstruction && index < _lines.Count)
            {
                var (lineStart, lineEnd) = _lines[index];
                index++;
                CheckLineLength(lineStart, lineEnd);
                var lineFirst = SkipWhitespace(lineStart, lineEnd);
                if (lineFirst < lineEnd && _text[lineFirst] == '#')
                {
                    ReadComment(lineFirst, lineEnd);
                    continue;
                }

                if (lineFirst == lineEnd)
                {
                    _emptyContinuationLines.Add(TextSpan.FromBounds(lineStart, lineEnd));
                    continue;
                }

                endOfInstruction = TrimContinuation(lineStart, lineEnd, out contentEnd);
                builder.Append(_text, lineStart, contentEnd - lineStart);
                lastContentEnd = lineEnd;
            }

            var line = builder.Build();
            var firstLineIndex = startLine;
            var instructionStart = first;
            var parts = ParseInstruction(line, 0, line.Text.Length, pendingComments.ToArray(), out var heredocInstruction);
            var spanEnd = TrimEndWhitespace(instructionStart, lastContentEnd);
            IReadOnlyList<Heredoc> heredocs = Array.Empty<Heredoc>();
            if (heredocInstruction)
            {
                heredocs = ReadHeredocs(line.Text, parts.KeywordSpan, ref index, ref spanEnd);
            }

            var instruction = Instruction.Create(parts with
            {
                Span = TextSpan.FromBounds(instructionStart, Math.Max(spanEnd, parts.KeywordSpan.End)),
                Heredocs = heredocs,
                StartLine = firstLineIndex,
                EndLine = index,
                Index = _instructions.Count,
            });
            _instructions.Add(instruction);
            pendingComments.Clear();
        }

        if (_instructions.Count == 0)
        {
            _errors.Add(new SyntaxError("file with no instructions", new TextSpan(0, 0)));
        }
    }

    private InstructionParts ParseInstruction(LogicalLine line, int from, int to, IReadOnlyList<string> comments, out bool mayHaveHeredoc)
    {
        var text = line.Text;
        var (a, b) = TrimUnicode(text, from, to);
        var keywordEnd = a;
        while (keywordEnd < b && !IsFieldSeparator(text[keywordEnd]))
        {
            keywordEnd++;
        }

        var keyword = text.Substring(a, keywordEnd - a);
        var kind = KindOf(keyword);
        var restStart = keywordEnd;
        while (restStart < b && IsFieldSeparator(text[restStart]))
        {
            restStart++;
        }

        // The lists are the parser's, taken (copied and cleared) once filled: an ONBUILD parses its trigger with
        // them in the switch below, after its own flags are taken and before it adds anything else.
        var argsStart = restStart < b ? ExtractFlags(line, restStart, b, _flags) : b;
        var flags = Take(_flags);
        var (argsFrom, argsTo) = TrimUnicode(text, argsStart, b);

        var arguments = _arguments;
        var pairs = _pairs;
        var declarations = _declarations;
        Instruction? trigger = null;
        var isJson = false;
        mayHaveHeredoc = false;
        switch (kind)
        {
            case InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Shell:
                isJson = ParseMaybeJson(line, argsFrom, argsTo, arguments, splitWhenShell: false);
                break;
            case InstructionKind.Add or InstructionKind.Copy or InstructionKind.Volume:
                isJson = ParseMaybeJson(line, argsFrom, argsTo, arguments, splitWhenShell: true);
                break;
            case InstructionKind.From or InstructionKind.Expose:
                SplitOnWhitespace(line, argsFrom, argsTo, arguments);
                break;
            case InstructionKind.Env or InstructionKind.Label:
                ParseKeyValues(line, argsFrom, argsTo, kind == InstructionKind.Env ? "ENV" : "LABEL", arguments, pairs);
                break;
            case InstructionKind.Arg:
                ParseArgDeclarations(line, argsFrom, argsTo, arguments, declarations);
                break;
            case InstructionKind.Maintainer or InstructionKind.User or InstructionKind.Workdir or InstructionKind.Stopsignal:
                if (argsTo > argsFrom)
                {
                    arguments.Add(Argument(line, argsFrom, argsTo));
                }

                break;
            case InstructionKind.Healthcheck:
                isJson = ParseHealthcheck(line, argsFrom, argsTo, arguments);
                break;
            case InstructionKind.Onbuild:
                if (argsTo > argsFrom)
                {
                    var triggerParts = ParseInstruction(line, argsFrom, argsTo, Array.Empty<string>(), out mayHaveHeredoc);
                    trigger = Instruction.Create(triggerParts);
                }

                break;
            default:
                arguments.Add(new InstructionArgument(string.Empty, line.ToSourceSpan(argsFrom, argsTo)));
                break;
        }

        if (kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add)
        {
            mayHaveHeredoc = !isJson && text.IndexOf("<<", argsFrom, argsTo - argsFrom, StringComparison.Ordinal) >= 0;
        }

        var keywordSpan = line.ToSourceSpan(a, keywordEnd);
        return new InstructionParts(
            keyword,
            kind,
            line.ToSourceSpan(a, b),
            keywordSpan,
            flags,
            Take(arguments),
            line.ToSourceSpan(argsFrom, argsTo),
            argsFrom,
            argsTo,
            isJson,
            Array.Empty<Heredoc>(),
            comments,
            line,
            0,
            0,
            Take(pairs),
            Take(declarations),
            trigger);
    }

    // The items of a reused list, as an array of their own (the shared empty one when there are none); the list is cleared.
    private static T[] Take<T>(List<T> list)
    {
        var items = list.ToArray();
        list.Clear();
        return items;
    }

    // Peels leading --flags off the arguments, as BuildKit's extractBuilderFlags does: quotes inside a
    // flag are removed, the escape character escapes the next character, and a bare "--" ends the flags.
    private int ExtractFlags(LogicalLine line, int from, int to, List<InstructionFlag> flags)
    {
        var text = line.Text;
        var word = _word.Clear();
        var wordStart = from;
        var inWord = false;
        var quote = '\0';
        var blankOk = false;
        for (var pos = from; pos <= to; pos++)
        {
            var atEnd = pos == to;
            var ch = atEnd ? '\0' : text[pos];
            if (!inWord)
            {
                if (atEnd)
                {
                    return to;
                }

                if (char.IsWhiteSpace(ch))
                {
                    continue;
                }

                if (ch != '-' || pos + 1 == to || text[pos + 1] != '-')
                {
                    return pos;
                }

                inWord = true;
                quote = '\0';
                wordStart = pos;
            }

            if (atEnd)
            {
                if (word.ToString() != "--" && (blankOk || word.Length > 0))
                {
                    flags.Add(new InstructionFlag(word.ToString(), line.ToSourceSpan(wordStart, pos)));
                }

                return to;
            }

            if (quote == '\0')
            {
                if (char.IsWhiteSpace(ch))
                {
                    inWord = false;
                    if (word.ToString() == "--")
                    {
                        return pos;
                    }

                    if (blankOk || word.Length > 0)
                    {
                        flags.Add(new InstructionFlag(word.ToString(), line.ToSourceSpan(wordStart, pos)));
                    }

                    word.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                    continue;
                }

                if (ch == _escape)
                {
                    if (pos + 1 == to)
                    {
                        continue;
                    }

                    pos++;
                    ch = text[pos];
                }

                word.Append(ch);
                continue;
            }

            if (ch == quote)
            {
                quote = '\0';
                continue;
            }

            if (ch == _escape)
            {
                if (pos + 1 == to)
                {
                    quote = '\0';
                    continue;
                }

                pos++;
                ch = text[pos];
            }

            word.Append(ch);
        }

        return to;
    }

    // JSON (exec) form when the whole text is a JSON array of strings; an array with any other element is
    // an error; anything else is shell form: one node, or a whitespace split for ADD, COPY and VOLUME.
    private bool ParseMaybeJson(LogicalLine line, int from, int to, List<InstructionArgument> arguments, bool splitWhenShell)
    {
        if (from == to)
        {
            return false;
        }

        switch (TryParseJsonArray(line, from, to, arguments))
        {
            case JsonForm.StringArray:
                return true;
            case JsonForm.NotStringArray:
                _errors.Add(new SyntaxError("when using JSON array syntax, arrays must be comprised of strings only", line.ToSourceSpan(from, to)));
                return true;
        }

        if (splitWhenShell)
        {
            SplitOnWhitespace(line, from, to, arguments);
        }
        else
        {
            arguments.Add(Argument(line, from, to));
        }

        return false;
    }

    private static JsonForm TryParseJsonArray(LogicalLine line, int from, int to, List<InstructionArgument> arguments)
    {
        var text = line.Text;
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        if (from == to || text[from] != '[')
        {
            return JsonForm.None;
        }

        var values = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(text.Substring(from, to - from));
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    return JsonForm.NotStringArray;
                }

                values.Add(element.GetString() ?? string.Empty);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            return JsonForm.None;
        }

        // The array is valid and holds only strings, so a plain scan finds each literal's extent.
        var index = 0;
        for (var pos = from; pos < to && index < values.Count; pos++)
        {
            if (text[pos] != '"')
            {
                continue;
            }

            var close = pos + 1;
            while (text[close] != '"')
            {
                close += text[close] == '\\' ? 2 : 1;
            }

            arguments.Add(new InstructionArgument(values[index++], line.ToSourceSpan(pos, close + 1)));
            pos = close;
        }

        return JsonForm.StringArray;
    }

    private static void SplitOnWhitespace(LogicalLine line, int from, int to, List<InstructionArgument> arguments)
    {
        var text = line.Text;
        var pos = from;
        while (pos < to)
        {
            var start = pos;
            while (pos < to && !IsFieldSeparator(text[pos]))
            {
                pos++;
            }

            arguments.Add(Argument(line, start, pos));
            while (pos < to && IsFieldSeparator(text[pos]))
            {
                pos++;
            }
        }
    }

    private void ParseKeyValues(LogicalLine line, int from, int to, string keyword, List<InstructionArgument> arguments, List<KeyValueSyntax> pairs)
    {
        var words = SplitWords(line.Text, from, to);
        if (words.Count == 0)
        {
            return;
        }

        var text = line.Text;
        if (words[0].Text.IndexOf('=') < 0)
        {
            // Legacy form: the first word is the key and the raw rest of the line is the value.
            var keyEnd = from;
            while (keyEnd < to && !IsFieldSeparator(text[keyEnd]))
            {
                keyEnd++;
            }

            var valueStart = keyEnd;
            while (valueStart < to && IsFieldSeparator(text[valueStart]))
            {
                valueStart++;
            }

            if (valueStart == to)
            {
                _errors.Add(new SyntaxError($"{keyword} must have two arguments", line.ToSourceSpan(from, to)));
                return;
            }

            AddPair(line, arguments, pairs, from, keyEnd, valueStart, to, string.Empty, isLegacy: true);
            return;
        }

        foreach (var word in words)
        {
            var equals = word.Text.IndexOf('=');
            if (equals < 0)
            {
                _errors.Add(new SyntaxError(
                    $"Syntax error - can't find = in \"{word.Text}\". Must be of the form: name=value",
                    line.ToSourceSpan(word.Start, word.End)));
                continue;
            }

            AddPair(line, arguments, pairs, word.Start, word.Start + equals, word.Start + equals + 1, word.Start + word.Text.Length, "=", isLegacy: false);
        }
    }

    private static void AddPair(
        LogicalLine line, List<InstructionArgument> arguments, List<KeyValueSyntax> pairs,
        int keyStart, int keyEnd, int valueStart, int valueEnd, string separator, bool isLegacy)
    {
        var key = line.Text.Substring(keyStart, keyEnd - keyStart);
        var value = line.Text.Substring(valueStart, valueEnd - valueStart);
        var keySpan = line.ToSourceSpan(keyStart, keyEnd);
        var valueSpan = line.ToSourceSpan(valueStart, valueEnd);
        arguments.Add(new InstructionArgument(key, keySpan));
        arguments.Add(new InstructionArgument(value, valueSpan));
        arguments.Add(new InstructionArgument(separator, isLegacy ? keySpan : line.ToSourceSpan(keyEnd, valueStart)));
        pairs.Add(new KeyValueSyntax(key, value, keySpan, valueSpan, isLegacy));
    }

    private void ParseArgDeclarations(LogicalLine line, int from, int to, List<InstructionArgument> arguments, List<ArgDeclaration> declarations)
    {
        foreach (var word in SplitWords(line.Text, from, to))
        {
            var span = line.ToSourceSpan(word.Start, word.End);
            arguments.Add(new InstructionArgument(word.Text, span));
            var equals = word.Text.IndexOf('=');
            declarations.Add(equals < 0
                ? new ArgDeclaration(word.Text, null, span, null)
                : new ArgDeclaration(
                    word.Text.Substring(0, equals),
                    word.Text.Substring(equals + 1),
                    line.ToSourceSpan(word.Start, word.Start + equals),
                    line.ToSourceSpan(word.Start + equals + 1, word.Start + word.Text.Length)));
        }
    }

    private bool ParseHealthcheck(LogicalLine line, int from, int to, List<InstructionArgument> arguments)
    {
        var text = line.Text;
        var separator = from;
        while (separator < to && !char.IsWhiteSpace(text[separator]))
        {
            separator++;
        }

        if (separator == from)
        {
            return false;
        }

        arguments.Add(Argument(line, from, separator));
        var next = separator;
        while (next < to && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return ParseMaybeJson(line, next, to, arguments, splitWhenShell: false);
    }

    // Splits into words the way BuildKit's parseWords does for ENV, LABEL and ARG: whitespace separates
    // words except inside quotes; quotes and escapes stay in the word text.
    private List<Word> SplitWords(string text, int from, int to)
    {
        var words = new List<Word>();
        var word = _word.Clear();
        var inWord = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = from;
        for (var pos = from; pos <= to; pos++)
        {
            var atEnd = pos == to;
            var ch = atEnd ? '\0' : text[pos];
            if (!inWord)
            {
                if (atEnd)
                {
                    break;
                }

                if (char.IsWhiteSpace(ch))
                {
                    continue;
                }

                inWord = true;
                quote = '\0';
                wordStart = pos;
            }

            if (atEnd)
            {
                if (blankOk || word.Length > 0)
                {
                    words.Add(new Word(word.ToString(), wordStart, pos));
                }

                break;
            }

            if (quote == '\0')
            {
                if (char.IsWhiteSpace(ch))
                {
                    inWord = false;
                    if (blankOk || word.Length > 0)
                    {
                        words.Add(new Word(word.ToString(), wordStart, pos));
                    }

                    word.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                }

                if (ch == _escape)
                {
                    if (pos + 1 == to)
                    {
                        continue;
                    }

                    word.Append(ch);
                    pos++;
                    ch = text[pos];
                }

                word.Append(ch);
                continue;
            }

            var closes = ch == quote;
            if (ch == _escape && quote != '\'')
            {
                if (pos + 1 == to)
                {
                    quote = '\0';
                    continue;
                }

                word.Append(ch);
                pos++;
                ch = text[pos];
            }

            if (closes)
            {
                quote = '\0';
            }

            word.Append(ch);
        }

        return words;
    }

    private List<Heredoc> ReadHeredocs(string logicalText, TextSpan keywordSpan, ref int index, ref int spanEnd)
    {
        var markers = HeredocMarkers.Find(logicalText);
        var heredocs = new List<Heredoc>(markers.Count);
        foreach (var marker in markers)
        {
            var content = new StringBuilder();
            var contentStart = index < _lines.Count ? _lines[index].Start : _text.Length;
            var contentEnd = contentStart;
            var terminated = false;
            while (index < _lines.Count)
            {
                var (lineStart, lineEnd) = _lines[index];
                index++;
                var candidateStart = lineStart;
                if (marker.Chomp)
                {
                    while (candidateStart < lineEnd && _text[candidateStart] == '\t')
                    {
                        candidateStart++;
                    }
                }

                if (lineEnd - candidateStart == marker.Name.Length
                    && string.CompareOrdinal(_text, candidateStart, marker.Name, 0, marker.Name.Length) == 0)
                {
                    terminated = true;
                    spanEnd = lineEnd;
                    break;
                }

                var next = index < _lines.Count ? _lines[index].Start : _text.Length;
                content.Append(_text, lineStart, next - lineStart);
                contentEnd = next;
                spanEnd = lineEnd;
            }

            if (!terminated)
            {
                _errors.Add(new SyntaxError($"unterminated heredoc {marker.Name}", keywordSpan));
            }

            heredocs.Add(new Heredoc(marker.Name, marker.Expand, marker.Chomp, marker.FileDescriptor, content.ToString(), TextSpan.FromBounds(contentStart, contentEnd), terminated));
        }

        return heredocs;
    }

    // A directive is recognised only in the header: "#", a known key, "=", and a non-empty value.
    private bool TryReadDirective(int first, int end)
    {
        if (_headerDone)
        {
            return false;
        }

        var pos = first + 1;
        while (pos < end && IsRegexSpace(_text[pos]))
        {
            pos++;
        }

        var keyStart = pos;
        if (pos == end || !IsAsciiLetter(_text[pos]))
        {
            return false;
        }

        while (pos < end && (IsAsciiLetter(_text[pos]) || _text[pos] is >= '0' and <= '9'))
        {
            pos++;
        }

        var key = _text.Substring(keyStart, pos - keyStart).ToLowerInvariant();
        while (pos < end && IsRegexSpace(_text[pos]))
        {
            pos++;
        }

        if (pos == end || _text[pos] != '=')
        {
            return false;
        }

        pos++;
        while (pos < end && IsRegexSpace(_text[pos]))
        {
            pos++;
        }

        var valueEnd = end;
        while (valueEnd > pos && IsRegexSpace(_text[valueEnd - 1]))
        {
            valueEnd--;
        }

        if (valueEnd == pos || Array.IndexOf(KnownDirectives, key) < 0)
        {
            return false;
        }

        var span = TextSpan.FromBounds(first, end);
        var valueSpan = TextSpan.FromBounds(pos, valueEnd);
        var value = _source.ToString(valueSpan);
        _comments.Add(new Comment(_text.Substring(first + 1, end - first - 1).Trim(), span));
        if (_directives.Exists(d => d.Name == key))
        {
            _errors.Add(new SyntaxError($"only one {key} parser directive can be used", span));
            return true;
        }

        _directives.Add(new ParserDirective(key, value, span, valueSpan));
        if (key == "escape")
        {
            if (value is "\\" or "`")
            {
                _escape = value[0];
            }
            else
            {
                _errors.Add(new SyntaxError($"invalid escape token '{value}' does not match ` or \\", valueSpan));
            }
        }

        return true;
    }

    private string ReadComment(int first, int end)
    {
        var content = _text.Substring(first + 1, end - first - 1).Trim();
        _comments.Add(new Comment(content, TextSpan.FromBounds(first, end)));
        return content;
    }

    // A line continues when it ends with the escape character (trailing blanks allowed) that is not
    // itself escaped; the character and the blanks are dropped.
    private bool TrimContinuation(int start, int end, out int contentEnd)
    {
        var pos = end;
        while (pos > start && _text[pos - 1] is ' ' or '\t')
        {
            pos--;
        }

        if (pos > start && _text[pos - 1] == _escape && (pos - 1 == start || _text[pos - 2] != _escape))
        {
            contentEnd = pos - 1;
            return false;
        }

        contentEnd = end;
        return true;
    }

    private void CheckLineLength(int start, int end)
    {
        if (end - start > MaxLineLength)
        {
            _errors.Add(new SyntaxError($"dockerfile line greater than max allowed size of {MaxLineLength}", TextSpan.FromBounds(start, end)));
        }
    }

    private int SkipWhitespace(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        return start;
    }

    private int TrimEndWhitespace(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static (int Start, int End) TrimUnicode(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static InstructionArgument Argument(LogicalLine line, int from, int to) =>
        new(line.Text.Substring(from, to - from), line.ToSourceSpan(from, to));

    // Lines end at "\n"; the trailing run of "\r" and "\n" is not part of a line's content.
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var next = newline < 0 ? text.Length : newline + 1;
            var end = next;
            while (end > start && text[end - 1] is '\r' or '\n')
            {
                end--;
            }

            lines.Add((start, end));
            start = next;
        }

        return lines;
    }

    private static InstructionKind KindOf(string keyword)
    {
        // No keyword is longer; lowering the rest in place (as string.ToLowerInvariant would) spares a string per instruction.
        if (keyword.Length > 11)
        {
            return InstructionKind.Unknown;
        }

        Span<char> lower = stackalloc char[keyword.Length];
        keyword.AsSpan().ToLowerInvariant(lower);
        return KindOfLower(lower);
    }

    private static InstructionKind KindOfLower(ReadOnlySpan<char> keyword) => keyword switch
    {
        "add" => InstructionKind.Add,
        "arg" => InstructionKind.Arg,
        "cmd" => InstructionKind.Cmd,
        "copy" => InstructionKind.Copy,
        "entrypoint" => InstructionKind.Entrypoint,
        "env" => InstructionKind.Env,
        "expose" => InstructionKind.Expose,
        "from" => InstructionKind.From,
        "healthcheck" => InstructionKind.Healthcheck,
        "label" => InstructionKind.Label,
        "maintainer" => InstructionKind.Maintainer,
        "onbuild" => InstructionKind.Onbuild,
        "run" => InstructionKind.Run,
        "shell" => InstructionKind.Shell,
        "stopsignal" => InstructionKind.Stopsignal,
        "user" => InstructionKind.User,
        "volume" => InstructionKind.Volume,
        "workdir" => InstructionKind.Workdir,
        _ => InstructionKind.Unknown,
    };

    // BuildKit's reWhitespace: [\t\v\f\r ].
    private static bool IsFieldSeparator(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';

    // RE2's \s: [\t\n\f\r ].
    private static bool IsRegexSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private enum JsonForm
    {
        None,
        StringArray,
        NotStringArray,
    }

    private readonly record struct Word(string Text, int Start, int End);
}
