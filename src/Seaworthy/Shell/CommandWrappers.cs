using System;
using System.Collections.Generic;

namespace Seaworthy.Shell;

/// <summary>
/// Commands that run another command given after their own options (<c>sudo -u app make</c>), and how to skip
/// them: which of their options take a value, how many operands come before the command (<c>gosu USER</c>),
/// whether <c>NAME=value</c> words set the command's environment, and which options mean no command is run.
/// </summary>
internal static class CommandWrappers
{
    private static readonly Dictionary<string, Wrapper> Table = new(StringComparer.Ordinal)
    {
        ["sudo"] = new("ugpChrtURTD", new[] { "user", "group", "host", "prompt", "close-from", "chdir", "chroot", "role", "type", "other-user", "command-timeout" }, "elvKV", new[] { "edit", "list", "validate", "remove-timestamp", "version", "help" }, 0, Assignments: true),
        ["doas"] = new("uC", Array.Empty<string>(), string.Empty, Array.Empty<string>(), 0, Assignments: false),
        ["env"] = new("uC", new[] { "unset", "chdir" }, "S", new[] { "split-string", "help", "version" }, 0, Assignments: true),
        ["command"] = new(string.Empty, Array.Empty<string>(), "vV", Array.Empty<string>(), 0, Assignments: false),
        ["builtin"] = new(string.Empty, Array.Empty<string>(), string.Empty, Array.Empty<string>(), 0, Assignments: false),
        ["exec"] = new("a", Array.Empty<string>(), string.Empty, Array.Empty<string>(), 0, Assignments: false),
        ["nice"] = new("n", new[] { "adjustment" }, string.Empty, new[] { "help", "version" }, 0, Assignments: false),
        ["ionice"] = new("cnp", new[] { "class", "classdata", "pid", "pgid", "uid" }, string.Empty, new[] { "help", "version" }, 0, Assignments: false),
        ["nohup"] = new(string.Empty, Array.Empty<string>(), string.Empty, new[] { "help", "version" }, 0, Assignments: false),
        ["time"] = new("fo", new[] { "format", "output" }, string.Empty, new[] { "help", "version" }, 0, Assignments: false),
        ["timeout"] = new("sk", new[] { "signal", "kill-after" }, string.Empty, new[] { "help", "version" }, 1, Assignments: false),
        ["stdbuf"] = new("ioe", new[] { "input", "output", "error" }, string.Empty, new[] { "help", "version" }, 0, Assignments: false),
        ["eatmydata"] = new(string.Empty, Array.Empty<string>(), string.Empty, Array.Empty<string>(), 0, Assignments: false),
        ["gosu"] = new(string.Empty, Array.Empty<string>(), string.Empty, Array.Empty<string>(), 1, Assignments: false),
        ["su-exec"] = new(string.Empty, Array.Empty<string>(), string.Empty, Array.Empty<string>(), 1, Assignments: false),
        ["xargs"] = new("adEILnPs", new[] { "arg-file", "delimiter", "eof", "replace", "max-lines", "max-args", "max-procs", "max-chars", "process-slot-var" }, string.Empty, new[] { "help", "version" }, 0, Assignments: false),
    };

    /// <summary>True when <paramref name="name"/> is one of the wrappers.</summary>
    public static bool IsWrapper(string name) => Table.ContainsKey(name);

    /// <summary>The last path segment of a command word's value: <c>apt-get</c> for <c>/usr/bin/apt-get</c>.</summary>
    public static string? BaseName(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var slash = value.LastIndexOf('/');
        return slash >= 0 && slash < value.Length - 1 ? value.Substring(slash + 1) : value;
    }

    public static Resolution Resolve(ShellCommand command)
    {
        // Every command keeps its resolution for the whole file: the lists are made only when a wrapper is
        // found, and the arguments are an array of their own size.
        var words = command.Words;
        List<ShellWord>? wrappers = null;
        List<ShellAssignment>? environment = null;
        var readsInput = false;
        var index = 0;
        while (index < words.Count && BaseName(words[index].Value) is { } name && Table.TryGetValue(name, out var wrapper))
        {
            var next = SkipOptions(words, index + 1, wrapper, name == "nice");
            if (next < 0)
            {
                break;
            }

            next += wrapper.Operands;
            while (wrapper.Assignments && next < words.Count && ShellAssignments.TrySplit(words[next], adopt: false) is { } assignment)
            {
                (environment ??= new List<ShellAssignment>(command.Assignments)).Add(assignment);
                next++;
            }

            if (next >= words.Count)
            {
                break;
            }

            (wrappers ??= new List<ShellWord>()).Add(words[index]);
            readsInput |= name == "xargs";
            index = next;
        }

        var nameWord = index < words.Count ? words[index] : null;
        var arguments = index + 1 < words.Count ? new ShellWord[words.Count - index - 1] : Array.Empty<ShellWord>();
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = words[index + 1 + i];
        }

        return new Resolution(
            wrappers?.ToArray() ?? Array.Empty<ShellWord>(), nameWord, BaseName(nameWord?.Value), arguments, environment?.ToArray() ?? command.Assignments, readsInput);
    }

    // Skips a wrapper's options the POSIX way (they end at the first operand, which belongs to the command);
    // returns the index after them, or -1 when an option means the wrapper runs no command.
    private static int SkipOptions(IReadOnlyList<ShellWord> words, int index, Wrapper wrapper, bool numericOptions)
    {
        while (index < words.Count)
        {
            var text = words[index].Value;
            if (text is null || text.Length < 2 || text[0] != '-')
            {
                return index;
            }

            index++;
            if (text == "--")
            {
                return index;
            }

            if (text[1] == '-')
            {
                var equals = text.IndexOf('=');
                var name = equals < 0 ? text.Substring(2) : text.Substring(2, equals - 2);
                if (Array.IndexOf(wrapper.LongStops, name) >= 0)
                {
                    return -1;
                }

                if (equals < 0 && Array.IndexOf(wrapper.LongWithValue, name) >= 0)
                {
                    index++;
                }

                continue;
            }

            // "nice -10 make": the adjustment written as an option.
            if (numericOptions && IsDigits(text, 1))
            {
                continue;
            }

            for (var k = 1; k < text.Length; k++)
            {
                if (wrapper.ShortStops.IndexOf(text[k]) >= 0)
                {
                    return -1;
                }

                if (wrapper.ShortWithValue.IndexOf(text[k]) >= 0)
                {
                    if (k == text.Length - 1)
                    {
                        index++;
                    }

                    break;
                }
            }
        }

        return index;
    }

    private static bool IsDigits(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    internal sealed record Resolution(
        IReadOnlyList<ShellWord> Wrappers,
        ShellWord? NameWord,
        string? Name,
        IReadOnlyList<ShellWord> Arguments,
        IReadOnlyList<ShellAssignment> Environment,
        bool ReadsInput);

    private sealed record Wrapper(string ShortWithValue, string[] LongWithValue, string ShortStops, string[] LongStops, int Operands, bool Assignments);
}
