using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary><c>FROM [--platform=...] image [AS name]</c>.</summary>
public sealed class FromInstruction : Instruction
{
    internal FromInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <summary>The image reference as written (variables not expanded), or null when missing.</summary>
    public InstructionArgument? Image => Arguments.Count > 0 ? Arguments[0] : null;

    /// <summary>The stage name after <c>AS</c> as written, or null.</summary>
    public InstructionArgument? StageName =>
        Arguments.Count == 3 && string.Equals(Arguments[1].Value, "as", StringComparison.OrdinalIgnoreCase) ? Arguments[2] : null;

    /// <summary>The <c>--platform</c> flag, or null.</summary>
    public InstructionFlag? Platform => GetFlag("platform");
}

/// <summary>An instruction whose argument is a command: exec form (JSON) or shell form.</summary>
public abstract class CommandInstruction : Instruction
{
    private protected CommandInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>RUN</c>.</summary>
public sealed class RunInstruction : CommandInstruction
{
    internal RunInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>CMD</c>.</summary>
public sealed class CmdInstruction : CommandInstruction
{
    internal CmdInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>ENTRYPOINT</c>.</summary>
public sealed class EntrypointInstruction : CommandInstruction
{
    internal EntrypointInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>SHELL ["executable", "parameters"]</c>.</summary>
public sealed class ShellInstruction : CommandInstruction
{
    internal ShellInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary>An instruction made of key/value pairs: ENV or LABEL.</summary>
public abstract class KeyValueInstruction : Instruction
{
    private protected KeyValueInstruction(InstructionParts parts)
        : base(parts)
    {
        Pairs = parts.Pairs;
    }

    /// <summary>The pairs in order, raw (quotes and escapes kept).</summary>
    public IReadOnlyList<KeyValueSyntax> Pairs { get; }
}

/// <summary><c>ENV key=value ...</c> or the legacy <c>ENV key value</c>.</summary>
public sealed class EnvInstruction : KeyValueInstruction
{
    internal EnvInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>LABEL key=value ...</c>.</summary>
public sealed class LabelInstruction : KeyValueInstruction
{
    internal LabelInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>ARG name[=default] ...</c>.</summary>
public sealed class ArgInstruction : Instruction
{
    internal ArgInstruction(InstructionParts parts)
        : base(parts)
    {
        Declarations = parts.ArgDeclarations;
    }

    /// <summary>The declared names with their raw defaults.</summary>
    public IReadOnlyList<ArgDeclaration> Declarations { get; }
}

/// <summary>One name of an ARG; <see cref="DefaultValue"/> is raw (quotes kept) or null when none is given.</summary>
public sealed record ArgDeclaration(string Name, string? DefaultValue, TextSpan NameSpan, TextSpan? DefaultValueSpan);

/// <summary><c>USER user[:group]</c>.</summary>
public sealed class UserInstruction : Instruction
{
    internal UserInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <summary>The user (and group) as written, or null when missing.</summary>
    public InstructionArgument? User => Arguments.Count > 0 ? Arguments[0] : null;
}

/// <summary><c>WORKDIR path</c>.</summary>
public sealed class WorkdirInstruction : Instruction
{
    internal WorkdirInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>HEALTHCHECK [options] CMD command</c> or <c>HEALTHCHECK NONE</c>.</summary>
public sealed class HealthcheckInstruction : Instruction
{
    internal HealthcheckInstruction(InstructionParts parts)
        : base(parts)
    {
    }

    /// <summary>The type word (<c>CMD</c>, <c>NONE</c>) as written, or null when missing.</summary>
    public InstructionArgument? Type => Arguments.Count > 0 ? Arguments[0] : null;

    /// <summary>True for <c>HEALTHCHECK NONE</c>: the image's health check is switched off on purpose.</summary>
    public bool IsNone => Type is { } type && string.Equals(type.Value, "none", StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>EXPOSE port[/protocol] ...</c>.</summary>
public sealed class ExposeInstruction : Instruction
{
    internal ExposeInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>COPY</c>.</summary>
public sealed class CopyInstruction : Instruction
{
    internal CopyInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>ADD</c>.</summary>
public sealed class AddInstruction : Instruction
{
    internal AddInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>VOLUME</c>.</summary>
public sealed class VolumeInstruction : Instruction
{
    internal VolumeInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>MAINTAINER</c> (deprecated).</summary>
public sealed class MaintainerInstruction : Instruction
{
    internal MaintainerInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>STOPSIGNAL</c>.</summary>
public sealed class StopsignalInstruction : Instruction
{
    internal StopsignalInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}

/// <summary><c>ONBUILD instruction</c>: a trigger that runs in builds based on this image.</summary>
public sealed class OnbuildInstruction : Instruction
{
    internal OnbuildInstruction(InstructionParts parts)
        : base(parts)
    {
        Trigger = parts.Trigger;
    }

    /// <summary>The wrapped instruction, or null when ONBUILD has no argument.</summary>
    public Instruction? Trigger { get; }
}

/// <summary>A keyword BuildKit does not know; a build would fail with "unknown instruction".</summary>
public sealed class UnknownInstruction : Instruction
{
    internal UnknownInstruction(InstructionParts parts)
        : base(parts)
    {
    }
}
