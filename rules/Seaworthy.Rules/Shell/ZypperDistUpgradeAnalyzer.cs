using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2064: <c>zypper dist-upgrade</c> upgrades the whole distribution in a build.</summary>
public sealed class ZypperDistUpgradeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2064",
        "zypper-dist-upgrade",
        "zypper dist-upgrade in a build",
        "zypper {0} upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or update the packages you need",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2064"),
        new[] { "hadolint:DL3035" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "zypper", PackageManagerQueries.ZypperOptions, "dist-upgrade", "dup") is { } arguments)
        {
            var subcommand = PackageManagerQueries.SubcommandWord(arguments);
            c.Report(Rule, c.GetLocation(subcommand.Span), subcommand.Value);
        }
    });
}
