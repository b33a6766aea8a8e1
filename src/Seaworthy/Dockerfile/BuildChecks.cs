using System;
using System.Collections.Generic;

namespace Seaworthy.Dockerfile;

/// <summary>
/// BuildKit's build-check configuration of one Dockerfile, by check name (<c>JSONArgsRecommended</c>): the header
/// directive <c># check=skip=A,B|all;error=true;experimental=C|all</c> for the whole file, and a
/// <c># check=skip=...</c> comment above an instruction for that instruction only. Check names are case-sensitive,
/// as in BuildKit; an invalid directive, which BuildKit refuses, configures nothing. The engine applies it to the
/// rules whose equivalents name BuildKit checks.
/// </summary>
internal sealed class BuildChecks
{
    /// <summary>No directive: nothing skipped, raised or switched on.</summary>
    public static readonly BuildChecks None = new(CheckOptions.Empty, Array.Empty<(int, int, CheckOptions)>());

    private readonly CheckOptions _file;
    private readonly IReadOnlyList<(int FirstLine, int LastLine, CheckOptions Options)> _instructions;

    private BuildChecks(CheckOptions file, IReadOnlyList<(int FirstLine, int LastLine, CheckOptions Options)> instructions)
    {
        _file = file;
        _instructions = instructions;
    }

    /// <summary>Reads the file's <c>check</c> directive and the <c>check=</c> comments above instructions.</summary>
    public static BuildChecks Read(DockerfileSyntax syntax)
    {
        var file = CheckOptions.Empty;
        foreach (var directive in syntax.Directives)
        {
            if (directive.Name == "check")
            {
                file = CheckOptions.Parse(directive.Value) ?? CheckOptions.Empty;
                break;
            }
        }

        var instructions = new List<(int, int, CheckOptions)>();
        foreach (var instruction in syntax.Instructions)
        {
            // BuildKit reads the first check comment above the instruction and ignores it when it is invalid.
            foreach (var comment in instruction.Comments)
            {
                if (CheckOptions.ValueOfComment(comment) is { } value)
                {
                    if (CheckOptions.Parse(value) is { } options)
                    {
                        instructions.Add((instruction.StartLine, instruction.EndLine, options));
                    }

                    break;
                }
            }
        }

        return file.IsEmpty && instructions.Count == 0 ? None : new BuildChecks(file, instructions);
    }

    /// <summary>True when the file has no <c>check</c> directive or comment.</summary>
    public bool IsEmpty => _file.IsEmpty && _instructions.Count == 0;

    /// <summary>True under <c>error=true</c>, which fails a BuildKit build on any check.</summary>
    public bool RaisesToErrors => _file.Error;

    /// <summary>True when <c>experimental=</c> names <paramref name="check"/> or is <c>all</c>.</summary>
    public bool IsSwitchedOn(string check) => _file.ExperimentalAll || _file.Experimental.Contains(check);

    /// <summary>True when <c>skip=</c>, for the file or for the instruction that covers <paramref name="line"/>, skips <paramref name="check"/>.</summary>
    public bool IsSkipped(string check, int line)
    {
        if (_file.Skips(check))
        {
            return true;
        }

        foreach (var (first, last, options) in _instructions)
        {
            if (line >= first && line <= last && options.Skips(check))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One parsed <c>check</c> value.</summary>
    private sealed class CheckOptions
    {
        public static readonly CheckOptions Empty = new();

        private static readonly char[] Blanks = { ' ', '\t' };

        private static readonly char[] PartSeparator = { ';' };

        public bool SkipAll { get; private set; }

        public HashSet<string> Skip { get; } = new(StringComparer.Ordinal);

        public bool ExperimentalAll { get; private set; }

        public HashSet<string> Experimental { get; } = new(StringComparer.Ordinal);

        public bool Error { get; private set; }

        public bool IsEmpty => !SkipAll && Skip.Count == 0 && !ExperimentalAll && Experimental.Count == 0 && !Error;

        public bool Skips(string check) => SkipAll || Skip.Contains(check);

        // The value of a comment "check=skip=A" (the text after '#'), matched like a directive: key, blanks, '=', a value.
        public static string? ValueOfComment(string comment)
        {
            var equals = comment.IndexOf('=');
            if (equals < 0 || !string.Equals(comment.Substring(0, equals).Trim(), "check", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var value = comment.Substring(equals + 1).Trim();
            return value.Length == 0 ? null : value;
        }

        // "skip=A,B|all;error=true;experimental=C|all"; only the first blank-separated token counts, and
        // BuildKit splits into at most three parts, so a fourth ';' makes the last value invalid.
        public static CheckOptions? Parse(string value)
        {
            var token = value.Trim().Split(Blanks, 2)[0];
            var options = new CheckOptions();
            if (token.Length == 0)
            {
                return options;
            }

            foreach (var part in token.Split(PartSeparator, 3))
            {
                var equals = part.IndexOf('=');
                if (equals < 0)
                {
                    return null;
                }

                var key = part.Substring(0, equals).Trim();
                var setting = part.Substring(equals + 1).Trim();
                switch (key)
                {
                    case "skip":
                        options.SkipAll = setting == "all" || options.SkipAll;
                        AddNames(options.Skip, setting);
                        break;
                    case "experimental":
                        options.ExperimentalAll = setting == "all" || options.ExperimentalAll;
                        AddNames(options.Experimental, setting);
                        break;
                    case "error":
                        if (ParseBool(setting) is not { } error)
                        {
                            return null;
                        }

                        options.Error = error;
                        break;
                    default:
                        return null;
                }
            }

            return options;
        }

        private static void AddNames(HashSet<string> names, string list)
        {
            if (list == "all")
            {
                return;
            }

            foreach (var name in list.Split(','))
            {
                names.Add(name.Trim());
            }
        }

        // Go's strconv.ParseBool.
        private static bool? ParseBool(string text) => text switch
        {
            "1" or "t" or "T" or "true" or "TRUE" or "True" => true,
            "0" or "f" or "F" or "false" or "FALSE" or "False" => false,
            _ => null,
        };
    }
}
