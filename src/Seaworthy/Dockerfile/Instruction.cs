using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>The instruction keywords BuildKit knows, and <see cref="Unknown"/> for any other word.</summary>
public enum InstructionKind
{
    /// <summary>A word BuildKit does not know (kept, as BuildKit's parser keeps it).</summary>
    Unknown,

    /// <summary><c>ADD</c></summary>
    Add,

    /// <summary><c>ARG</c></summary>
    Arg,

    /// <summary><c>CMD</c></summary>
    Cmd,

    /// <summary><c>COPY</c></summary>
    Copy,

    /// <summary><c>ENTRYPOINT</c></summary>
    Entrypoint,

    /// <summary><c>ENV</c></summary>
    Env,

    /// <summary><c>EXPOSE</c></summary>
    Expose,

    /// <summary><c>FROM</c></summary>
    From,

    /// <summary><c>HEALTHCHECK</c></summary>
    Healthcheck,

    /// <summary><c>LABEL</c></summary>
    Label,

    /// <summary><c>MAINTAINER</c></summary>
    Maintainer,

    /// <summary><c>ONBUILD</c></summary>
    Onbuild,

    /// <summary><c>RUN</c></summary>
    Run,

    /// <summary><c>SHELL</c></summary>
    Shell,

    /// <summary><c>STOPSIGNAL</c></summary>
    Stopsignal,

    /// <summary><c>USER</c></summary>
    User,

    /// <summary><c>VOLUME</c></summary>
    Volume,

    /// <summary><c>WORKDIR</c></summary>
    Workdir,
}

/// <summary>
/// One Dockerfile instruction as BuildKit's parser sees it: the keyword as written, the flags, the raw
/// argument nodes, heredocs, and exact spans. Subclasses add typed views for each keyword.
/// </summary>
public abstract class Instruction
{
    private protected Instruction(InstructionParts parts)
    {
        Keyword = parts.Keyword;
        Kind = parts.Kind;
        Span = parts.Span;
        KeywordSpan = parts.KeywordSpan;
        Flags = parts.Flags;
        Arguments = parts.Arguments;
        ArgumentsSpan = parts.ArgumentsSpan;
        ArgumentsLineStart = parts.ArgumentsLineStart;
        ArgumentsLineEnd = parts.ArgumentsLineEnd;
        IsJsonForm = parts.IsJsonForm;
        Heredocs = parts.Heredocs;
        Comments = parts.Comments;
        Line = parts.Line;
        StartLine = parts.StartLine;
        EndLine = parts.EndLine;
        Index = parts.Index;
    }

    /// <summary>The keyword exactly as written (<c>FROM</c>, <c>from</c>, <c>From</c>...).</summary>
    public string Keyword { get; }

    /// <summary>Which instruction this is.</summary>
    public InstructionKind Kind { get; }

    /// <summary>From the keyword to the end of the last line it occupies (continuations and heredocs included).</summary>
    public TextSpan Span { get; }

    /// <summary>The keyword.</summary>
    public TextSpan KeywordSpan { get; }

    /// <summary>The leading <c>--name=value</c> flags.</summary>
    public IReadOnlyList<InstructionFlag> Flags { get; }

    /// <summary>The argument nodes in BuildKit's raw form (see each subclass for typed views).</summary>
    public IReadOnlyList<InstructionArgument> Arguments { get; }

    /// <summary>The text after the keyword and flags, trimmed: what the arguments were parsed from.</summary>
    public TextSpan ArgumentsSpan { get; }

    /// <summary>Where the arguments start in <see cref="Line"/>'s text (the joined-text twin of <see cref="ArgumentsSpan"/>).</summary>
    public int ArgumentsLineStart { get; }

    /// <summary>Where the arguments end in <see cref="Line"/>'s text.</summary>
    public int ArgumentsLineEnd { get; }

    /// <summary>True when the arguments were a JSON array of strings (exec form).</summary>
    public bool IsJsonForm { get; }

    /// <summary>The heredocs, in the order their bodies follow the instruction.</summary>
    public IReadOnlyList<Heredoc> Heredocs { get; }

    /// <summary>The comment lines since the previous instruction (text after <c>#</c>, trimmed).</summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>The instruction's text with continuation lines joined, mapped back to the file.</summary>
    public LogicalLine Line { get; }

    /// <summary>The 1-based line of the keyword.</summary>
    public int StartLine { get; }

    /// <summary>The 1-based last line the instruction occupies.</summary>
    public int EndLine { get; }

    // Its place in DockerfileSyntax.Instructions (-1 for an ONBUILD's trigger): what a model keeps per instruction is
    // an array indexed by it, not a dictionary of 100,000 instructions hashed by reference.
    internal int Index { get; }

    /// <summary>The flag named <paramref name="name"/> (without dashes, case-sensitive as BuildKit), or null.</summary>
    public InstructionFlag? GetFlag(string name)
    {
        foreach (var flag in Flags)
        {
            if (string.Equals(flag.Name, name, StringComparison.Ordinal))
            {
                return flag;
            }
        }

        return null;
    }

    internal static Instruction Create(InstructionParts parts) => parts.Kind switch
    {
        InstructionKind.From => new FromInstruction(parts),
        InstructionKind.Run => new RunInstruction(parts),
        InstructionKind.Cmd => new CmdInstruction(parts),
        InstructionKind.Entrypoint => new EntrypointInstruction(parts),
        InstructionKind.Shell => new ShellInstruction(parts),
        InstructionKind.Env => new EnvInstruction(parts),
        InstructionKind.Label => new LabelInstruction(parts),
        InstructionKind.Arg => new ArgInstruction(parts),
        InstructionKind.User => new UserInstruction(parts),
        InstructionKind.Workdir => new WorkdirInstruction(parts),
        InstructionKind.Healthcheck => new HealthcheckInstruction(parts),
        InstructionKind.Expose => new ExposeInstruction(parts),
        InstructionKind.Copy => new CopyInstruction(parts),
        InstructionKind.Add => new AddInstruction(parts),
        InstructionKind.Volume => new VolumeInstruction(parts),
        InstructionKind.Maintainer => new MaintainerInstruction(parts),
        InstructionKind.Stopsignal => new StopsignalInstruction(parts),
        InstructionKind.Onbuild => new OnbuildInstruction(parts),
        _ => new UnknownInstruction(parts),
    };
}

/// <summary>What the parser gathered for one instruction, handed to the typed constructors.</summary>
internal readonly record struct InstructionParts(
    string Keyword,
    InstructionKind Kind,
    TextSpan Span,
    TextSpan KeywordSpan,
    IReadOnlyList<InstructionFlag> Flags,
    IReadOnlyList<InstructionArgument> Arguments,
    TextSpan ArgumentsSpan,
    int ArgumentsLineStart,
    int ArgumentsLineEnd,
    bool IsJsonForm,
    IReadOnlyList<Heredoc> Heredocs,
    IReadOnlyList<string> Comments,
    LogicalLine Line,
    int StartLine,
    int EndLine,
    IReadOnlyList<KeyValueSyntax> Pairs,
    IReadOnlyList<ArgDeclaration> ArgDeclarations,
    Instruction? Trigger)
{
    /// <summary>The instruction's place in its file's list of instructions; -1 for the trigger of an ONBUILD.</summary>
    public int Index { get; init; } = -1;
}

/// <summary>
/// A <c>key=value</c> pair of ENV or LABEL, or the one pair of the legacy <c>KEY value</c> form.
/// Key and value are raw: quotes and escapes are still in them.
/// </summary>
public sealed record KeyValueSyntax(string Key, string Value, TextSpan KeySpan, TextSpan ValueSpan, bool IsLegacyForm);
