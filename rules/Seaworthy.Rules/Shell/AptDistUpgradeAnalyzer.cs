using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2090: <c>apt-get dist-upgrade</c> (or <c>apt full-upgrade</c>) upgrades the whole distribution in a build.</summary>
public sealed class AptDistUpgradeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2090",
        "apt-dist-upgrade",
        "apt-get dist-upgrade in a build",
        "{0} {1} upgrades the whole distribution to whatever the repositories hold: use a newer base image, or install or upgrade the packages you need",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2090"),
        new[] { "trivy:DS024" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        var name = c.Command.Name;
        if (name is "apt-get" or "apt" or "aptitude"
            && PackageManagerQueries.GetSubcommand(c.Command, name, PackageManagerQueries.AptGetOptions, "dist-upgrade", "full-upgrade") is { } arguments)
        {
            var subcommand = PackageManagerQueries.SubcommandWord(arguments);
            c.Report(Rule, c.GetLocation(subcommand.Span), name, subcommand.Value);
        }
    });
}
