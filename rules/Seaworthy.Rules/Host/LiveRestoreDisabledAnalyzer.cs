using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5035: live restore is off.</summary>
public sealed class LiveRestoreDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5035",
        "live-restore-disabled",
        "Live restore is off",
        "Live restore is off: containers stop whenever the daemon stops",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5035"),
        new[] { "cis-docker:2.15" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetInfo(Rule, out var info))
        {
            return;
        }

        if (string.Equals(info.SwarmLocalNodeState, "active", StringComparison.Ordinal))
        {
            c.Audit.NotApplicable(Rule, "live restore does not apply to a swarm node");
        }
        else if (!info.LiveRestoreEnabled)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
