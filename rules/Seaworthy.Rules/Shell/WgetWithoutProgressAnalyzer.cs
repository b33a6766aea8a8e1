using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2076: wget prints its progress bar into the build log.</summary>
public sealed class WgetWithoutProgressAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2076",
        "wget-without-progress",
        "wget without --progress",
        "wget without --progress, -q or -nv fills the build log with progress output: add --progress=dot:giga or -nv",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2076"),
        new[] { "hadolint:DL3047" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    // wget's short options that take a value; '-n' does too ('-nv' is '-n v', no-verbose).
    private static readonly ShellOptionSpec Spec = new(
        "oaOPeTtwUiBlARDIXQn",
        "output-file", "append-output", "output-document", "directory-prefix", "execute", "timeout", "tries", "wait",
        "user-agent", "input-file", "base", "level", "accept", "reject", "domains", "include-directories",
        "exclude-directories", "quota", "header", "user", "password", "post-data", "post-file", "ca-certificate",
        "certificate", "private-key", "load-cookies", "save-cookies", "referer", "limit-rate", "method", "body-data");

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "wget" || c.Command.NameWord is not { } name || MayHoldOptions(c.Command.Arguments))
        {
            return;
        }

        var arguments = c.Command.GetArguments(Spec);
        if (arguments.HasOption("progress", "q", "quiet", "no-verbose", "o", "output-file", "a", "append-output"))
        {
            return;
        }

        foreach (var option in arguments.GetOptions("n"))
        {
            if (option.Value == "v")
            {
                return;
            }
        }

        // Unsafe: BusyBox's wget, Alpine's, knows no --progress and would fail the build.
        var fix = ShellFixes.InsertOptionAfter(c, name, "--progress=dot:giga", "Add --progress=dot:giga");
        FixReport.Report(c, Rule, c.GetLocation(name.Span), fix is null ? null : fix with { Safety = FixSafety.Unsafe });
    });

    // A word such as $WGET_OPTS may hold the options itself.
    private static bool MayHoldOptions(IReadOnlyList<ShellWord> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.HasExpansions && (argument.StaticPrefix.Length == 0 || argument.StaticPrefix[0] == '-'))
            {
                return true;
            }
        }

        return false;
    }
}
