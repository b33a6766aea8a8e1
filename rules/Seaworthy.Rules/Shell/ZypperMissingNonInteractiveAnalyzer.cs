using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2063: a zypper command that changes packages runs without <c>-n</c>, so it stops to ask for confirmation.</summary>
public sealed class ZypperMissingNonInteractiveAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2063",
        "zypper-missing-non-interactive",
        "zypper without --non-interactive",
        "zypper {0} without -n asks for confirmation, which fails a build: use 'zypper -n {0}'",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2063"),
        new[] { "hadolint:DL3034" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "zypper", PackageManagerQueries.ZypperOptions, "install", "in", "remove", "rm", "patch", "source-install", "si") is not { } arguments
            || c.Command.NameWord is not { } name
            || arguments.HasOption("n", "non-interactive", "y", "no-confirm")
            || PackageManagerQueries.HasDynamicOption(arguments))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.InsertOptionAfter(c, name, "-n", "Add -n"), PackageManagerQueries.Subcommand(arguments));
    });
}
