using System;
using System.Collections.Generic;
using System.Text;

namespace Seaworthy.Shell;

/// <summary>
/// The recursive-descent parser behind <see cref="ShellParser"/>. One instance reads one range of one source;
/// backquoted bodies, here-document bodies and arithmetic text are read by instances of their own that share the
/// session (problems, comments, nesting depth). Tokens are read on demand with one token of lookahead, so the
/// word lexer can parse <c>$( )</c> by calling back into the grammar at the same position.
/// </summary>
internal sealed partial class ScriptParser
{
    private static readonly string[] Operators =
    {
        ";;&", ";;", ";&", ";", "&&", "&>>", "&>", "&", "||", "|&", "|", "(", ")", "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">|", ">&", ">",
    };

    private static readonly string[] ClosingKeywords = { "then", "elif", "else", "fi", "do", "done", "esac", "}" };

    private static readonly string[] OpeningKeywords = { "{", "if", "while", "until", "for", "select", "case", "function", "[[" };

    private readonly Session _session;
    private readonly ShellSource _source;
    private readonly string _text;
    private readonly int _end;
    private readonly Queue<ShellHereDocumentBody>? _externalBodies;
    private readonly List<ShellHereDocument> _pending = new();
    private int _pos;
    private int _lastTokenEnd;
    private Token _peeked;
    private bool _hasPeeked;

    private ScriptParser(Session session, ShellSource source, int start, int end, Queue<ShellHereDocumentBody>? externalBodies)
    {
        _session = session;
        _source = source;
        _text = source.Text;
        _pos = start;
        _lastTokenEnd = start;
        _end = end;
        _externalBodies = externalBodies;
    }

    [Flags]
    private enum Stop
    {
        None = 0,
        CloseParen = 1,
        CaseItemEnd = 2,
        ClosingKeyword = 4,
        Closers = CloseParen | CaseItemEnd | ClosingKeyword,
    }

    private enum TokenKind
    {
        End,
        Newline,
        Word,
        Number,
        Operator,
    }

    /// <summary>Parses a whole script and works out, for every command, the options in effect and nested scripts.</summary>
    public static ShellScript ParseScript(ShellSource source, int start, int end, ShellOptions initialOptions, IReadOnlyList<ShellHereDocumentBody> bodies)
    {
        var script = ParseTree(source, start, end, initialOptions, bodies);
        ShellScriptFinisher.Finish(script);
        return script;
    }

    /// <summary>Parses a script's tree only (the finisher calls this for scripts fed to a shell).</summary>
    public static ShellScript ParseTree(ShellSource source, int start, int end, ShellOptions initialOptions, IReadOnlyList<ShellHereDocumentBody> bodies)
    {
        var session = new Session();
        var external = new Queue<ShellHereDocumentBody>(bodies);
        var parser = new ScriptParser(session, source, start, end, external);
        var body = parser.ParseBody();
        foreach (var unread in external)
        {
            session.Problems.Add(new ShellProblem($"heredoc {unread.Delimiter} is not read by any command", unread.Content.GetFileSpan(0, unread.Content.Text.Length)));
        }

        var script = new ShellScript(source, start, end, body, initialOptions, session.Comments);
        script.ProblemList.AddRange(session.Problems);
        return script;
    }

    private ShellSequence ParseBody()
    {
        var body = ParseSequence(Stop.None);
        ResolvePendingAtEnd();
        return body;
    }

    private ShellSequence ParseSequence(Stop stop)
    {
        var mark = _session.Nodes.Mark;
        var needSeparator = false;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Newline)
            {
                Next();
                needSeparator = false;
                continue;
            }

            if (token.Kind == TokenKind.End || IsStop(token, stop))
            {
                break;
            }

            if ((token.Kind == TokenKind.Operator && !StartsCommand(token)) || IsClosingKeyword(token))
            {
                Problem($"unexpected `{Excerpt(token)}`", token.Start, token.End);
                Next();
                needSeparator = false;
                continue;
            }

            if (needSeparator)
            {
                Problem($"`{Excerpt(token)}` follows a command without `;` or a newline", token.Start, token.End);
            }

            var item = ParseAndOr();
            _session.Nodes.Add(item);
            needSeparator = item.Terminator is null;
        }

        var items = _session.Nodes.Take<ShellAndOr>(mark);
        _session.Nodes.Release(mark);
        return items.Length == 0
            ? EmptySequence(_lastTokenEnd)
            : new ShellSequence(_source, items[0].Start, items[items.Length - 1].End, items);
    }

    private ShellAndOr ParseAndOr()
    {
        var nodes = _session.Nodes;
        var mark = nodes.Mark;
        nodes.Add(ParsePipeline());
        while (Peek() is { Kind: TokenKind.Operator, Text: "&&" or "||" })
        {
            nodes.Add(OperatorNode(Next()));
            SkipNewlines();
            nodes.Add(ParsePipeline());
        }

        var pipelines = nodes.Take<ShellPipeline>(mark);
        var operators = nodes.Take<ShellOperator>(mark);
        nodes.Release(mark);

        ShellOperator? terminator = null;
        if (Peek() is { Kind: TokenKind.Operator, Text: ";" or "&" })
        {
            terminator = OperatorNode(Next());
        }

        var start = pipelines[0].Start;
        return new ShellAndOr(_source, start, Math.Max(start, _lastTokenEnd), pipelines, operators, terminator);
    }

    private ShellPipeline ParsePipeline()
    {
        var first = Peek();
        var negated = IsReserved(first, "!");
        if (negated)
        {
            Next();
        }

        var nodes = _session.Nodes;
        var mark = nodes.Mark;
        nodes.Add(ParseCommand());
        while (Peek() is { Kind: TokenKind.Operator, Text: "|" or "|&" })
        {
            nodes.Add(OperatorNode(Next()));
            SkipNewlines();
            nodes.Add(ParseCommand());
        }

        var commands = nodes.Take<ShellCommandNode>(mark);
        var operators = nodes.Take<ShellOperator>(mark);
        nodes.Release(mark);

        var start = negated ? first.Start : commands[0].Start;
        return new ShellPipeline(_source, start, Math.Max(start, _lastTokenEnd), negated, commands, operators);
    }

    private ShellCommandNode ParseCommand()
    {
        var token = Peek();
        if (token.Kind == TokenKind.Operator && token.Text == "(")
        {
            return ParseParenthesized();
        }

        if (token.Kind == TokenKind.Word)
        {
            switch (ReservedWord(token))
            {
                case "{":
                    return ParseGroup();
                case "if":
                    return ParseIf();
                case "while":
                    return ParseWhile(isUntil: false);
                case "until":
                    return ParseWhile(isUntil: true);
                case "for":
                    return ParseFor(isSelect: false);
                case "select":
                    return ParseFor(isSelect: true);
                case "case":
                    return ParseCase();
                case "function":
                    return ParseFunctionKeyword();
                case "[[":
                    return ParseConditional();
            }
        }

        if (token.Kind is TokenKind.Word or TokenKind.Number || (token.Kind == TokenKind.Operator && IsRedirection(token.Text)))
        {
            return ParseSimpleCommand();
        }

        Problem(token.Kind == TokenKind.End ? "a command is missing at the end" : $"a command is missing before `{Excerpt(token)}`", token.Start, token.End);
        return EmptyCommand();
    }

    private ShellCommandNode ParseSimpleCommand()
    {
        var start = Peek().Start;
        var nodes = _session.Nodes;
        var mark = nodes.Mark;
        var wordCount = 0;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Operator && IsRedirection(token.Text)))
            {
                ParseRedirection();
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            Next();
            if (wordCount == 0 && ShellAssignments.TrySplit(token.Word!, adopt: true) is { } assignment)
            {
                nodes.Add(ReadArrayElements(assignment));
                continue;
            }

            nodes.Add(token.Word!);
            wordCount++;
            if (wordCount == 1 && nodes.Mark == mark + 1 && Peek() is { Kind: TokenKind.Operator, Text: "(" })
            {
                nodes.Release(mark);
                return ParseFunctionDefinition(start, token.Word!);
            }
        }

        var assignments = nodes.Take<ShellAssignment>(mark);
        var words = nodes.Take<ShellWord>(mark);
        var redirections = nodes.Take<ShellRedirection>(mark);
        nodes.Release(mark);
        return new ShellCommand(_source, start, Math.Max(start, _lastTokenEnd), assignments, words, redirections);
    }

    // bash's NAME=(a b c): the word stopped at "(", right after "=".
    private ShellAssignment ReadArrayElements(ShellAssignment assignment)
    {
        if (assignment.Value.Start != assignment.End || _pos != assignment.End || _pos >= _end || _text[_pos] != '(')
        {
            return assignment;
        }

        _pos++;
        var mark = _session.Nodes.Mark;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Newline)
            {
                Next();
            }
            else if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                _session.Nodes.Add(Next().Word!);
            }
            else
            {
                if (token.Kind == TokenKind.Operator && token.Text == ")")
                {
                    Next();
                }
                else
                {
                    Problem("the array assignment is missing its `)`", assignment.Start, assignment.End + 1);
                }

                break;
            }
        }

        var elements = _session.Nodes.Take<ShellWord>(mark);
        _session.Nodes.Release(mark);
        return new ShellAssignment(_source, assignment.Start, Math.Max(assignment.End, _lastTokenEnd), assignment.Name, assignment.IsAppend, assignment.Value, elements);
    }

    private ShellCommandNode ParseFunctionDefinition(int start, ShellWord name)
    {
        var open = Next();
        if (Peek() is { Kind: TokenKind.Operator, Text: ")" })
        {
            Next();
        }
        else
        {
            Problem("a function definition needs `()`", open.Start, open.End);
        }

        return ParseFunctionBody(start, name);
    }

    private ShellCommandNode ParseFunctionKeyword()
    {
        var keyword = Next();
        if (Peek() is not { Kind: TokenKind.Word } nameToken)
        {
            Problem("`function` needs a name", keyword.Start, keyword.End);
            return new ShellCommand(_source, keyword.Start, keyword.End, Array.Empty<ShellAssignment>(), new[] { keyword.Word! }, Array.Empty<ShellRedirection>());
        }

        Next();
        if (Peek() is { Kind: TokenKind.Operator, Text: "(" })
        {
            Next();
            if (Peek() is { Kind: TokenKind.Operator, Text: ")" })
            {
                Next();
            }
            else
            {
                Problem("a function definition needs `()`", nameToken.Start, nameToken.End);
            }
        }

        return ParseFunctionBody(keyword.Start, nameToken.Word!);
    }

    private ShellCommandNode ParseFunctionBody(int start, ShellWord name)
    {
        if (!Enter(start))
        {
            return EmptyCommand();
        }

        SkipNewlines();
        var body = ParseCommand();
        Leave();
        if (body is ShellCommand)
        {
            Problem("a function body must be a compound command such as `{ ...; }`", body.Start, Math.Max(body.Start + 1, body.End));
        }

        return new ShellFunction(_source, start, Math.Max(start, _lastTokenEnd), name, body, Array.Empty<ShellRedirection>());
    }

    private ShellCommandNode ParseParenthesized()
    {
        var open = Next();
        if (_pos < _end && _text[_pos] == '(' && FindArithmeticEnd(_pos + 1) is var close && close >= 0)
        {
            var expression = RangeWord(_pos + 1, close, Mode.Arithmetic);
            _pos = close + 2;
            _lastTokenEnd = _pos;
            var arithmeticRedirections = ParseRedirections();
            return new ShellArithmeticCommand(_source, open.Start, _lastTokenEnd, expression, arithmeticRedirections);
        }

        if (!Enter(open.Start))
        {
            return EmptyCommand();
        }

        var body = ParseSequence(Stop.Closers);
        Leave();
        Expect(")", open, "`(` is missing its `)`");
        var redirections = ParseRedirections();
        return new ShellSubshell(_source, open.Start, _lastTokenEnd, body, redirections);
    }

    private ShellCommandNode ParseGroup()
    {
        var open = Next();
        if (!Enter(open.Start))
        {
            return EmptyCommand();
        }

        var body = ParseSequence(Stop.Closers);
        Leave();
        ExpectKeyword("}", open, "`{` is missing its `}`");
        var redirections = ParseRedirections();
        return new ShellGroup(_source, open.Start, _lastTokenEnd, body, redirections);
    }

    private ShellCommandNode ParseIf()
    {
        var keyword = Next();
        if (!Enter(keyword.Start))
        {
            return EmptyCommand();
        }

        var mark = _session.Nodes.Mark;
        var clauseStart = keyword.Start;
        while (true)
        {
            var condition = ParseSequence(Stop.Closers);
            var body = EmptySequence(_lastTokenEnd);
            if (ExpectKeyword("then", keyword, "`if` is missing its `then`"))
            {
                body = ParseSequence(Stop.Closers);
            }

            _session.Nodes.Add(new ShellIfClause(_source, clauseStart, Math.Max(clauseStart, _lastTokenEnd), condition, body));
            if (!IsReserved(Peek(), "elif"))
            {
                break;
            }

            clauseStart = Next().Start;
        }

        var clauses = _session.Nodes.Take<ShellIfClause>(mark);
        _session.Nodes.Release(mark);
        ShellSequence? elseBody = null;
        if (IsReserved(Peek(), "else"))
        {
            Next();
            elseBody = ParseSequence(Stop.Closers);
        }

        Leave();
        ExpectKeyword("fi", keyword, "`if` is missing its `fi`");
        var redirections = ParseRedirections();
        return new ShellIf(_source, keyword.Start, _lastTokenEnd, clauses, elseBody, redirections);
    }

    private ShellCommandNode ParseWhile(bool isUntil)
    {
        var keyword = Next();
        if (!Enter(keyword.Start))
        {
            return EmptyCommand();
        }

        var condition = ParseSequence(Stop.Closers);
        var body = ParseLoopBody(keyword);
        Leave();
        var redirections = ParseRedirections();
        return new ShellWhile(_source, keyword.Start, _lastTokenEnd, isUntil, condition, body, redirections);
    }

    private ShellCommandNode ParseFor(bool isSelect)
    {
        var keyword = Next();
        if (!Enter(keyword.Start))
        {
            return EmptyCommand();
        }

        ShellWord? variable = null;
        ShellWord[]? items = null;
        ShellWord? arithmetic = null;
        var open = _pos;
        while (open < _end && ShellChars.IsBlank(_text[open]))
        {
            open++;
        }

        if (!isSelect && open + 1 < _end && _text[open] == '(' && _text[open + 1] == '(' && FindArithmeticEnd(open + 2) is var close && close >= 0)
        {
            arithmetic = RangeWord(open + 2, close, Mode.Arithmetic);
            _pos = close + 2;
            _lastTokenEnd = _pos;
        }
        else
        {
            if (Peek() is { Kind: TokenKind.Word or TokenKind.Number })
            {
                variable = Next().Word;
            }
            else
            {
                Problem($"`{ReservedText(isSelect)}` needs a variable name", keyword.Start, keyword.End);
            }

            SkipNewlines();
            if (IsReserved(Peek(), "in"))
            {
                Next();
                var mark = _session.Nodes.Mark;
                while (Peek() is { Kind: TokenKind.Word or TokenKind.Number })
                {
                    _session.Nodes.Add(Next().Word!);
                }

                items = _session.Nodes.Take<ShellWord>(mark);
                _session.Nodes.Release(mark);
            }
        }

        if (Peek() is { Kind: TokenKind.Operator, Text: ";" })
        {
            Next();
        }

        SkipNewlines();
        var body = ParseLoopBody(keyword);
        Leave();
        var redirections = ParseRedirections();
        return new ShellFor(_source, keyword.Start, _lastTokenEnd, isSelect, variable, items, arithmetic, body, redirections);
    }

    private ShellSequence ParseLoopBody(Token keyword)
    {
        var loop = ReservedText(keyword);
        if (!ExpectKeyword("do", keyword, $"`{loop}` is missing its `do`"))
        {
            return EmptySequence(_lastTokenEnd);
        }

        var body = ParseSequence(Stop.Closers);
        ExpectKeyword("done", keyword, $"`{loop}` is missing its `done`");
        return body;
    }

    private ShellCommandNode ParseCase()
    {
        var keyword = Next();
        if (!Enter(keyword.Start))
        {
            return EmptyCommand();
        }

        ShellWord? subject = null;
        if (Peek() is { Kind: TokenKind.Word or TokenKind.Number })
        {
            subject = Next().Word;
        }
        else
        {
            Problem("`case` needs a word to match", keyword.Start, keyword.End);
        }

        SkipNewlines();
        ExpectKeyword("in", keyword, "`case` is missing its `in`");
        var mark = _session.Nodes.Mark;
        var closed = false;
        while (true)
        {
            SkipNewlines();
            var token = Peek();
            if (IsReserved(token, "esac"))
            {
                Next();
                closed = true;
                break;
            }

            // The end, a closer of an enclosing construct, or its ")": the case is unterminated.
            if (token.Kind == TokenKind.End || IsClosingKeyword(token) || token is { Kind: TokenKind.Operator, Text: ")" })
            {
                break;
            }

            if (token.Kind == TokenKind.Operator && token.Text != "(")
            {
                Problem($"unexpected `{token.Text}` where a pattern should be", token.Start, token.End);
                Next();
                continue;
            }

            _session.Nodes.Add(ParseCaseItem(token));
        }

        var items = _session.Nodes.Take<ShellCaseItem>(mark);
        _session.Nodes.Release(mark);

        Leave();
        if (!closed)
        {
            Problem("`case` is missing its `esac`", keyword.Start, keyword.End);
        }

        var redirections = ParseRedirections();
        return new ShellCase(_source, keyword.Start, _lastTokenEnd, subject, items, redirections);
    }

    private ShellCaseItem ParseCaseItem(Token first)
    {
        if (first.Kind == TokenKind.Operator)
        {
            Next();
        }

        var mark = _session.Nodes.Mark;
        while (true)
        {
            if (Peek() is { Kind: TokenKind.Word or TokenKind.Number })
            {
                _session.Nodes.Add(Next().Word!);
            }
            else
            {
                var token = Peek();
                Problem("a pattern is missing", token.Start, token.End);
                break;
            }

            if (Peek() is not { Kind: TokenKind.Operator, Text: "|" })
            {
                break;
            }

            Next();
        }

        var patterns = _session.Nodes.Take<ShellWord>(mark);
        _session.Nodes.Release(mark);
        if (Peek() is { Kind: TokenKind.Operator, Text: ")" })
        {
            Next();
        }
        else
        {
            Problem("the pattern is missing its `)`", first.Start, Math.Max(first.End, _lastTokenEnd));
        }

        var body = ParseSequence(Stop.Closers);
        ShellOperator? terminator = null;
        if (Peek() is { Kind: TokenKind.Operator, Text: ";;" or ";&" or ";;&" })
        {
            terminator = OperatorNode(Next());
        }

        return new ShellCaseItem(_source, first.Start, Math.Max(first.Start, _lastTokenEnd), patterns, body, terminator);
    }

    private ShellConditional ParseConditional()
    {
        var keyword = Next();
        var mark = _session.Nodes.Mark;
        var closed = false;
        while (true)
        {
            var token = Peek();
            if (IsReserved(token, "]]"))
            {
                Next();
                closed = true;
                break;
            }

            if (token.Kind == TokenKind.End)
            {
                break;
            }

            Next();
            if (token.Word is not null)
            {
                _session.Nodes.Add(token.Word);
            }
        }

        var words = _session.Nodes.Take<ShellWord>(mark);
        _session.Nodes.Release(mark);

        if (!closed)
        {
            Problem("`[[` is missing its `]]`", keyword.Start, keyword.End);
        }

        var redirections = ParseRedirections();
        return new ShellConditional(_source, keyword.Start, _lastTokenEnd, words, redirections);
    }

    private ShellRedirection[] ParseRedirections()
    {
        var mark = _session.Nodes.Mark;
        while (IsRedirectionStart(Peek()))
        {
            ParseRedirection();
        }

        var redirections = _session.Nodes.Take<ShellRedirection>(mark);
        _session.Nodes.Release(mark);
        return redirections;
    }

    // Parses one redirection onto the node buffer.
    private void ParseRedirection()
    {
        var token = Next();
        var start = token.Start;
        int? fileDescriptor = null;
        if (token.Kind == TokenKind.Number)
        {
            fileDescriptor = token.Number;
            if (Peek() is not { Kind: TokenKind.Operator } next || !IsRedirection(next.Text))
            {
                Problem("a redirection operator is missing after the file descriptor", token.Start, token.End);
                return;
            }

            token = Next();
        }

        var op = token.Text;
        var target = Peek();
        if (target.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            Problem(op is "<<" or "<<-" ? $"`{op}` needs a delimiter" : $"`{op}` needs a file name", token.Start, token.End);
            _session.Nodes.Add(new ShellRedirection(_source, start, token.End, fileDescriptor, op, null, null));
            return;
        }

        Next();
        ShellHereDocument? hereDocument = null;
        if (op is "<<" or "<<-")
        {
            var (delimiter, quoted) = Delimiter(target.Word!);
            hereDocument = new ShellHereDocument(_source, target.Start, target.End, delimiter, quoted, op == "<<-");
            _pending.Add(hereDocument);
        }

        _session.Nodes.Add(new ShellRedirection(_source, start, target.End, fileDescriptor, op, target.Word, hereDocument));
    }

    // The delimiter after quote removal; any quote or backslash in it means the body is taken literally.
    private static (string Delimiter, bool Quoted) Delimiter(ShellWord word)
    {
        var raw = word.Text;
        var builder = new StringBuilder(raw.Length);
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length)
            {
                builder.Append(raw[++i]);
                quoted = true;
            }
            else if (c is '\'' or '"')
            {
                quoted = true;
            }
            else
            {
                builder.Append(c);
            }
        }

        return (builder.ToString(), quoted);
    }

    private void SkipNewlines()
    {
        while (Peek().Kind == TokenKind.Newline)
        {
            Next();
        }
    }

    private void Expect(string op, Token opener, string problem)
    {
        if (Peek() is { Kind: TokenKind.Operator } token && token.Text == op)
        {
            Next();
        }
        else
        {
            Problem(problem, opener.Start, opener.End);
        }
    }

    private bool ExpectKeyword(string keyword, Token opener, string problem)
    {
        if (IsReserved(Peek(), keyword))
        {
            Next();
            return true;
        }

        Problem(problem, opener.Start, opener.End);
        return false;
    }

    private bool IsStop(Token token, Stop stop) => token.Kind switch
    {
        TokenKind.Operator => ((stop & Stop.CloseParen) != 0 && token.Text == ")")
            || ((stop & Stop.CaseItemEnd) != 0 && token.Text is ";;" or ";&" or ";;&"),
        TokenKind.Word => (stop & Stop.ClosingKeyword) != 0 && IsClosingKeyword(token),
        _ => false,
    };

    private bool IsClosingKeyword(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        foreach (var keyword in ClosingKeywords)
        {
            if (IsReserved(token, keyword))
            {
                return true;
            }
        }

        return false;
    }

    // A reserved word is recognised only where a command starts, and only unquoted: its raw text is the word.
    private bool IsReserved(Token token, string word) =>
        token.Kind == TokenKind.Word && token.End - token.Start == word.Length && string.CompareOrdinal(_text, token.Start, word, 0, word.Length) == 0;

    private string? ReservedWord(Token token)
    {
        foreach (var keyword in OpeningKeywords)
        {
            if (IsReserved(token, keyword))
            {
                return keyword;
            }
        }

        return null;
    }

    private string ReservedText(Token keyword) => _text.Substring(keyword.Start, keyword.End - keyword.Start);

    private static string ReservedText(bool isSelect) => isSelect ? "select" : "for";

    private static bool StartsCommand(Token token) => token.Text == "(" || IsRedirection(token.Text);

    private static bool IsRedirectionStart(Token token) => token.Kind == TokenKind.Number || (token.Kind == TokenKind.Operator && IsRedirection(token.Text));

    private static bool IsRedirection(string op) =>
        op is "<" or ">" or ">>" or ">|" or "<>" or "<&" or ">&" or "<<" or "<<-" or "<<<" or "&>" or "&>>";

    private string Excerpt(Token token)
    {
        if (token.Kind == TokenKind.Operator)
        {
            return token.Text;
        }

        // Never cut between the halves of a surrogate pair: a lone surrogate in a message is not text.
        var length = Math.Min(token.End - token.Start, 20);
        if (length < token.End - token.Start && char.IsHighSurrogate(_text[token.Start + length - 1]))
        {
            length--;
        }

        return _text.Substring(token.Start, length) + (token.End - token.Start > length ? "..." : string.Empty);
    }

    private ShellOperator OperatorNode(Token token) => new(_source, token.Start, token.End);

    private ShellSequence EmptySequence(int at) => new(_source, at, at, Array.Empty<ShellAndOr>());

    private ShellCommand EmptyCommand() =>
        new(_source, _lastTokenEnd, _lastTokenEnd, Array.Empty<ShellAssignment>(), Array.Empty<ShellWord>(), Array.Empty<ShellRedirection>());

    // $(( and (( open arithmetic when a "))" closes them at depth 0; a ")" followed by anything else means
    // nested parentheses of a subshell ("$( (cd a) )").
    private int FindArithmeticEnd(int from)
    {
        var depth = 0;
        for (var p = from; p < _end; p++)
        {
            var c = _text[p];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth > 0)
                {
                    depth--;
                }
                else
                {
                    return p + 1 < _end && _text[p + 1] == ')' ? p : -1;
                }
            }
        }

        return -1;
    }

    private bool Enter(int at)
    {
        if (_session.Depth >= ShellParser.MaxNestingDepth)
        {
            if (!_session.GaveUp)
            {
                Problem($"nested more than {ShellParser.MaxNestingDepth} levels deep; the rest is not parsed", at, Math.Min(at + 1, _end));
                _session.GaveUp = true;
            }

            _pos = _end;
            _hasPeeked = false;
            return false;
        }

        _session.Depth++;
        return true;
    }

    private void Leave() => _session.Depth--;

    private void Problem(string message, int start, int end)
    {
        if (!_session.GaveUp)
        {
            _session.Problems.Add(new ShellProblem(message, _source.GetFileSpan(start, end)));
        }
    }

    private readonly record struct Token(TokenKind Kind, int Start, int End, string Text, ShellWord? Word, int Number);

    /// <summary>
    /// One growing list shared by every construct under construction, used as a stack: a construct marks where
    /// its children start, takes them as exact arrays when it is complete and releases its part. Nested
    /// constructs finish before their parent adds more, so the parts never mix. This keeps the parse from
    /// allocating and growing a list per node.
    /// </summary>
    private sealed class NodeBuffer
    {
        private readonly List<ShellNode> _nodes = new();

        public int Mark => _nodes.Count;

        public void Add(ShellNode node) => _nodes.Add(node);

        public T[] Take<T>(int mark)
            where T : ShellNode
        {
            var count = 0;
            for (var i = mark; i < _nodes.Count; i++)
            {
                count += _nodes[i] is T ? 1 : 0;
            }

            if (count == 0)
            {
                return Array.Empty<T>();
            }

            var taken = new T[count];
            var next = 0;
            for (var i = mark; i < _nodes.Count; i++)
            {
                if (_nodes[i] is T node)
                {
                    taken[next++] = node;
                }
            }

            return taken;
        }

        public void Release(int mark) => _nodes.RemoveRange(mark, _nodes.Count - mark);
    }

    private sealed class Session
    {
        public List<ShellProblem> Problems { get; } = new();

        public NodeBuffer Nodes { get; } = new();

        public List<ShellComment> Comments { get; } = new();

        public int Depth { get; set; }

        public bool GaveUp { get; set; }
    }
}
