using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2055: <c>apk add</c> installs a package without pinning its version.</summary>
public sealed class ApkUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2055",
        "apk-unpinned-package",
        "apk adds a package without a version",
        "apk add '{0}' has no version: pin it as '{0}=<version>'",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2055"),
        new[] { "hadolint:DL3018" });

    private static readonly char[] Constraints = { '=', '<', '>', '~' };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "apk", PackageManagerQueries.ApkOptions, "add") is not { } arguments)
        {
            return;
        }

        foreach (var (word, value) in PackageManagerQueries.Packages(arguments))
        {
            // "curl=8.9.1-r0", "curl~8.9", "curl>8" constrain the version; "./tool.apk" is a file.
            if (value.IndexOfAny(Constraints) < 0 && !value.EndsWith(".apk", StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(word.Span), value);
            }
        }
    });
}
