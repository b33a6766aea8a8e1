using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2057: <c>yum install</c> without <c>-y</c>, so it stops to ask for confirmation.</summary>
public sealed class YumMissingYesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2057",
        "yum-missing-yes",
        "yum install without -y",
        "yum install without -y asks for confirmation, which fails a build: add -y",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2057"),
        new[] { "hadolint:DL3030" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetRpmInstall(c.Command, "yum", out _, out _) is not { } arguments
            || c.Command.NameWord is not { } name
            || arguments.HasOption("y", "assumeyes")
            || PackageManagerQueries.HasDynamicOption(arguments))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.InsertOptionAfter(c, name, "-y", "Add -y"));
    });
}
