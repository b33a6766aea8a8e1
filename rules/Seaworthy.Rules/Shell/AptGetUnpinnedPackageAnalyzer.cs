using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2050: <c>apt-get install</c> installs a package without pinning its version.</summary>
public sealed class AptGetUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2050",
        "apt-get-unpinned-package",
        "apt-get installs a package without a version",
        "apt-get install '{0}' has no version: pin it as '{0}=<version>'",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2050"),
        new[] { "hadolint:DL3008" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "apt-get", PackageManagerQueries.AptGetOptions, "install") is not { } arguments)
        {
            return;
        }

        foreach (var (word, value) in PackageManagerQueries.Packages(arguments))
        {
            // "pkg=1.2", "pkg/bookworm-backports" (a release) and "./local.deb" or "/tmp/x.deb" (a file) say what is installed.
            if (value.IndexOf('=') < 0 && value.IndexOf('/') < 0 && !value.EndsWith(".deb", StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(word.Span), value);
            }
        }
    });
}
