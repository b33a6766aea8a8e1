using System;
using System.Collections.Generic;
using System.Text;

namespace Seaworthy.Shell;

internal sealed partial class ScriptParser
{
    private static readonly string[] ParameterOperators =
    {
        ":-", ":=", ":?", ":+", "-", "=", "?", "+", "##", "#", "%%", "%", "//", "/#", "/%", "/", "^^", "^", ",,", ",", "@", ":",

        // ${!prefix*}: the names of the variables that start with prefix.
        "*",
    };

    /// <summary>Where a word's text is, which decides what ends it and what quotes and escapes mean.</summary>
    private enum Mode
    {
        Unquoted,
        DoubleQuoted,
        HereDocument,
        BraceArgument,
        Arithmetic,
    }

    private Token Peek()
    {
        if (!_hasPeeked)
        {
            _peeked = Lex();
            _hasPeeked = true;
        }

        return _peeked;
    }

    private Token Next()
    {
        var token = Peek();
        _hasPeeked = false;
        if (token.Kind is not (TokenKind.Newline or TokenKind.End))
        {
            _lastTokenEnd = token.End;
        }

        return token;
    }

    private Token Lex()
    {
        SkipBlanksAndComments();
        if (_pos >= _end)
        {
            ResolvePendingAtEnd();
            return new Token(TokenKind.End, _end, _end, string.Empty, null, 0);
        }

        var c = _text[_pos];
        if (c == '\n')
        {
            var newline = _pos++;
            ReadPendingHereDocuments();
            return new Token(TokenKind.Newline, newline, newline + 1, "\n", null, 0);
        }

        var startsProcessSubstitution = c is '<' or '>' && _pos + 1 < _end && _text[_pos + 1] == '(';
        if (c is ';' or '&' or '|' or '(' or ')' or '<' or '>' && !startsProcessSubstitution)
        {
            var start = _pos;
            var op = MatchOperator();
            _pos += op.Length;
            return new Token(TokenKind.Operator, start, _pos, op, null, 0);
        }

        var wordStart = _pos;
        var word = ReadWord();
        if (_pos < _end && _text[_pos] is '<' or '>' && IsNumber(wordStart, _pos, out var number))
        {
            return new Token(TokenKind.Number, wordStart, _pos, string.Empty, word, number);
        }

        return new Token(TokenKind.Word, wordStart, _pos, string.Empty, word, 0);
    }

    private void SkipBlanksAndComments()
    {
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (ShellChars.IsBlank(c))
            {
                _pos++;
            }
            else if (c == '\\' && _pos + 1 < _end && _text[_pos + 1] == '\n')
            {
                _pos += 2;
            }
            else if (c == '#')
            {
                var start = _pos;
                var newline = _text.IndexOf('\n', _pos, _end - _pos);
                _pos = newline < 0 ? _end : newline;
                var contentEnd = _pos > start + 1 && _text[_pos - 1] == '\r' ? _pos - 1 : _pos;
                _session.Comments.Add(new ShellComment(_text.Substring(start + 1, contentEnd - start - 1), _source.GetFileSpan(start, contentEnd)));
            }
            else
            {
                return;
            }
        }
    }

    private string MatchOperator()
    {
        foreach (var op in Operators)
        {
            if (_pos + op.Length <= _end && string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
            {
                return op;
            }
        }

        return _text[_pos].ToString();
    }

    private bool IsNumber(int start, int end, out int number)
    {
        number = 0;
        if (end - start is < 1 or > 9)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!ShellChars.IsDigit(_text[i]))
            {
                return false;
            }

            number = (number * 10) + (_text[i] - '0');
        }

        return true;
    }

    private ShellWord ReadWord()
    {
        var start = _pos;
        var parts = ReadParts(Mode.Unquoted);
        return new ShellWord(_source, start, _pos, parts);
    }

    // Reads literal text, quotes and expansions until what ends a word in this mode (or the end of the range).
    private ShellWordPart[] ReadParts(Mode mode)
    {
        var parts = _session.Nodes;
        var mark = parts.Mark;
        var kind = mode switch
        {
            Mode.DoubleQuoted => LiteralKind.DoubleQuoted,
            Mode.HereDocument => LiteralKind.HereDocument,
            Mode.Arithmetic => LiteralKind.Verbatim,
            _ => LiteralKind.Unquoted,
        };
        var literalStart = -1;
        var quotesActive = mode is Mode.Unquoted or Mode.BraceArgument;
        while (_pos < _end)
        {
            var at = _pos;
            var c = _text[at];
            if (c == '\\')
            {
                literalStart = literalStart < 0 ? at : literalStart;
                _pos = Math.Min(_end, at + 2);
                continue;
            }

            if ((mode == Mode.DoubleQuoted && c == '"') || (mode == Mode.BraceArgument && c == '}')
                || (mode == Mode.Unquoted && ShellChars.IsWordDelimiter(c) && !(c is '<' or '>' && at + 1 < _end && _text[at + 1] == '(')))
            {
                break;
            }

            ShellWordPart? part = c switch
            {
                '\'' when quotesActive => ReadSingleQuoted(),
                '"' when quotesActive => ReadDoubleQuoted(at),
                '`' => ReadBackquoted(),
                '$' => TryReadDollar(mode),
                '<' or '>' when mode == Mode.Unquoted => ReadProcessSubstitution(),
                _ => null,
            };
            if (part is null)
            {
                literalStart = literalStart < 0 ? at : literalStart;
                _pos = at + 1;
                continue;
            }

            if (literalStart >= 0)
            {
                parts.Add(new ShellLiteral(_source, literalStart, at, kind));
                literalStart = -1;
            }

            parts.Add(part);
        }

        if (literalStart >= 0)
        {
            parts.Add(new ShellLiteral(_source, literalStart, _pos, kind));
        }

        var taken = parts.Take<ShellWordPart>(mark);
        parts.Release(mark);
        return taken;
    }

    private ShellSingleQuoted ReadSingleQuoted()
    {
        var start = _pos;
        var close = _text.IndexOf('\'', start + 1, _end - start - 1);
        if (close < 0)
        {
            Problem("unterminated single quote", start, start + 1);
            _pos = _end;
            return new ShellSingleQuoted(_source, start, _end, terminated: false);
        }

        _pos = close + 1;
        return new ShellSingleQuoted(_source, start, _pos, terminated: true);
    }

    // start is the opening quote, or the "$" of bash's $"...".
    private ShellDoubleQuoted ReadDoubleQuoted(int start)
    {
        var quote = _pos;
        _pos++;
        var parts = ReadParts(Mode.DoubleQuoted);
        if (_pos < _end && _text[_pos] == '"')
        {
            _pos++;
        }
        else
        {
            Problem("unterminated double quote", quote, quote + 1);
        }

        return new ShellDoubleQuoted(_source, start, _pos, parts);
    }

    private ShellWordPart? TryReadDollar(Mode mode)
    {
        var start = _pos;
        if (start + 1 >= _end)
        {
            return null;
        }

        var next = _text[start + 1];
        var quotesActive = mode is Mode.Unquoted or Mode.BraceArgument;
        switch (next)
        {
            case '\'' when quotesActive:
                return ReadAnsiC();
            case '"' when quotesActive:
                _pos++;
                return ReadDoubleQuoted(start);
            case '(':
                return start + 2 < _end && _text[start + 2] == '(' && FindArithmeticEnd(start + 3) is var close && close >= 0
                    ? ReadArithmeticExpansion(start, close)
                    : ReadCommandSubstitution(start);
            case '{':
                return ReadBracedParameter(start);
        }

        if (ShellChars.IsNameStart(next))
        {
            var end = start + 2;
            while (end < _end && ShellChars.IsNameChar(_text[end]))
            {
                end++;
            }

            _pos = end;
            return new ShellParameterExpansion(_source, start, end, _text.Substring(start + 1, end - start - 1), false, false, false, null, null, null);
        }

        if (ShellChars.IsDigit(next) || ShellChars.IsSpecialParameter(next))
        {
            _pos = start + 2;
            return new ShellParameterExpansion(_source, start, _pos, next.ToString(), false, false, false, null, null, null);
        }

        return null;
    }

    private ShellAnsiCQuoted ReadAnsiC()
    {
        var start = _pos;
        var p = start + 2;
        while (p < _end && _text[p] != '\'')
        {
            p += _text[p] == '\\' ? 2 : 1;
        }

        if (p >= _end)
        {
            Problem("unterminated $'...' string", start, start + 2);
            _pos = _end;
            return new ShellAnsiCQuoted(_source, start, _end, _end);
        }

        _pos = p + 1;
        return new ShellAnsiCQuoted(_source, start, _pos, p);
    }

    private ShellCommandSubstitution ReadCommandSubstitution(int start)
    {
        if (!Enter(start))
        {
            return new ShellCommandSubstitution(_source, start, _end, EmptySequence(_end), isBackquoted: false);
        }

        _pos = start + 2;
        var body = ParseSequence(Stop.CloseParen);
        Leave();
        if (Peek() is { Kind: TokenKind.Operator, Text: ")" })
        {
            Next();
        }
        else
        {
            Problem("unterminated command substitution `$(`", start, start + 2);
        }

        return new ShellCommandSubstitution(_source, start, _pos, body, isBackquoted: false);
    }

    private ShellProcessSubstitution ReadProcessSubstitution()
    {
        var start = _pos;
        if (!Enter(start))
        {
            return new ShellProcessSubstitution(_source, start, _end, EmptySequence(_end), _text[start] == '<');
        }

        _pos = start + 2;
        var body = ParseSequence(Stop.CloseParen);
        Leave();
        if (Peek() is { Kind: TokenKind.Operator, Text: ")" })
        {
            Next();
        }
        else
        {
            Problem("unterminated process substitution", start, start + 2);
        }

        return new ShellProcessSubstitution(_source, start, _pos, body, _text[start] == '<');
    }

    private ShellArithmeticExpansion ReadArithmeticExpansion(int start, int close)
    {
        var expression = RangeWord(start + 3, close, Mode.Arithmetic);
        _pos = close + 2;
        return new ShellArithmeticExpansion(_source, start, _pos, expression);
    }

    private ShellParameterExpansion ReadBracedParameter(int start)
    {
        if (!Enter(start))
        {
            return new ShellParameterExpansion(_source, start, _end, string.Empty, true, false, false, null, null, null);
        }

        var p = start + 2;
        var isLength = false;
        var isIndirect = false;
        if (p + 1 < _end && _text[p] == '#' && (ShellChars.IsNameChar(_text[p + 1]) || _text[p + 1] is '@' or '*'))
        {
            isLength = true;
            p++;
        }
        else if (p + 1 < _end && _text[p] == '!' && (ShellChars.IsNameStart(_text[p + 1]) || _text[p + 1] is '@' or '*'))
        {
            isIndirect = true;
            p++;
        }

        var nameStart = p;
        if (p < _end && ShellChars.IsNameStart(_text[p]))
        {
            while (p < _end && ShellChars.IsNameChar(_text[p]))
            {
                p++;
            }
        }
        else if (p < _end && ShellChars.IsDigit(_text[p]))
        {
            while (p < _end && ShellChars.IsDigit(_text[p]))
            {
                p++;
            }
        }
        else if (p < _end && ShellChars.IsSpecialParameter(_text[p]))
        {
            p++;
        }

        var name = _text.Substring(nameStart, p - nameStart);
        string? subscript = null;
        if (name.Length > 0 && p < _end && _text[p] == '[' && FindSubscriptEnd(p) is var close && close >= 0)
        {
            subscript = _text.Substring(p + 1, close - p - 1);
            p = close + 1;
        }

        _pos = p;
        string? op = null;
        ShellWord? argument = null;
        if (_pos < _end && _text[_pos] != '}')
        {
            op = MatchParameterOperator();
            if (op is not null)
            {
                _pos += op.Length;
            }

            var argumentStart = _pos;
            var parts = ReadParts(Mode.BraceArgument);
            argument = new ShellWord(_source, argumentStart, _pos, parts);
        }

        if (name.Length == 0 || (argument is not null && op is null))
        {
            Problem("bad substitution", start, Math.Min(_end, Math.Max(_pos, start + 2)));
        }

        Leave();
        if (_pos < _end && _text[_pos] == '}')
        {
            _pos++;
        }
        else
        {
            Problem("unterminated parameter expansion `${`", start, start + 2);
        }

        return new ShellParameterExpansion(_source, start, _pos, name, true, isLength, isIndirect, subscript, op, argument);
    }

    private string? MatchParameterOperator()
    {
        foreach (var op in ParameterOperators)
        {
            if (_pos + op.Length <= _end && string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
            {
                return op;
            }
        }

        return null;
    }

    // The "]" that closes an array subscript, or -1 when the expansion ends first.
    private int FindSubscriptEnd(int open)
    {
        var depth = 0;
        for (var p = open; p < _end; p++)
        {
            switch (_text[p])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    if (--depth == 0)
                    {
                        return p;
                    }

                    break;
                case '}':
                    return -1;
            }
        }

        return -1;
    }

    // `list`: inside backquotes a backslash quotes only $, ` and \, so the body is unescaped before it is parsed
    // (through a derived source, so spans still point at the file).
    private ShellCommandSubstitution ReadBackquoted()
    {
        var start = _pos;
        var p = start + 1;
        var hasEscapes = false;
        while (p < _end && _text[p] != '`')
        {
            if (_text[p] == '\\' && p + 1 < _end)
            {
                hasEscapes |= _text[p + 1] is '$' or '`' or '\\';
                p += 2;
            }
            else
            {
                p++;
            }
        }

        var terminated = p < _end;
        var bodyEnd = Math.Min(p, _end);
        if (!terminated)
        {
            Problem("unterminated backquote", start, start + 1);
        }

        if (!Enter(start))
        {
            return new ShellCommandSubstitution(_source, start, _end, EmptySequence(_end), isBackquoted: true);
        }

        var body = hasEscapes
            ? SubParser(Unescaped(start + 1, bodyEnd)).ParseBody()
            : new ScriptParser(_session, _source, start + 1, bodyEnd, null).ParseBody();
        Leave();
        _pos = terminated ? bodyEnd + 1 : _end;
        return new ShellCommandSubstitution(_source, start, _pos, body, isBackquoted: true);
    }

    private ShellSource Unescaped(int start, int end)
    {
        var builder = new StringBuilder(end - start);
        var starts = new List<int>(end - start + 1);
        var ends = new List<int>(end - start);
        for (var i = start; i < end; i++)
        {
            if (_text[i] == '\\' && i + 1 < end && _text[i + 1] is '$' or '`' or '\\')
            {
                builder.Append(_text[i + 1]);
                starts.Add(i);
                ends.Add(i + 2);
                i++;
                continue;
            }

            builder.Append(_text[i]);
            starts.Add(i);
            ends.Add(i + 1);
        }

        starts.Add(end);
        return _source.Derive(builder.ToString(), starts.ToArray(), ends.ToArray());
    }

    private ScriptParser SubParser(ShellSource source) => new(_session, source, 0, source.Text.Length, null);

    // A word over a range of a source that a sub-parser reads on its own (arithmetic text, a here-document body).
    private ShellWord RangeWord(int start, int end, Mode mode) => RangeWord(_source, start, end, mode);

    private ShellWord RangeWord(ShellSource source, int start, int end, Mode mode)
    {
        var parts = Array.Empty<ShellWordPart>();
        var parser = new ScriptParser(_session, source, start, end, null);
        if (parser.Enter(start))
        {
            parts = parser.ReadParts(mode);
            parser.Leave();
        }

        return new ShellWord(source, start, end, parts);
    }

    // After a newline: the bodies of the here-documents named on the line just ended follow, in order.
    private void ReadPendingHereDocuments()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var pending = _pending.ToArray();
        _pending.Clear();
        foreach (var document in pending)
        {
            var bodyStart = _pos;
            var bodyEnd = _end;
            var terminated = false;
            while (_pos < _end)
            {
                var lineStart = _pos;
                var newline = _text.IndexOf('\n', _pos, _end - _pos);
                var lineEnd = newline < 0 ? _end : newline;
                _pos = newline < 0 ? _end : newline + 1;
                if (IsDelimiterLine(lineStart, lineEnd, document))
                {
                    bodyEnd = lineStart;
                    terminated = true;
                    break;
                }
            }

            if (!terminated)
            {
                Problem($"here-document delimited by end of input (wanted `{document.Delimiter}`)", document.Start, document.End);
            }

            SetBody(document, _source, bodyStart, bodyEnd, terminated);
        }
    }

    private bool IsDelimiterLine(int start, int end, ShellHereDocument document)
    {
        if (document.StripsTabs)
        {
            while (start < end && _text[start] == '\t')
            {
                start++;
            }
        }

        if (end > start && _text[end - 1] == '\r')
        {
            end--;
        }

        var delimiter = document.Delimiter;
        return end - start == delimiter.Length && string.CompareOrdinal(_text, start, delimiter, 0, delimiter.Length) == 0;
    }

    // At the end of the text: here-documents still waiting take the bodies given from outside (a Dockerfile
    // RUN's heredocs), in order.
    private void ResolvePendingAtEnd()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var pending = _pending.ToArray();
        _pending.Clear();
        foreach (var document in pending)
        {
            if (_externalBodies is { Count: > 0 })
            {
                var body = _externalBodies.Dequeue();
                if (!string.Equals(body.Delimiter, document.Delimiter, StringComparison.Ordinal))
                {
                    Problem($"here-document `{document.Delimiter}` gets the body of heredoc `{body.Delimiter}`", document.Start, document.End);
                }

                if (!body.IsTerminated)
                {
                    Problem($"here-document `{document.Delimiter}` is not terminated", document.Start, document.End);
                }

                SetBody(document, body.Content, 0, body.Content.Text.Length, body.IsTerminated);
                continue;
            }

            Problem($"here-document `{document.Delimiter}` has no body", document.Start, document.End);
            SetBody(document, _source, _end, _end, terminated: false);
        }
    }

    private void SetBody(ShellHereDocument document, ShellSource source, int start, int end, bool terminated)
    {
        ShellWord body;
        if (document.IsQuoted || start == end)
        {
            var parts = start == end ? Array.Empty<ShellWordPart>() : new ShellWordPart[] { new ShellLiteral(source, start, end, LiteralKind.Verbatim) };
            body = new ShellWord(source, start, end, parts);
        }
        else
        {
            body = RangeWord(source, start, end, Mode.HereDocument);
        }

        document.SetBody(source, start, end, body, terminated);
    }
}
