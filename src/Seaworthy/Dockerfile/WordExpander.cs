using System;
using System.Collections.Generic;
using System.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// Expands variables in Dockerfile text the way BuildKit's shell lexer (<c>frontend/dockerfile/shell</c>)
/// does: <c>$name</c> and <c>${name}</c> with the modifiers <c>:-</c> <c>-</c> <c>:+</c> <c>+</c>
/// <c>:?</c> <c>?</c> <c>#</c> <c>##</c> <c>%</c> <c>%%</c> <c>/</c> <c>//</c>, single and double
/// quotes, the escape character, and optionally splitting into words on unquoted white space.
/// </summary>
/// <remarks>
/// <para>
/// This is not a shell: there is no command substitution, arithmetic, tilde or file-name expansion.
/// Quirks of BuildKit are kept on purpose, because the point is to predict what BuildKit does:
/// <c>${name</c> without <c>}</c> is an "unsupported modifier" error, a backslash inside double quotes
/// escapes only <c>"</c>, <c>$</c> and the escape character, <c>$</c> in a <c>//</c> replacement is a
/// Go regexp template (<c>$0</c> is the match), and when splitting, a modifier expression such as
/// <c>${a:-b}</c> discards the unfinished word before it (<c>x${a:-b}y</c> gives the word <c>by</c>).
/// </para>
/// <para>An instance only holds settings; it can be shared between threads.</para>
/// </remarks>
public sealed class WordExpander
{
    /// <summary>Creates an expander.</summary>
    /// <param name="escapeToken">The escape character: <c>\</c>, or <c>`</c> after <c># escape=`</c>.</param>
    public WordExpander(char escapeToken = '\\')
    {
        EscapeToken = escapeToken;
    }

    /// <summary>The escape character.</summary>
    public char EscapeToken { get; }

    /// <summary>Keep quote characters in the output (BuildKit <c>RawQuotes</c>).</summary>
    public bool RawQuotes { get; init; }

    /// <summary>
    /// Keep escape characters in the output (BuildKit <c>RawEscapes</c>). Words of the <c>-</c>,
    /// <c>+</c> and <c>?</c> modifiers drop them even so, as in BuildKit.
    /// </summary>
    public bool RawEscapes { get; init; }

    /// <summary>
    /// Leave a reference to an unset variable as written, <c>$NAME</c> or <c>${NAME…}</c>, instead of
    /// expanding it (BuildKit <c>SkipUnsetEnv</c>).
    /// </summary>
    public bool SkipUnsetEnv { get; init; }

    /// <summary>Treat quote characters as ordinary characters (BuildKit <c>SkipProcessQuotes</c>).</summary>
    public bool SkipProcessQuotes { get; init; }

    /// <summary>
    /// Compare variable names case-insensitively, as BuildKit does on Windows (it upper-cases them). This
    /// applies to the overloads that take the environment as name/value pairs; a lookup function
    /// decides for itself how it compares names.
    /// </summary>
    public bool CaseInsensitiveNames { get; init; }

    /// <summary>Expands one word without splitting it (BuildKit <c>ProcessWord</c>).</summary>
    /// <param name="word">The text to expand.</param>
    /// <param name="lookup">
    /// Returns the value of the variable with the name as written, <see langword="null"/> when it is unset
    /// (an empty string means set but empty).
    /// </param>
    public WordExpansion ExpandWord(string word, Func<string, string?> lookup)
    {
        // Most words (paths, versions, plain values) have nothing to expand: they are their own value. Every
        // ENV is expanded by several rules, so this keeps a file of many instructions from paying for a lexer each time.
        if (IsPlain(word))
        {
            return new WordExpansion(word, new[] { word }, null, Array.Empty<string>(), Array.Empty<string>());
        }

        var lexer = new Lexer(this, word, lookup);
        var value = lexer.Process(null);
        return value is null
            ? lexer.Result(string.Empty, Array.Empty<string>())
            : lexer.Result(value, new[] { value });
    }

    // True when the word has no variable, quote, escape, heredoc "<" or surrogate (the lexer reads code points).
    private bool IsPlain(string word)
    {
        foreach (var c in word)
        {
            if (c is '$' or '<' or '\'' or '"' || c == EscapeToken || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Expands a text and splits it into words on white space that is not quoted or escaped, including
    /// white space that comes from the value of an unquoted variable (BuildKit <c>ProcessWords</c>).
    /// </summary>
    /// <param name="text">The text to expand.</param>
    /// <param name="lookup">
    /// Returns the value of the variable with the name as written, <see langword="null"/> when it is unset
    /// (an empty string means set but empty).
    /// </param>
    public WordExpansion ExpandWords(string text, Func<string, string?> lookup)
    {
        var lexer = new Lexer(this, text, lookup);
        var words = new List<string>();
        return lexer.Process(words) is null
            ? lexer.Result(string.Empty, Array.Empty<string>())
            : lexer.Result(string.Join(" ", words), words);
    }

    /// <summary>
    /// The variable references in <paramref name="text"/> as BuildKit's lexer reads them when it expands the text
    /// as one word: <c>$name</c> and <c>${name...}</c>, not inside single quotes, not escaped, including those in
    /// a modifier's word (<c>${A:-$B}</c>), in order of their start. Special parameters (<c>$1</c>, <c>$@</c>)
    /// are left out. The scan stops at a syntax error, as the expansion does.
    /// </summary>
    /// <param name="text">The text as written.</param>
    public IReadOnlyList<VariableReference> FindReferences(string text)
    {
        var references = new List<VariableReference>();
        if (text.IndexOf('$') < 0)
        {
            return references;
        }

        // Every variable unset and kept as written: no modifier is evaluated, so only syntax stops the scan.
        var scanner = new WordExpander(EscapeToken) { SkipUnsetEnv = true, SkipProcessQuotes = SkipProcessQuotes };
        var lexer = new Lexer(scanner, text, _ => null) { References = references };
        lexer.Process(null);
        references.Sort((a, b) => a.Start.CompareTo(b.Start));
        return references;
    }

    /// <summary>Expands one word without splitting it, with variables from name/value pairs.</summary>
    /// <param name="word">The text to expand.</param>
    /// <param name="environment">The variables; a later pair replaces an earlier one of the same name.</param>
    public WordExpansion ExpandWord(string word, IEnumerable<KeyValuePair<string, string>> environment) =>
        ExpandWord(word, CreateLookup(environment));

    /// <summary>Expands a text and splits it into words, with variables from name/value pairs.</summary>
    /// <param name="text">The text to expand.</param>
    /// <param name="environment">The variables; a later pair replaces an earlier one of the same name.</param>
    public WordExpansion ExpandWords(string text, IEnumerable<KeyValuePair<string, string>> environment) =>
        ExpandWords(text, CreateLookup(environment));

    private Func<string, string?> CreateLookup(IEnumerable<KeyValuePair<string, string>> environment)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in environment)
        {
            variables[NormalizeName(pair.Key)] = pair.Value;
        }

        return name => variables.TryGetValue(NormalizeName(name), out var value) ? value : null;
    }

    private string NormalizeName(string name) => CaseInsensitiveNames ? name.ToUpperInvariant() : name;

    /// <summary>The state of one expansion: a port of BuildKit's <c>shellWord</c>.</summary>
    private sealed class Lexer
    {
        private const int EndOfText = CodePoints.EndOfText;

        private readonly WordExpander _options;
        private readonly string _source;
        private readonly Func<string, string?> _lookup;
        // Made when words are collected (ExpandWords).
        private StringBuilder? _wordBuffer;

        // Made on the first name looked up: most texts expanded refer to no variable.
        private List<string>? _matched;
        private List<string>? _unmatched;
        private int _position;
        private bool _rawEscapes;
        private string? _error;

        public Lexer(WordExpander options, string source, Func<string, string?> lookup)
        {
            _options = options;
            _source = source;
            _lookup = lookup;

            // BuildKit reads the text with Go's text/scanner, which skips a byte-order mark at the start.
            _position = source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0;
        }

        /// <summary>When set, receives each variable reference read (see <see cref="FindReferences"/>).</summary>
        public List<VariableReference>? References { get; init; }

        /// <summary>Expands the whole text and adds its words to <paramref name="words"/> if given; null on error.</summary>
        public string? Process(List<string>? words) => ProcessStopOn(EndOfText, _options.RawEscapes, words);

        public WordExpansion Result(string value, IReadOnlyList<string> words) =>
            new(value, words, _error, ToArray(_matched), ToArray(_unmatched));

        private static string[] ToArray(List<string>? names) => names is null ? Array.Empty<string>() : names.ToArray();

        private int Peek() => _position < _source.Length ? CodePoints.At(_source, _position) : EndOfText;

        private int Next()
        {
            var ch = Peek();
            if (ch != EndOfText)
            {
                _position += CodePoints.Width(ch);
            }

            return ch;
        }

        private string? Fail(string message)
        {
            _error = message;
            return null;
        }

        /// <summary>
        /// Reads up to <paramref name="stopChar"/> (consumed) or the end of the text, expanding as it goes.
        /// <paramref name="words"/>, when given, receives the words of what was read.
        /// </summary>
        private string? ProcessStopOn(int stopChar, bool rawEscapes, List<string>? words)
        {
            var result = new StringBuilder();

            // BuildKit shares one word buffer between this call and the ones nested in ${name<op>word} and
            // clears it on entry, so such a modifier drops the unfinished word before it from the words
            // (not from the value). Kept to split exactly as BuildKit does.
            _wordBuffer?.Clear();

            // Without a list to receive them, the words need not be collected: the buffer is cleared above and
            // would be emptied again at the end, so nothing else can see what the splitter does.
            var splitter = words is null ? null : new WordSplitter(_wordBuffer ??= new StringBuilder());

            var outerRawEscapes = _rawEscapes;
            _rawEscapes = rawEscapes;
            try
            {
                while (Peek() != EndOfText)
                {
                    var ch = Peek();
                    if (stopChar != EndOfText && ch == stopChar)
                    {
                        Next();
                        splitter?.Finish(words!);
                        return result.ToString();
                    }

                    if (ch == '$' || ch == '<' || (!_options.SkipProcessQuotes && (ch == '\'' || ch == '"')))
                    {
                        var expanded = ch switch
                        {
                            '$' => ProcessDollar(),
                            '<' => ProcessPossibleHeredoc(),
                            '\'' => ProcessSingleQuote(),
                            _ => ProcessDoubleQuote(),
                        };
                        if (expanded is null)
                        {
                            return null;
                        }

                        result.Append(expanded);

                        // Only the value of a variable is split further; quoted text and "<<" stay whole.
                        if (ch == '$')
                        {
                            splitter?.AddText(expanded);
                        }
                        else
                        {
                            splitter?.AddRawText(expanded);
                        }

                        continue;
                    }

                    ch = Next();
                    if (ch == _options.EscapeToken)
                    {
                        if (_rawEscapes)
                        {
                            splitter?.AddRawChar(ch);
                            CodePoints.Append(result, ch);
                        }

                        // The escape character escapes anything, and vanishes at the end of the text.
                        ch = Next();
                        if (ch == EndOfText)
                        {
                            break;
                        }

                        splitter?.AddRawChar(ch);
                    }
                    else
                    {
                        splitter?.AddChar(ch);
                    }

                    CodePoints.Append(result, ch);
                }

                if (stopChar != EndOfText)
                {
                    return Fail($"unexpected end of statement while looking for matching {CodePoints.ToText(stopChar)}");
                }

                splitter?.Finish(words!);
                return result.ToString();
            }
            finally
            {
                _rawEscapes = outerRawEscapes;
            }
        }

        /// <summary>Everything up to the next single quote is literal; a single quote cannot be escaped.</summary>
        private string? ProcessSingleQuote()
        {
            var result = new StringBuilder();
            var ch = Next();
            if (_options.RawQuotes)
            {
                CodePoints.Append(result, ch);
            }

            while (true)
            {
                ch = Next();
                if (ch == EndOfText)
                {
                    return Fail("unexpected end of statement while looking for matching single-quote");
                }

                if (ch == '\'')
                {
                    if (_options.RawQuotes)
                    {
                        CodePoints.Append(result, ch);
                    }

                    return result.ToString();
                }

                CodePoints.Append(result, ch);
            }
        }

        /// <summary>
        /// Up to the next unescaped double quote, <c>$</c> expands and the escape character escapes only
        /// <c>"</c>, <c>$</c> and itself; before anything else it stays.
        /// </summary>
        private string? ProcessDoubleQuote()
        {
            var result = new StringBuilder();
            var ch = Next();
            if (_options.RawQuotes)
            {
                CodePoints.Append(result, ch);
            }

            while (true)
            {
                switch (Peek())
                {
                    case EndOfText:
                        return Fail("unexpected end of statement while looking for matching double-quote");
                    case '"':
                        ch = Next();
                        if (_options.RawQuotes)
                        {
                            CodePoints.Append(result, ch);
                        }

                        return result.ToString();
                    case '$':
                        var value = ProcessDollar();
                        if (value is null)
                        {
                            return null;
                        }

                        result.Append(value);
                        break;
                    default:
                        ch = Next();
                        if (ch == _options.EscapeToken)
                        {
                            if (_rawEscapes)
                            {
                                CodePoints.Append(result, ch);
                            }

                            var escaped = Peek();
                            if (escaped == EndOfText)
                            {
                                continue;
                            }

                            if (escaped == '"' || escaped == '$' || escaped == _options.EscapeToken)
                            {
                                ch = Next();
                            }
                        }

                        CodePoints.Append(result, ch);
                        break;
                }
            }
        }

        private string? ProcessDollar()
        {
            var start = _position;
            Next();
            if (Peek() != '{')
            {
                var plainName = ProcessName();
                if (plainName.Length == 0)
                {
                    return "$";
                }

                Record(plainName, start);

                var plainValue = GetEnv(plainName);
                if (plainValue is null && _options.SkipUnsetEnv)
                {
                    return "$" + plainName;
                }

                return plainValue ?? string.Empty;
            }

            Next();
            switch (Peek())
            {
                case EndOfText:
                    return Fail("syntax error: missing '}'");
                case '{' or '}' or ':':
                    return Fail("syntax error: bad substitution");
            }

            var name = ProcessName();
            var result = ProcessBraced(name);
            if (result is not null)
            {
                Record(name, start);
            }

            return result;
        }

        // A reference to a variable (not a special parameter) from `start` to the current position.
        private void Record(string name, int start)
        {
            if (References is not null && name.Length > 0 && (CodePoints.IsLetter(CodePoints.At(name, 0)) || name[0] == '_'))
            {
                References.Add(new VariableReference(name, start, _position - start));
            }
        }

        // ${name...} after the name.
        private string? ProcessBraced(string name)
        {
            var op = Next();
            var modifier = CodePoints.ToText(op);
            switch (op)
            {
                case '}':
                    var value = GetEnv(name);
                    if (value is null && _options.SkipUnsetEnv)
                    {
                        return "${" + name + "}";
                    }

                    return value ?? string.Empty;
                case ':':
                    op = Next();
                    modifier += CodePoints.ToText(op);
                    return ProcessModifier(name, op, modifier, nullIsUnset: true);
                case '+' or '-' or '?' or '#' or '%':
                    return ProcessModifier(name, op, modifier, nullIsUnset: false);
                case '/':
                    return ProcessReplacement(name);
                default:
                    return Fail($"unsupported modifier ({modifier}) in substitution");
            }
        }

        /// <summary>
        /// <c>${name op word}</c> after <c>op</c> (<paramref name="modifier"/> is how it was written,
        /// with any <c>:</c>). Like BuildKit, any character after <c>:</c> gets its word read before it
        /// is rejected, so with <see cref="SkipUnsetEnv"/> an unset variable keeps even an invalid form.
        /// </summary>
        private string? ProcessModifier(string name, int op, string modifier, bool nullIsUnset)
        {
            // Pattern words keep their escapes so that the pattern can tell \* from *.
            var isPattern = op is '#' or '%';
            if (nullIsUnset && isPattern)
            {
                return Fail($"unsupported modifier ({modifier}) in substitution");
            }

            var word = ProcessStopOn('}', isPattern, null);
            if (word is null)
            {
                return Peek() == EndOfText ? Fail("syntax error: missing '}'") : null;
            }

            var value = GetEnv(name);
            if (value is null && _options.SkipUnsetEnv)
            {
                return "${" + name + modifier + word + "}";
            }

            var unsetOrNull = value is null || (nullIsUnset && value.Length == 0);
            switch (op)
            {
                case '-':
                    return unsetOrNull ? word : value;
                case '+':
                    return unsetOrNull ? string.Empty : word;
                case '?':
                    if (!unsetOrNull)
                    {
                        return value;
                    }

                    var defaultMessage = value is null ? "is not allowed to be unset" : "is not allowed to be empty";
                    return Fail($"{name}: {(word.Length == 0 ? defaultMessage : word)}");
                case '#' or '%':
                    // A doubled operator (## or %%) removes the longest match instead of the shortest.
                    var longest = word.Length > 0 && word[0] == op;
                    var pattern = longest ? word.Substring(1) : word;
                    string? error;
                    var trimmed = op == '#'
                        ? ShellPattern.TrimPrefix(pattern, value ?? string.Empty, longest, out error)
                        : ShellPattern.TrimSuffix(pattern, value ?? string.Empty, longest, out error);
                    return trimmed ?? Fail(error!);
                default:
                    return Fail($"unsupported modifier ({modifier}) in substitution");
            }
        }

        /// <summary><c>${name/pattern/replacement}</c> or <c>${name//pattern/replacement}</c> after the first <c>/</c>.</summary>
        private string? ProcessReplacement(string name)
        {
            var all = Peek() == '/';
            if (all)
            {
                Next();
            }

            var pattern = ProcessStopOn('/', rawEscapes: true, null);
            if (pattern is null)
            {
                return Peek() == EndOfText ? Fail("syntax error: missing '/' in ${}") : null;
            }

            var replacement = ProcessStopOn('}', rawEscapes: true, null);
            if (replacement is null)
            {
                return Peek() == EndOfText ? Fail("syntax error: missing '}'") : null;
            }

            var value = GetEnv(name);
            if (value is null && _options.SkipUnsetEnv)
            {
                // BuildKit writes a single slash here even for //.
                return "${" + name + "/" + pattern + "/" + replacement + "}";
            }

            return ShellPattern.Replace(pattern, value ?? string.Empty, replacement, all, out var error) ?? Fail(error!);
        }

        /// <summary>
        /// Reads a name: letters, digits and <c>_</c>; a leading digit reads only digits (<c>$10</c> is
        /// variable <c>10</c>), and a special parameter (<c>@ * # ? - $ ! 0</c>) is one character.
        /// </summary>
        private string ProcessName()
        {
            // The name is the source text read, as written: it is cut out of the source rather than rebuilt.
            var start = _position;
            while (Peek() != EndOfText)
            {
                var ch = Peek();
                if (_position == start && CodePoints.IsDigit(ch))
                {
                    while (CodePoints.IsDigit(Peek()))
                    {
                        Next();
                    }

                    return _source.Substring(start, _position - start);
                }

                if (_position == start && ch is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
                {
                    Next();
                    return CodePoints.ToText(ch);
                }

                if (!CodePoints.IsLetter(ch) && !CodePoints.IsDigit(ch) && ch != '_')
                {
                    break;
                }

                Next();
            }

            return _source.Substring(start, _position - start);
        }

        /// <summary>
        /// <c>&lt;&lt;</c> and the blanks after it stay together as one piece, so that a heredoc marker
        /// written <c>&lt;&lt; EOF</c> is one word.
        /// </summary>
        private string ProcessPossibleHeredoc()
        {
            var start = _position;
            Next();
            if (Peek() != '<')
            {
                return "<";
            }

            Next();
            while (Peek() is ' ' or '\t' or '\r')
            {
                Next();
            }

            return _source.Substring(start, _position - start);
        }

        private string? GetEnv(string name)
        {
            var value = _lookup(name);
            var names = value is null ? _unmatched ??= new List<string>() : _matched ??= new List<string>();
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            return value;
        }
    }

    /// <summary>Collects words: unquoted white space ends a word, quoted or escaped text never does.</summary>
    private sealed class WordSplitter
    {
        private readonly StringBuilder _buffer;
        private readonly List<string> _words = new();

        public WordSplitter(StringBuilder buffer)
        {
            _buffer = buffer;
        }

        public void AddChar(int ch)
        {
            if (CodePoints.IsSpace(ch))
            {
                EndWord();
            }
            else
            {
                CodePoints.Append(_buffer, ch);
            }
        }

        public void AddRawChar(int ch) => CodePoints.Append(_buffer, ch);

        public void AddText(string text)
        {
            for (var i = 0; i < text.Length;)
            {
                var ch = CodePoints.At(text, i);
                AddChar(ch);
                i += CodePoints.Width(ch);
            }
        }

        public void AddRawText(string text) => _buffer.Append(text);

        /// <summary>Ends the last word (which empties the shared buffer) and adds all words to <paramref name="words"/>.</summary>
        public void Finish(List<string> words)
        {
            EndWord();
            words.AddRange(_words);
        }

        // An empty word is never added, so "" between blanks gives no word.
        private void EndWord()
        {
            if (_buffer.Length > 0)
            {
                _words.Add(_buffer.ToString());
                _buffer.Clear();
            }
        }
    }
}
