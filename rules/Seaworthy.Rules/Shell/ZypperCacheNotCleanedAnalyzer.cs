using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2065: <c>zypper install</c> (or <c>patch</c>, <c>source-install</c>, <c>remove</c>) leaves its cache in the image layer.</summary>
public sealed class ZypperCacheNotCleanedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2065",
        "zypper-cache-not-cleaned",
        "zypper cache left in the image",
        "zypper {0} leaves its cache in the image: run 'zypper clean --all' later in the same RUN",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2065"),
        new[] { "hadolint:DL3036", "trivy:DS020" })
    {
        FixSafety = FixSafety.Safe,
    };

    private static readonly string[] CacheDirectories = { "/var/cache/zypp" };

    private static readonly string[] CleanSubcommands = { "clean", "cc" };

    // The subcommands that download packages, and remove: it downloads no package, but resolves its dependencies
    // against the repositories' metadata, which zypper refreshes into its cache first.
    private static readonly string[] InstallSubcommands = { "install", "in", "patch", "source-install", "si", "remove", "rm" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "zypper", PackageManagerQueries.ZypperOptions, InstallSubcommands) is not { } arguments
            || c.Command.NameWord is not { } name
            || PackageManagerQueries.HasCacheMount(c.Instruction, CacheDirectories)
            || PackageManagerQueries.CleansCacheLater(c.Command, c.Script.Commands, "zypper", CleanSubcommands, null, CacheDirectories))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.AppendToScript(c, "zypper clean", "Clean the cache at the end of the RUN"), PackageManagerQueries.Subcommand(arguments));
    });
}
