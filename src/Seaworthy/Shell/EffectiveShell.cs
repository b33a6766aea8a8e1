using System;
using System.Collections.Generic;
using Seaworthy.Dockerfile;

namespace Seaworthy.Shell;

/// <summary>The family of a shell, which decides whether shell rules apply to what it runs.</summary>
public enum ShellKind
{
    /// <summary>sh, bash, dash, ash, ksh, mksh or zsh: the parser understands its scripts.</summary>
    Posix,

    /// <summary>PowerShell (<c>powershell</c>, <c>pwsh</c>): shell rules are skipped.</summary>
    PowerShell,

    /// <summary>Windows <c>cmd</c>: shell rules are skipped.</summary>
    Cmd,

    /// <summary>Anything else (fish, python...): shell rules are skipped.</summary>
    Other,
}

/// <summary>
/// The shell a shell-form RUN runs with: <c>/bin/sh -c</c>, or what the last SHELL instruction of the stage (or
/// of the stage it is built on) says.
/// </summary>
public sealed class EffectiveShell
{
    private static readonly string[] PosixShells = { "sh", "bash", "dash", "ash", "ksh", "mksh", "zsh" };

    private EffectiveShell(IReadOnlyList<string> commandLine, ShellInstruction? declaration)
    {
        CommandLine = commandLine;
        Declaration = declaration;
        var index = 0;
        var name = commandLine.Count > 0 ? ShellFlags.InterpreterName(commandLine[0]) : string.Empty;

        // "/usr/bin/env bash -c" and "busybox sh -c": the interpreter is the first word that is not an option
        // (or, for env, a NAME=value).
        if (name is "env" or "busybox")
        {
            var next = 1;
            while (next < commandLine.Count && (commandLine[next].StartsWith("-", StringComparison.Ordinal) || commandLine[next].IndexOf('=') >= 0))
            {
                next++;
            }

            if (next < commandLine.Count)
            {
                index = next;
                name = ShellFlags.InterpreterName(commandLine[next]);
            }
        }

        Name = name;
        Kind = name switch
        {
            "powershell" or "pwsh" => ShellKind.PowerShell,
            "cmd" => ShellKind.Cmd,
            _ => Array.IndexOf(PosixShells, name) >= 0 ? ShellKind.Posix : ShellKind.Other,
        };

        var arguments = new List<string?>();
        for (var i = index + 1; i < commandLine.Count; i++)
        {
            arguments.Add(commandLine[i]);
        }

        Options = Kind == ShellKind.Posix ? ShellFlags.ReadInvocation(arguments).Options : ShellOptions.None;
    }

    /// <summary>The default on Linux: <c>["/bin/sh", "-c"]</c>.</summary>
    public static EffectiveShell Default { get; } = new(new[] { "/bin/sh", "-c" }, null);

    /// <summary>The default on Windows: <c>["cmd", "/S", "/C"]</c>.</summary>
    public static EffectiveShell WindowsDefault { get; } = new(new[] { "cmd", "/S", "/C" }, null);

    /// <summary>The command line the RUN text is appended to.</summary>
    public IReadOnlyList<string> CommandLine { get; }

    /// <summary>The interpreter's name: lower case, without directory or <c>.exe</c> (<c>sh</c>, <c>bash</c>, <c>pwsh</c>, <c>cmd</c>).</summary>
    public string Name { get; }

    /// <summary>The shell's family.</summary>
    public ShellKind Kind { get; }

    /// <summary>
    /// The options its command line sets (<c>pipefail</c> for <c>["/bin/bash", "-o", "pipefail", "-c"]</c>,
    /// <c>errexit</c> for <c>-e</c>). A shell that lacks the option fails the build, so when the command line sets
    /// it, it is in effect for every RUN that runs.
    /// </summary>
    public ShellOptions Options { get; }

    /// <summary>The SHELL instruction that set it, or null for a default.</summary>
    public ShellInstruction? Declaration { get; }

    /// <summary>True for a POSIX-family shell: shell rules apply to what it runs.</summary>
    public bool SupportsShellRules => Kind == ShellKind.Posix;

    /// <summary>The shell a SHELL instruction sets, or null when its arguments are not a non-empty JSON array (BuildKit rejects those).</summary>
    public static EffectiveShell? FromInstruction(ShellInstruction instruction)
    {
        if (!instruction.IsJsonForm || instruction.Arguments.Count == 0)
        {
            return null;
        }

        var commandLine = new string[instruction.Arguments.Count];
        for (var i = 0; i < commandLine.Length; i++)
        {
            commandLine[i] = instruction.Arguments[i].Value;
        }

        return new EffectiveShell(commandLine, instruction);
    }
}
