using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2060: <c>dnf install</c> or <c>microdnf install</c> without <c>-y</c>, so it stops to ask for confirmation.</summary>
public sealed class DnfMissingYesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2060",
        "dnf-missing-yes",
        "dnf install without -y",
        "{0} install without -y asks for confirmation, which fails a build: add -y",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2060"),
        new[] { "hadolint:DL3038" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name is not ("dnf" or "microdnf") || c.Command.NameWord is not { } name
            || PackageManagerQueries.GetRpmInstall(c.Command, c.Command.Name, out _, out _) is not { } arguments
            || arguments.HasOption("y", "assumeyes")
            || PackageManagerQueries.HasDynamicOption(arguments))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.InsertOptionAfter(c, name, "-y", "Add -y"), c.Command.Name);
    });
}
