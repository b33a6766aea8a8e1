using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2059: <c>yum install</c> installs a package without pinning its version.</summary>
public sealed class YumUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2059",
        "yum-unpinned-package",
        "yum installs a package without a version",
        "yum install '{0}' has no version: pin it as '{0}-<version>' (a module as '{0}:<stream>')",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2059"),
        new[] { "hadolint:DL3033" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetRpmInstall(c.Command, "yum", out var packagesFrom, out var isModule) is not { } arguments)
        {
            return;
        }

        foreach (var (word, value) in PackageManagerQueries.UnpinnedRpmPackages(arguments, packagesFrom, isModule))
        {
            c.Report(Rule, c.GetLocation(word.Span), value);
        }

        foreach (var (word, value) in PackageManagerQueries.PinnedFromOtherStage(c, arguments, packagesFrom))
        {
            c.Report(Rule, c.GetLocation(word.Span), value);
        }
    });
}
