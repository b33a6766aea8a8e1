using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2061: <c>dnf install</c> or <c>microdnf install</c> (or upgrade, reinstall) leaves its cache in the image layer.</summary>
public sealed class DnfCacheNotCleanedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2061",
        "dnf-cache-not-cleaned",
        "dnf cache left in the image",
        "{0} {1} leaves its cache in the image: run '{0} clean all' later in the same RUN",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2061"),
        new[] { "hadolint:DL3040", "trivy:DS019", "trivy:DS027" })
    {
        FixSafety = FixSafety.Safe,
    };

    private static readonly string[] CacheDirectories = { "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        // Each manager cleans only its own cache: 'microdnf clean all' leaves dnf's.
        if (c.Command.Name is not ("dnf" or "microdnf") || c.Command.NameWord is not { } name
            || PackageManagerQueries.GetDnfDownload(c.Command, c.Command.Name) is not { } arguments
            || PackageManagerQueries.HasCacheMount(c.Instruction, CacheDirectories)
            || PackageManagerQueries.CleansCacheLater(c.Command, c.Script.Commands, c.Command.Name, "all", CacheDirectories))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.AppendToScript(c, c.Command.Name + " clean all", "Clean the cache at the end of the RUN"), c.Command.Name, PackageManagerQueries.Subcommand(arguments));
    });
}
