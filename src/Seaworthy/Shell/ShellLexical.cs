using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Seaworthy.Shell;

/// <summary>Character classes of the shell grammar.</summary>
internal static class ShellChars
{
    public static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static bool IsNameChar(char c) => IsNameStart(c) || IsDigit(c);

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    // Blanks separate words; a carriage return counts as one so that Windows line endings in heredoc bodies do
    // not stick to the last word of a line.
    public static bool IsBlank(char c) => c is ' ' or '\t' or '\r';

    // Characters that end an unquoted word.
    public static bool IsWordDelimiter(char c) => c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')' or '<' or '>';

    // The one-character special parameters: $@ $* $# $? $- $$ $! $0.
    public static bool IsSpecialParameter(char c) => c is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0';
}

/// <summary>Splits <c>NAME=value</c> and <c>NAME+=value</c> words into assignments.</summary>
internal static class ShellAssignments
{
    /// <summary>
    /// The assignment a word spells, or null. With <paramref name="adopt"/> false the assignment is a view: the
    /// word's parts stay children of the word.
    /// </summary>
    public static ShellAssignment? TrySplit(ShellWord word, bool adopt)
    {
        if (word.Parts.Count == 0 || word.Parts[0] is not ShellLiteral { Kind: LiteralKind.Unquoted } literal || literal.Start != word.Start)
        {
            return null;
        }

        var text = word.Source.Text;
        var pos = literal.Start;
        if (pos >= literal.End || !ShellChars.IsNameStart(text[pos]))
        {
            return null;
        }

        pos++;
        while (pos < literal.End && ShellChars.IsNameChar(text[pos]))
        {
            pos++;
        }

        var nameEnd = pos;
        var isAppend = pos + 1 < literal.End && text[pos] == '+' && text[pos + 1] == '=';
        if (isAppend)
        {
            pos++;
        }

        if (pos >= literal.End || text[pos] != '=')
        {
            return null;
        }

        var valueStart = pos + 1;
        var parts = new List<ShellWordPart>(word.Parts.Count);
        if (valueStart < literal.End)
        {
            parts.Add(new ShellLiteral(word.Source, valueStart, literal.End, LiteralKind.Unquoted));
        }

        for (var i = 1; i < word.Parts.Count; i++)
        {
            parts.Add(word.Parts[i]);
        }

        var value = new ShellWord(word.Source, valueStart, word.End, parts, adopt);
        return new ShellAssignment(word.Source, word.Start, word.End, text.Substring(word.Start, nameEnd - word.Start), isAppend, value, null, adopt);
    }
}

/// <summary>Decodes the escapes of bash's <c>$'...'</c> strings.</summary>
internal static class AnsiC
{
    public static string Decode(string text, int start, int end, List<int>? starts, List<int>? ends)
    {
        var builder = new StringBuilder(end - start);
        var i = start;
        while (i < end)
        {
            var escapeStart = i;
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                Add(builder, c.ToString(), escapeStart, i + 1, starts, ends);
                i++;
                continue;
            }

            var next = text[i + 1];
            i += 2;
            string decoded;
            switch (next)
            {
                case 'n': decoded = "\n"; break;
                case 't': decoded = "\t"; break;
                case 'r': decoded = "\r"; break;
                case 'a': decoded = "\a"; break;
                case 'b': decoded = "\b"; break;
                case 'f': decoded = "\f"; break;
                case 'v': decoded = "\v"; break;
                case 'e' or 'E': decoded = "\u001b"; break;
                case '\\' or '\'' or '"' or '?': decoded = next.ToString(); break;
                case 'x':
                    decoded = ReadNumber(text, ref i, end, 16, 2) is { } hex ? ((char)hex).ToString() : "\\x";
                    break;
                case 'u' or 'U':
                    decoded = ReadNumber(text, ref i, end, 16, next == 'u' ? 4 : 8) is { } code && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)
                        ? char.ConvertFromUtf32(code)
                        : "\\" + next;
                    break;
                case >= '0' and <= '7':
                    i--;
                    decoded = ((char)(ReadNumber(text, ref i, end, 8, 3) ?? 0)).ToString();
                    break;
                case 'c' when i < end:
                    decoded = ((char)(text[i] & 0x1F)).ToString();
                    i++;
                    break;
                default:
                    decoded = "\\" + next;
                    break;
            }

            Add(builder, decoded, escapeStart, i, starts, ends);
        }

        return builder.ToString();
    }

    private static int? ReadNumber(string text, ref int pos, int end, int radix, int maxDigits)
    {
        var value = 0;
        var digits = 0;
        while (digits < maxDigits && pos < end && DigitValue(text[pos], radix) is { } digit)
        {
            value = (value * radix) + digit;
            digits++;
            pos++;
        }

        return digits == 0 ? null : value;
    }

    private static int? DigitValue(char c, int radix)
    {
        var value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => 99,
        };
        return value < radix ? value : null;
    }

    private static void Add(StringBuilder builder, string decoded, int from, int to, List<int>? starts, List<int>? ends)
    {
        builder.Append(decoded);
        for (var k = 0; k < decoded.Length; k++)
        {
            starts?.Add(from);
            ends?.Add(to);
        }
    }
}

/// <summary>What a shell's command line says: its options, and whether the script comes from <c>-c</c>, a file or standard input.</summary>
/// <param name="Options">The options set by <c>-e</c>, <c>-o pipefail</c> and the like.</param>
/// <param name="HasCommandString">True with <c>-c</c>: the first operand is the script.</param>
/// <param name="ReadsStandardInput">True with <c>-s</c>: the script is read from standard input even with operands.</param>
/// <param name="FirstOperand">The index of the first argument after the options.</param>
internal readonly record struct ShellInvocation(ShellOptions Options, bool HasCommandString, bool ReadsStandardInput, int FirstOperand)
{
    /// <summary>True when the shell reads its script from standard input.</summary>
    public bool ReadsScriptFromInput(int argumentCount) => !HasCommandString && (ReadsStandardInput || FirstOperand >= argumentCount);
}

/// <summary>Reads <c>set</c> arguments and shell command lines (<c>bash -eo pipefail -c</c>).</summary>
internal static class ShellFlags
{
    /// <summary>The options after <c>set</c> with <paramref name="arguments"/> ran (an argument that is not static stops the reading).</summary>
    public static ShellOptions ApplySet(IReadOnlyList<string?> arguments, ShellOptions options) =>
        Read(arguments, options, isInvocation: false).Options;

    /// <summary>Reads the arguments a shell was started with (everything after its own path).</summary>
    public static ShellInvocation ReadInvocation(IReadOnlyList<string?> arguments) => Read(arguments, ShellOptions.None, isInvocation: true);

    private static ShellInvocation Read(IReadOnlyList<string?> arguments, ShellOptions options, bool isInvocation)
    {
        var hasCommandString = false;
        var readsInput = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var text = arguments[i];
            if (text is null)
            {
                return new ShellInvocation(options, hasCommandString, readsInput, i);
            }

            if (text is "--" or "-")
            {
                return new ShellInvocation(options, hasCommandString, readsInput, i + 1);
            }

            if (isInvocation && text.StartsWith("--", StringComparison.Ordinal))
            {
                // bash's long options; two of them take a file name.
                if (text is "--rcfile" or "--init-file")
                {
                    i++;
                }

                continue;
            }

            if (text.Length < 2 || (text[0] != '-' && text[0] != '+'))
            {
                return new ShellInvocation(options, hasCommandString, readsInput, i);
            }

            var enable = text[0] == '-';
            for (var k = 1; k < text.Length; k++)
            {
                switch (text[k])
                {
                    case 'o':
                        if (i + 1 < arguments.Count)
                        {
                            options = Set(options, ByName(arguments[++i]), enable);
                        }

                        break;
                    case 'O' when isInvocation:
                        i++;
                        break;
                    case 'c' when isInvocation:
                        hasCommandString = true;
                        break;
                    case 's' when isInvocation:
                        readsInput = true;
                        break;
                    default:
                        options = Set(options, ByLetter(text[k]), enable);
                        break;
                }
            }
        }

        return new ShellInvocation(options, hasCommandString, readsInput, arguments.Count);
    }

    private static ShellOptions Set(ShellOptions options, ShellOptions option, bool enable) => enable ? options | option : options & ~option;

    private static ShellOptions ByLetter(char letter) => letter switch
    {
        'e' => ShellOptions.Errexit,
        'u' => ShellOptions.Nounset,
        'x' => ShellOptions.Xtrace,
        _ => ShellOptions.None,
    };

    private static ShellOptions ByName(string? name) => name switch
    {
        "errexit" => ShellOptions.Errexit,
        "nounset" => ShellOptions.Nounset,
        "pipefail" => ShellOptions.Pipefail,
        "xtrace" => ShellOptions.Xtrace,
        _ => ShellOptions.None,
    };

    /// <summary>The static values of <paramref name="words"/> (null where a word holds an expansion).</summary>
    public static IReadOnlyList<string?> Values(IReadOnlyList<ShellWord> words)
    {
        var values = new string?[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            values[i] = words[i].Value;
        }

        return values;
    }

    /// <summary>The interpreter name a path stands for: lower case, directory and <c>.exe</c> removed.</summary>
    public static string InterpreterName(string path)
    {
        // Windows paths (C:\Windows\System32\cmd.exe) use backslashes.
        var nameStart = path.Length;
        while (nameStart > 0 && path[nameStart - 1] is not ('/' or '\\'))
        {
            nameStart--;
        }

        var name = path.Substring(nameStart).ToLower(CultureInfo.InvariantCulture);
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
    }
}
