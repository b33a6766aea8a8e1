using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2058: <c>yum install</c> leaves its cache in the image layer.</summary>
public sealed class YumCacheNotCleanedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2058",
        "yum-cache-not-cleaned",
        "yum cache left in the image",
        "yum install leaves its cache in the image: run 'yum clean all' later in the same RUN",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2058"),
        new[] { "hadolint:DL3032", "trivy:DS015" })
    {
        FixSafety = FixSafety.Safe,
    };

    private static readonly string[] CacheDirectories = { "/var/cache/yum" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetRpmInstall(c.Command, "yum", out _, out _) is null
            || c.Command.NameWord is not { } name
            || PackageManagerQueries.HasCacheMount(c.Instruction, CacheDirectories)
            || PackageManagerQueries.CleansCacheLater(c.Command, c.Script.Commands, "yum", "all", CacheDirectories))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.AppendToScript(c, "yum clean all", "Clean the cache at the end of the RUN"));
    });
}
