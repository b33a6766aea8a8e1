using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// Questions the Dockerfile rules ask of one instruction: the sources and destination of COPY and ADD, the
/// stage a <c>--from</c> names, the instruction an ONBUILD wraps, and exact spans inside arguments and flag
/// values.
/// </summary>
internal static class InstructionQueries
{
    // BuildKit's heredoc word: ^(\d*)<<(-?)\s*([^<]*)$ (only the start matters here).
    private static readonly Regex HeredocWord = new(@"^[0-9]*<<", RegexOptions.CultureInvariant);

    // A git address in scp form (git@github.com:org/repo.git), which BuildKit's ADD clones.
    private static readonly Regex ScpLikeAddress = new(@"^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:", RegexOptions.CultureInvariant);

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

    /// <summary>True when a COPY or ADD argument is a heredoc (<c>&lt;&lt;EOF</c>): an inline file, not a path.</summary>
    public static bool IsHeredoc(InstructionArgument argument) => HeredocWord.IsMatch(argument.Value);

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
}

/// <summary>The arguments of a COPY or ADD: every source, raw, and the destination, raw.</summary>
internal sealed record CopyOperands(IReadOnlyList<InstructionArgument> Sources, InstructionArgument Destination);
