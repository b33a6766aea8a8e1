using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2074: go install, get or run fetches a module without a version, so each build may get a different one.</summary>
public sealed class GoInstallUnpinnedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2074",
        "go-install-unpinned",
        "go install of a module without a version",
        "go {0} fetches '{1}' without a fixed version: pin it ('{2}@v1.2.3')",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2074"),
        new[] { "hadolint:DL3062" });

    // The go build flags that take a value in the next word (Go flags have one dash and may also be written -flag=value).
    private static readonly string[] FlagsWithValue =
    {
        "C", "o", "p", "asmflags", "buildmode", "buildvcs", "compiler", "covermode", "coverpkg", "exec", "gccgoflags",
        "gcflags", "installsuffix", "ldflags", "mod", "modfile", "overlay", "pgo", "pkgdir", "tags", "toolexec",
    };

    // Versions that move: the module query words, not versions.
    private static readonly string[] MovingVersions = { "latest", "none", "upgrade", "patch" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        var arguments = c.Command.Arguments;
        if (c.Command.Name != "go" || arguments.Count == 0 || arguments[0].Value is not { } subcommand || subcommand is not ("install" or "get" or "run"))
        {
            return;
        }

        // 'go get -tool' records a tool in go.mod: its operands are modules, never the standard library.
        var isTool = subcommand == "get" && HasToolFlag(arguments);
        for (var i = 1; i < arguments.Count; i++)
        {
            if (arguments[i].Value is not { } word)
            {
                // A package written with a variable may carry its version in the variable.
                if (subcommand == "run")
                {
                    return;
                }
            }
            else if (word.StartsWith("-", StringComparison.Ordinal))
            {
                var name = word.TrimStart('-');
                if (name.IndexOf('=') < 0 && Array.IndexOf(FlagsWithValue, name) >= 0)
                {
                    i++;
                }
            }
            else
            {
                if (!IsPinnedOrLocal(word, isTool))
                {
                    c.Report(Rule, c.GetLocation(arguments[i].Span), subcommand, word, ModulePath(word));
                }

                // go run takes one package; the words after it are the program's arguments.
                if (subcommand == "run")
                {
                    return;
                }
            }
        }
    });

    private static bool HasToolFlag(IReadOnlyList<ShellWord> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value is "-tool" or "--tool")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPinnedOrLocal(string package, bool isTool)
    {
        var at = package.LastIndexOf('@');
        if (at >= 0)
        {
            return at < package.Length - 1 && Array.IndexOf(MovingVersions, package.Substring(at + 1)) < 0;
        }

        if (isTool)
        {
            return package.StartsWith(".", StringComparison.Ordinal) || package.StartsWith("/", StringComparison.Ordinal);
        }

        // A module path starts with a domain ('github.com/...'); anything else is a local path, a file or the standard library.
        var slash = package.IndexOf('/');
        var first = slash < 0 ? package : package.Substring(0, slash);
        return package.StartsWith(".", StringComparison.Ordinal) || package.StartsWith("/", StringComparison.Ordinal) || first.IndexOf('.') < 0
            || package.EndsWith(".go", StringComparison.Ordinal);
    }

    private static string ModulePath(string package)
    {
        var at = package.LastIndexOf('@');
        return at < 0 ? package : package.Substring(0, at);
    }
}
