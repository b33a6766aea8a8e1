using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2062: <c>dnf install</c> or <c>microdnf install</c> installs a package without pinning its version.</summary>
public sealed class DnfUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2062",
        "dnf-unpinned-package",
        "dnf installs a package without a version",
        "{0} install '{1}' has no version: pin it as '{1}-<version>' (a module as '{1}:<stream>')",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2062"),
        new[] { "hadolint:DL3041" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name is not ("dnf" or "microdnf")
            || PackageManagerQueries.GetDnfInstall(c.Command, c.Command.Name, out var packagesFrom, out var isModule) is not { } arguments)
        {
            return;
        }

        foreach (var (word, value) in PackageManagerQueries.UnpinnedRpmPackages(arguments, packagesFrom, isModule))
        {
            c.Report(Rule, c.GetLocation(word.Span), c.Command.Name, value);
        }

        foreach (var (word, value) in PackageManagerQueries.PinnedFromOtherStage(c, arguments, packagesFrom))
        {
            c.Report(Rule, c.GetLocation(word.Span), c.Command.Name, value);
        }
    });
}
