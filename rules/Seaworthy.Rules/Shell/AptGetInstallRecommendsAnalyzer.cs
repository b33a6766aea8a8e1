using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2052: <c>apt-get install</c> without <c>--no-install-recommends</c> also installs recommended packages.</summary>
public sealed class AptGetInstallRecommendsAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2052",
        "apt-get-install-recommends",
        "apt-get install without --no-install-recommends",
        "apt-get install without --no-install-recommends also installs every recommended package: add --no-install-recommends",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2052"),
        new[] { "hadolint:DL3015", "trivy:DS029" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "apt-get", PackageManagerQueries.AptGetOptions, "install") is not { } arguments
            || c.Command.NameWord is not { } name
            || SkipsRecommends(arguments)
            || PackageManagerQueries.HasDynamicOption(arguments))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.InsertOptionAfter(c, PackageManagerQueries.SubcommandWord(arguments), "--no-install-recommends", "Add --no-install-recommends"));
    });

    private static bool SkipsRecommends(ShellArguments arguments)
    {
        foreach (var option in arguments.Options)
        {
            if (option.Name == "no-install-recommends")
            {
                return true;
            }

            if (option.Name == "o" && option.Value is { } setting
                && (setting.Equals("APT::Install-Recommends=false", StringComparison.OrdinalIgnoreCase)
                    || setting.Equals("APT::Install-Recommends=0", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
