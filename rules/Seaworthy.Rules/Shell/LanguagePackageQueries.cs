using System;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>What the language package rules ask of a command: is it a pip, npm, gem or go install, and with which arguments.</summary>
internal static class LanguagePackageQueries
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

        var arguments = command.GetArguments(PipSpec);
        if (IsVersioned(name, "python"))
        {
            if (arguments.GetOption("m") is not { Value: "pip" })
            {
                return null;
            }
        }
        else if (!IsVersioned(name, "pip"))
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
}
