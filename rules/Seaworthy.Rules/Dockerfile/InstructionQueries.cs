using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// Questions the Dockerfile rules ask of one instruction: the sources and destination of COPY and ADD, the
/// stage a <c>--from</c> names, the instruction an ONBUILD wraps, exact spans inside arguments and flag
/// values, and whether flags are ones BuildKit accepts (with its "did you mean").
/// </summary>
internal static class InstructionQueries
{
    // A git address in scp form (git@github.com:org/repo.git), which BuildKit's ADD clones.
    private static readonly Regex ScpLikeAddress = new(@"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:", RegexOptions.CultureInvariant);

    // A layer as `docker history` writes it (ADD file:<sha256> in /), which Trivy scans as a Dockerfile.
    private static readonly Regex HistoryLayerSource = new("^(?:file|multi|dir):[0-9a-f]{64}$", RegexOptions.CultureInvariant);

    // The first WORKDIR of each file, found once per file: a fragment of many COPYs stays linear.
    private static readonly LastKeyMemo<DockerfileModel, WorkdirInstruction?> FirstWorkdir = new(FindFirstWorkdir);

    /// <summary>How a flag takes its value, as BuildKit's flag parser (<c>instructions/bflag.go</c>) declares it.</summary>
    public enum FlagKind
    {
        /// <summary><c>--name=value</c>, once.</summary>
        String,

        /// <summary><c>--name=value</c>, any number of times.</summary>
        Strings,

        /// <summary><c>--name</c>, <c>--name=true</c> or <c>--name=false</c>, once.</summary>
        Bool,
    }

    /// <summary>True when a WORKDIR comes before <paramref name="instruction"/> in the file (for fragments without FROM, which have no stage state).</summary>
    public static bool WorkdirBefore(DockerfileModel dockerfile, Instruction instruction) =>
        FirstWorkdir.Get(dockerfile) is { } first && first.Span.Start < instruction.Span.Start;

    /// <summary>
    /// <paramref name="instruction"/> as a <typeparamref name="T"/>, or the instruction it wraps when it is an
    /// ONBUILD of a <typeparamref name="T"/>; null otherwise.
    /// </summary>
    public static T? Unwrap<T>(Instruction instruction)
        where T : Instruction =>
        instruction as T ?? (instruction as OnbuildInstruction)?.Trigger as T;

    /// <summary>The sources and destination of a COPY or ADD, or null when it has fewer than two arguments.</summary>
    public static CopyOperands? Operands(Instruction copyOrAdd)
    {
        var arguments = copyOrAdd.Arguments;
        if (arguments.Count < 2)
        {
            return null;
        }

        var sources = new InstructionArgument[arguments.Count - 1];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = arguments[i];
        }

        return new CopyOperands(sources, arguments[arguments.Count - 1]);
    }

    /// <summary>
    /// True for the sources of an image's history (<c>file:&lt;digest&gt; in /dest</c>): a layer already built,
    /// which names no file of a build context.
    /// </summary>
    public static bool IsHistoryLayer(CopyOperands operands) =>
        HistoryLayerSource.IsMatch(operands.Sources[0].Value)
        && (operands.Sources.Count == 1 || (operands.Sources.Count == 2 && operands.Sources[1].Value == "in"));

    /// <summary>True when a COPY or ADD argument is a heredoc (<c>&lt;&lt;EOF</c>): an inline file, not a path.</summary>
    public static bool IsHeredoc(InstructionArgument argument)
    {
        // BuildKit's heredoc word is ^(\d*)<<(-?)\s*([^<]*)$; only the start matters here, read by hand rather than
        // by a regular expression because it is asked of every COPY and ADD argument.
        var value = argument.Value;
        var i = 0;
        while (i < value.Length && value[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i + 1 < value.Length && value[i] == '<' && value[i + 1] == '<';
    }

    /// <summary>A path with the quotes around it dropped, as hadolint and BuildKit's shell-form split leave them.</summary>
    public static string Unquote(string raw) => raw.Trim('"', '\'');

    /// <summary>True for a source ADD downloads or clones: an http(s), git or ssh URL, or a git address in scp form.</summary>
    public static bool IsRemote(string source) =>
        source.IndexOf("://", StringComparison.Ordinal) > 0 || ScpLikeAddress.IsMatch(source);

    /// <summary>True for a path that is the root directory: <c>/</c>, <c>//</c>, <c>/.</c>, <c>/./</c>.</summary>
    public static bool IsRoot(string path)
    {
        if (path.Length == 0 || path[0] != '/')
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length > 0 && segment != ".")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The stage a <c>COPY --from</c> value names, the way BuildKit resolves it: a number is a stage index,
    /// anything else a stage name compared case-insensitively (the last stage of that name, when a name
    /// is used twice). Null when no stage of the file has that name or index (BuildKit then pulls it as an
    /// image).
    /// </summary>
    public static BuildStage? FindStage(DockerfileModel model, string reference)
    {
        if (IsDigits(reference))
        {
            return int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < model.Stages.Count
                ? model.Stages[index]
                : null;
        }

        for (var i = model.Stages.Count - 1; i >= 0; i--)
        {
            if (string.Equals(model.Stages[i].Name, reference, StringComparison.OrdinalIgnoreCase))
            {
                return model.Stages[i];
            }
        }

        return null;
    }

    /// <summary>How messages name a stage: <c>stage 'build'</c>, or <c>stage 2</c> when it has no name.</summary>
    public static string Describe(BuildStage stage) => stage.Name is null ? stage.DisplayName : $"stage '{stage.Name}'";

    /// <summary>True when <paramref name="text"/> is one or more ASCII digits.</summary>
    public static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>
    /// Where a flag's value is written: the text after <c>=</c> when the flag is written without quotes or
    /// escapes, otherwise the whole flag.
    /// </summary>
    public static TextSpan ValueSpan(InstructionFlag flag, SourceText text)
    {
        var written = text.Text.Substring(flag.Span.Start, flag.Span.Length);
        if (flag.Value is { Length: > 0 } value && string.Equals(written, flag.Text, StringComparison.Ordinal))
        {
            return TextSpan.FromBounds(flag.Span.End - value.Length, flag.Span.End);
        }

        return flag.Span;
    }

    /// <summary>
    /// The file span of the characters <paramref name="start"/> to <paramref name="end"/> of a piece of
    /// <paramref name="instruction"/> whose file span is <paramref name="piece"/> (an argument or a value),
    /// exact even when the piece continues over a line break.
    /// </summary>
    public static TextSpan SubSpan(Instruction instruction, TextSpan piece, int start, int end)
    {
        var line = instruction.Line;

        // File offsets grow with the joined text's offsets, so a binary search finds where the piece starts.
        int low = 0, high = line.Text.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (line.ToSourceOffset(mid) < piece.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return line.ToSourceSpan(low + start, low + end);
    }

    /// <summary>
    /// What BuildKit's flag parser rejects in <paramref name="instruction"/>'s flags, given the flags it
    /// declares: unknown names (with BuildKit's "did you mean"), missing or non-boolean values, and a
    /// flag given twice that may only be given once.
    /// </summary>
    public static IEnumerable<(InstructionFlag Flag, string Message)> FlagProblems(Instruction instruction, IReadOnlyDictionary<string, FlagKind> known) =>
        instruction.Flags.Count == 0 ? Array.Empty<(InstructionFlag, string)>() : FlagProblemsIn(instruction, known);

    // Most instructions have no flags: they are spared the iterator and its set.
    private static IEnumerable<(InstructionFlag Flag, string Message)> FlagProblemsIn(Instruction instruction, IReadOnlyDictionary<string, FlagKind> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flag in instruction.Flags)
        {
            var name = flag.Name;
            var written = "--" + name;
            if (!known.TryGetValue(name, out var kind))
            {
                var suggestion = Suggest(name, known.Keys, caseSensitive: true);
                yield return (flag, $"unknown flag: {written}" + (suggestion is null ? string.Empty : $" (did you mean {suggestion}?)"));
                continue;
            }

            if (!seen.Add(name) && kind != FlagKind.Strings)
            {
                yield return (flag, $"duplicate flag specified: {written}");
                continue;
            }

            var value = flag.Value;
            if (kind == FlagKind.Bool)
            {
                if (value is { Length: 0 })
                {
                    yield return (flag, $"missing a value on flag: {written}");
                }
                else if (value is not null && !value.Equals("true", StringComparison.OrdinalIgnoreCase) && !value.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    yield return (flag, $"expecting boolean value for flag {written}, not: {value}");
                }
            }
            else if (value is null)
            {
                yield return (flag, $"missing a value on flag: {written}");
            }
        }
    }

    /// <summary>
    /// The option closest to <paramref name="value"/> by edit distance, if fewer than 3 edits away, in the
    /// case <paramref name="value"/> is written in (BuildKit's <c>util/suggest</c>); null when none is close
    /// or the value is itself an option.
    /// </summary>
    public static string? Suggest(string value, IEnumerable<string> options, bool caseSensitive)
    {
        var comparable = caseSensitive ? value : value.ToLowerInvariant();
        string? match = null;
        var best = 3;
        foreach (var option in options)
        {
            var candidate = caseSensitive ? option : option.ToLowerInvariant();
            if (string.Equals(comparable, candidate, StringComparison.Ordinal))
            {
                return null;
            }

            var distance = StageQueries.EditDistance(comparable, candidate);
            if (distance < best)
            {
                best = distance;
                match = caseSensitive ? candidate : MatchCase(candidate, value);
            }
        }

        return match;
    }

    private static string MatchCase(string option, string written)
    {
        if (string.Equals(written, written.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return option.ToLowerInvariant();
        }

        return string.Equals(written, written.ToUpperInvariant(), StringComparison.Ordinal) ? option.ToUpperInvariant() : option;
    }

    private static WorkdirInstruction? FindFirstWorkdir(DockerfileModel dockerfile)
    {
        foreach (var instruction in dockerfile.Syntax.Instructions)
        {
            if (instruction is WorkdirInstruction workdir)
            {
                return workdir;
            }
        }

        return null;
    }
}

/// <summary>The arguments of a COPY or ADD: every source, raw, and the destination, raw.</summary>
internal sealed record CopyOperands(IReadOnlyList<InstructionArgument> Sources, InstructionArgument Destination);
