using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Shell;

/// <summary>Which options of a command take a value, for <see cref="ShellCommand.GetArguments"/>.</summary>
public sealed class ShellOptionSpec
{
    private readonly string _shortWithValue;
    private readonly HashSet<string> _longWithValue;

    /// <summary>Creates a spec: <paramref name="shortOptionsWithValue"/> lists the letters that take a value (<c>"ot"</c>), <paramref name="longOptionsWithValue"/> the long names without dashes.</summary>
    public ShellOptionSpec(string shortOptionsWithValue, params string[] longOptionsWithValue)
    {
        _shortWithValue = shortOptionsWithValue;
        _longWithValue = new HashSet<string>(longOptionsWithValue, StringComparer.Ordinal);
    }

    /// <summary>No option takes a value.</summary>
    public static ShellOptionSpec None { get; } = new(string.Empty);

    /// <summary>
    /// True when options end at the first operand, as POSIX getopt (and commands that run another command, such
    /// as <c>sh -c</c>) do; false (the default) lets options follow operands, as GNU getopt does.
    /// </summary>
    public bool StopAtFirstOperand { get; init; }

    /// <summary>True when the short option <paramref name="option"/> takes a value.</summary>
    public bool TakesValue(char option) => _shortWithValue.IndexOf(option) >= 0;

    /// <summary>True when the long option <paramref name="name"/> (without dashes) takes a value.</summary>
    public bool TakesValue(string name) => _longWithValue.Contains(name);
}

/// <summary>One option found on a command line.</summary>
public sealed class ShellOption
{
    internal ShellOption(string name, bool isLong, ShellWord word, TextSpan span, string? value, ShellWord? valueWord, TextSpan? valueSpan, bool isDynamic)
    {
        Name = name;
        IsLong = isLong;
        Word = word;
        Span = span;
        Value = value;
        ValueWord = valueWord;
        ValueSpan = valueSpan;
        IsDynamic = isDynamic;
    }

    /// <summary>The name without dashes: <c>y</c>, <c>no-install-recommends</c>.</summary>
    public string Name { get; }

    /// <summary>True for <c>--name</c>.</summary>
    public bool IsLong { get; }

    /// <summary>The word the option is in.</summary>
    public ShellWord Word { get; }

    /// <summary>
    /// The characters that name the option: <c>--name</c>, or <c>-x</c> for the first letter of a word and the
    /// letter alone for the others of a cluster (<c>-x</c>, <c>z</c>, <c>f</c> in <c>-xzf</c>).
    /// </summary>
    public TextSpan Span { get; }

    /// <summary>The value (attached or the next word), or null when there is none or it holds an expansion.</summary>
    public string? Value { get; }

    /// <summary>The separate word that gave the value (<c>-o file</c>), or null.</summary>
    public ShellWord? ValueWord { get; }

    /// <summary>Where the value is, or null when there is none.</summary>
    public TextSpan? ValueSpan { get; }

    /// <summary>True when the option's value is given (attached or in the next word).</summary>
    public bool HasValue => ValueSpan is not null;

    /// <summary>True when the option's word holds an expansion: its value, or more letters, are only known when the shell runs.</summary>
    public bool IsDynamic { get; }
}

/// <summary>A command's arguments read as options and operands (see <see cref="ShellCommand.GetArguments"/>).</summary>
public sealed class ShellArguments
{
    // The name of each short option that is an ASCII character, made once instead of once per option read.
    private static readonly string[] AsciiLetters = CreateAsciiLetters();

    private ShellArguments(IReadOnlyList<ShellOption> options, IReadOnlyList<ShellWord> operands)
    {
        Options = options;
        Operands = operands;
    }

    /// <summary>The options in order.</summary>
    public IReadOnlyList<ShellOption> Options { get; }

    /// <summary>The operands (positional arguments) in order: <c>install</c>, <c>curl</c> for <c>apt-get -y install curl</c>.</summary>
    public IReadOnlyList<ShellWord> Operands { get; }

    /// <summary>True when any of <paramref name="names"/> (without dashes: <c>"y"</c>, <c>"yes"</c>) is given.</summary>
    public bool HasOption(params string[] names) => GetOption(names) is not null;

    /// <summary>The last of the options named <paramref name="names"/> (the one that wins), or null.</summary>
    public ShellOption? GetOption(params string[] names)
    {
        for (var i = Options.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(names, Options[i].Name) >= 0)
            {
                return Options[i];
            }
        }

        return null;
    }

    /// <summary>Every option named by one of <paramref name="names"/>, in order (for options given more than once).</summary>
    public IReadOnlyList<ShellOption> GetOptions(params string[] names)
    {
        var found = new List<ShellOption>();
        foreach (var option in Options)
        {
            if (Array.IndexOf(names, option.Name) >= 0)
            {
                found.Add(option);
            }
        }

        return found;
    }

    internal static ShellArguments Parse(IReadOnlyList<ShellWord> words, ShellOptionSpec spec)
    {
        var options = new List<ShellOption>();
        var operands = new List<ShellWord>();
        var endOfOptions = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var value = word.Value;
            var isDynamic = value is null;
            var text = value ?? word.StaticPrefix;
            if (endOfOptions || text.Length < 2 || text[0] != '-')
            {
                operands.Add(word);
                endOfOptions |= spec.StopAtFirstOperand;
                continue;
            }

            if (text == "--" && !isDynamic)
            {
                endOfOptions = true;
                continue;
            }

            if (text[1] == '-')
            {
                i = ReadLong(words, i, text, isDynamic, spec, options, operands);
            }
            else
            {
                i = ReadShortCluster(words, i, text, isDynamic, spec, options);
            }
        }

        return new ShellArguments(options, operands);
    }

    private static int ReadLong(IReadOnlyList<ShellWord> words, int i, string text, bool isDynamic, ShellOptionSpec spec, List<ShellOption> options, List<ShellWord> operands)
    {
        var word = words[i];
        var equals = text.IndexOf('=');
        var name = equals < 0 ? text.Substring(2) : text.Substring(2, equals - 2);
        if (name.Length == 0)
        {
            // "--$X": the option is only known when the shell runs.
            operands.Add(word);
            return i;
        }

        var nameSpan = word.GetValueSpan(0, 2 + name.Length);
        if (equals >= 0)
        {
            var valueSpan = isDynamic
                ? TextSpan.FromBounds(word.GetValueSpan(equals + 1, equals + 1).Start, word.Span.End)
                : word.GetValueSpan(equals + 1, text.Length);
            options.Add(new ShellOption(name, true, word, nameSpan, isDynamic ? null : text.Substring(equals + 1), null, valueSpan, isDynamic));
            return i;
        }

        if (!isDynamic && spec.TakesValue(name) && i + 1 < words.Count)
        {
            var valueWord = words[i + 1];
            options.Add(new ShellOption(name, true, word, nameSpan, valueWord.Value, valueWord, valueWord.Span, valueWord.Value is null));
            return i + 1;
        }

        options.Add(new ShellOption(name, true, word, nameSpan, null, null, null, isDynamic));
        return i;
    }

    private static string[] CreateAsciiLetters()
    {
        var letters = new string[128];
        for (var c = 0; c < letters.Length; c++)
        {
            letters[c] = ((char)c).ToString();
        }

        return letters;
    }

    private static string LetterName(char letter) => letter < AsciiLetters.Length ? AsciiLetters[letter] : letter.ToString();

    private static int ReadShortCluster(IReadOnlyList<ShellWord> words, int i, string text, bool isDynamic, ShellOptionSpec spec, List<ShellOption> options)
    {
        var word = words[i];
        for (var k = 1; k < text.Length; k++)
        {
            var letter = text[k];
            // A lone "-y" is the whole word: its span needs no map of the word's characters to the file.
            var span = k == 1 && text.Length == 2 && !isDynamic ? word.Span
                : k == 1 ? word.GetValueSpan(0, 2)
                : word.GetValueSpan(k, k + 1);

            if (!spec.TakesValue(letter))
            {
                options.Add(new ShellOption(LetterName(letter), false, word, span, null, null, null, isDynamic && k == text.Length - 1));
                continue;
            }

            if (k + 1 < text.Length || isDynamic)
            {
                var valueSpan = isDynamic
                    ? TextSpan.FromBounds(word.GetValueSpan(k + 1, k + 1).Start, word.Span.End)
                    : word.GetValueSpan(k + 1, text.Length);
                options.Add(new ShellOption(LetterName(letter), false, word, span, isDynamic ? null : text.Substring(k + 1), null, valueSpan, isDynamic));
                return i;
            }

            if (i + 1 < words.Count)
            {
                var valueWord = words[i + 1];
                options.Add(new ShellOption(LetterName(letter), false, word, span, valueWord.Value, valueWord, valueWord.Span, valueWord.Value is null));
                return i + 1;
            }

            options.Add(new ShellOption(LetterName(letter), false, word, span, null, null, null, false));
            return i;
        }

        return i;
    }
}
