using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2056: <c>apk add</c> without <c>--no-cache</c> keeps the package index in the image.</summary>
public sealed class ApkMissingNoCacheAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2056",
        "apk-missing-no-cache",
        "apk add without --no-cache",
        "apk add without --no-cache keeps the package index in the image: add --no-cache",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2056"),
        new[] { "hadolint:DL3019", "trivy:DS025" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "apk", PackageManagerQueries.ApkOptions, "add") is not { } arguments
            || c.Command.NameWord is not { } name
            || arguments.HasOption("no-cache")
            || PackageManagerQueries.HasDynamicOption(arguments)
            || PackageManagerQueries.HasCacheMount(c.Instruction, "/var/cache/apk", "/etc/apk/cache"))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.InsertOptionAfter(c, PackageManagerQueries.SubcommandWord(arguments), "--no-cache", "Add --no-cache"));
    });
}
