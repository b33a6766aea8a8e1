using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5080: the engine is a swarm node.</summary>
public sealed class SwarmModeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5080",
        "swarm-mode-enabled",
        "Swarm mode is enabled",
        "Swarm mode is {0} on this engine: confirm it is needed",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5080"),
        new[] { "cis-docker:5.1" });

    private static readonly string[] MemberStates = { "active", "pending", "locked" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.TryGetInfo(Rule, out var info) && info.SwarmLocalNodeState is { } state && Array.IndexOf(MemberStates, state) >= 0)
        {
            c.Report(Rule, HostTarget.Daemon, state);
        }
    });
}
