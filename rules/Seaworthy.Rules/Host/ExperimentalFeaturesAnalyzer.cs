using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5038: experimental features are on.</summary>
public sealed class ExperimentalFeaturesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5038",
        "experimental-features-enabled",
        "Experimental features are on",
        "The daemon runs with experimental features enabled",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5038"),
        new[] { "cis-docker:2.18" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.TryGetInfo(Rule, out var info) && (info.ExperimentalBuild || c.Snapshot.Version is { Experimental: true }))
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
