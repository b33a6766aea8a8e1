using System;
using System.Collections.Generic;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>
/// BuildKit's build-check configuration of one Dockerfile, applied to the rules whose equivalents name
/// BuildKit checks (<c>buildkit:JSONArgsRecommended</c>): the header directive
/// <c># check=skip=A,B|all;error=true;experimental=C|all</c> for the whole file, and a <c># check=skip=...</c>
/// comment above an instruction for that instruction only.
/// </summary>
/// <remarks>
/// As in BuildKit, skipping concerns only checks that run by default: a rule that is off by default (BuildKit's
/// experimental checks) is switched on for the file by <c>experimental=</c> and is not affected by <c>skip=</c>.
/// <c>error=true</c>, which fails a BuildKit build on any check, raises those rules' findings to errors.
/// An invalid directive, which BuildKit refuses, configures nothing.
/// </remarks>
internal sealed class BuildChecks
{
    private const string Tool = "buildkit:";

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

    /// <summary>True when <c>experimental=</c> switches on <paramref name="rule"/>, which is off by default.</summary>
    public bool Enables(RuleDescriptor rule) =>
        !rule.EnabledByDefault && (_file.ExperimentalAll ? HasCheck(rule) : Names(rule, _file.Experimental));

    /// <summary>True when <c>skip=</c>, for the file or the instruction at <paramref name="location"/>, skips <paramref name="rule"/>.</summary>
    public bool IsSkipped(RuleDescriptor rule, Location location)
    {
        if (!rule.EnabledByDefault)
        {
            return false;
        }

        if (_file.Skips(rule))
        {
            return true;
        }

        foreach (var (first, last, options) in _instructions)
        {
            if (location.Line >= first && location.Line <= last && options.Skips(rule))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The severity of <paramref name="rule"/>'s findings in this file: an error under <c>error=true</c>.</summary>
    public Severity SeverityOf(RuleDescriptor rule) =>
        _file.Error && HasCheck(rule) ? Severity.Error : rule.DefaultSeverity;

    private static bool HasCheck(RuleDescriptor rule)
    {
        foreach (var equivalent in rule.Equivalents)
        {
            if (equivalent.StartsWith(Tool, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(RuleDescriptor rule, HashSet<string> checks)
    {
        if (checks.Count == 0)
        {
            return false;
        }

        foreach (var equivalent in rule.Equivalents)
        {
            if (equivalent.StartsWith(Tool, StringComparison.Ordinal) && checks.Contains(equivalent.Substring(Tool.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One parsed <c>check</c> value; check names are case-sensitive, as in BuildKit.</summary>
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

        public bool Skips(RuleDescriptor rule) => SkipAll ? HasCheck(rule) : Names(rule, Skip);

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
