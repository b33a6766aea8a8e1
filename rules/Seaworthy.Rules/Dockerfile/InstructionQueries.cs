using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// Questions the Dockerfile rules ask of one instruction: the sources and destination of COPY and ADD,
/// and the instruction an ONBUILD wraps.
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
}

/// <summary>The arguments of a COPY or ADD: every source, raw, and the destination, raw.</summary>
internal sealed record CopyOperands(IReadOnlyList<InstructionArgument> Sources, InstructionArgument Destination);
