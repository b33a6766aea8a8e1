using System;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Rules.Dockerfile;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>What the language package rules ask of a command: is it a pip, npm, gem or go install, and with which arguments.</summary>
public static class LanguagePackageQueries
{
    // pip's options that take a value (pip install, and the general options), with python's -m for 'python -m pip'.
    private static readonly ShellOptionSpec PipSpec = new(
        "mrceitfC",
        "requirement", "constraint", "editable", "index-url", "extra-index-url", "target", "find-links", "config-settings",
        "prefix", "root", "src", "platform", "python-version", "implementation", "abi", "upgrade-strategy", "no-binary",
        "only-binary", "global-option", "report", "progress-bar", "root-user-action", "trusted-host", "log", "proxy",
        "retries", "timeout", "exists-action", "cert", "client-cert", "cache-dir", "python", "keyring-provider", "group");

    /// <summary>
    /// The arguments of a <c>pip install</c>: <c>pip</c>, <c>pip3</c>, <c>pip3.12</c>, or <c>python -m pip</c> (any
    /// <c>python</c>, <c>python3</c>, <c>python3.12</c>). Null for any other command; <c>pipx</c> and <c>pipenv</c> are not pip.
    /// </summary>
    public static ShellArguments? GetPipInstallArguments(ShellCommand command)
    {
        if (command.Name is not { } name)
        {
            return null;
        }

        // The name first: every command of every RUN is asked, and few are pip.
        var isPython = IsVersioned(name, "python");
        if (!isPython && !IsVersioned(name, "pip"))
        {
            return null;
        }

        var arguments = command.GetArguments(PipSpec);
        if (isPython && arguments.GetOption("m") is not { Value: "pip" })
        {
            return null;
        }

        return arguments.Operands.Count > 0 && arguments.Operands[0].Value == "install" ? arguments : null;
    }

    /// <summary>True when <paramref name="name"/> is <paramref name="stem"/> followed by nothing or a version (<c>pip3</c>, <c>python3.12</c>).</summary>
    public static bool IsVersioned(string name, string stem)
    {
        if (!name.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = stem.Length; i < name.Length; i++)
        {
            if (!char.IsDigit(name[i]) && name[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The value the command sees for the environment variable <paramref name="name"/>: set before the command
    /// (<c>NAME=1 pip ...</c>, <c>env NAME=1 pip ...</c>), else by the last <c>export NAME=1</c> before it in the RUN,
    /// else by the stage (the last ENV or ARG before the RUN in its stage or the stages it is built on). Null when
    /// nothing sets it or the value is an expansion.
    /// </summary>
    public static string? GetEnvironmentValue(ShellCommandContext context, string name)
    {
        for (var i = context.Command.EnvironmentAssignments.Count - 1; i >= 0; i--)
        {
            var assignment = context.Command.EnvironmentAssignments[i];
            if (assignment.Name == name)
            {
                return assignment.Value.Value;
            }
        }

        if (ExportedBefore(context, name) is { } exported)
        {
            return exported.Length == 0 ? null : exported;
        }

        return context.State.Find(name) is { Kind: StageVariableKind.Environment or StageVariableKind.Argument, IsKnown: true, Value: { } value }
            ? value
            : null;
    }

    // The value of the last 'export NAME=value' before the command in its RUN ("" for one written with a variable).
    private static string? ExportedBefore(ShellCommandContext context, string name)
    {
        string? value = null;
        foreach (var command in context.Script.Commands)
        {
            if (command.Span.Start >= context.Command.Span.Start)
            {
                break;
            }

            if (command.Name != "export")
            {
                continue;
            }

            foreach (var argument in command.Arguments)
            {
                var prefix = argument.StaticPrefix;
                if (prefix.StartsWith(name + "=", StringComparison.Ordinal))
                {
                    value = argument.Value is { } text ? text.Substring(name.Length + 1) : string.Empty;
                }
            }
        }

        return value;
    }

    /// <summary>True when the RUN has a <c>--mount=type=cache</c> or <c>type=tmpfs</c> whose target <paramref name="isTarget"/> accepts.</summary>
    public static bool HasCacheMount(RunInstruction run, Func<string, bool> isTarget)
    {
        foreach (var flag in run.Flags)
        {
            if (flag.Name != "mount" || flag.Value is not { } value)
            {
                continue;
            }

            var isCache = false;
            string? target = null;
            foreach (var option in InstructionQueries.Unquote(value).Split(','))
            {
                var equals = option.IndexOf('=');
                var key = equals < 0 ? option : option.Substring(0, equals);
                var optionValue = equals < 0 ? string.Empty : option.Substring(equals + 1);
                if (key == "type")
                {
                    isCache = optionValue is "cache" or "tmpfs";
                }
                else if (key is "target" or "dst" or "destination")
                {
                    target = optionValue.TrimEnd('/');
                }
            }

            if (isCache && target is not null && isTarget(target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="value"/> starts with one of <paramref name="prefixes"/>.</summary>
    internal static bool StartsWithAny(string value, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="value"/> ends with one of <paramref name="suffixes"/>, ignoring case.</summary>
    internal static bool EndsWithAny(string value, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
