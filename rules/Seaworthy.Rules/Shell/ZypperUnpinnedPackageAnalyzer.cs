using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2066: <c>zypper install</c> installs a package without a version constraint.</summary>
public sealed class ZypperUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2066",
        "zypper-unpinned-package",
        "zypper installs a package without a version",
        "zypper install '{0}' has no version: pin it as '{0}=<version>'",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2066"),
        new[] { "hadolint:DL3037" });

    // "=", "<", ">" constrain the version; "/" is a file, URL or path capability; ":" a pattern or product; "(" a capability.
    private static readonly char[] NotUnpinned = { '=', '<', '>', '/', ':', '(' };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        // "-t pattern", "-t product": the operands are not packages.
        if (PackageManagerQueries.GetSubcommand(c.Command, "zypper", PackageManagerQueries.ZypperOptions, "install", "in") is not { } arguments
            || (arguments.GetOption("t", "type") is { } type && type.Value != "package"))
        {
            return;
        }

        foreach (var (word, value) in PackageManagerQueries.Packages(arguments))
        {
            if (value.IndexOfAny(NotUnpinned) < 0 && !value.EndsWith(".rpm", StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(word.Span), value);
            }
        }
    });
}
