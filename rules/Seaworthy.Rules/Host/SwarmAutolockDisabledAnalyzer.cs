using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5105: swarm managers are not auto-locked.</summary>
public sealed class SwarmAutolockDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5105",
        "swarm-autolock-disabled",
        "Swarm managers are not auto-locked",
        "Swarm manager auto-lock is off: the keys that decrypt the swarm's state and secrets lie on each manager's disk",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5105"),
        new[] { "cis-docker:7.5" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetSwarm(Rule, out var swarm))
        {
            return;
        }

        if (swarm.AutoLockManagers is null)
        {
            c.Audit.Unknown(Rule, "the swarm's encryption settings were not read");
        }
        else if (swarm.AutoLockManagers == false)
        {
            c.Report(Rule, HostTarget.Swarm);
        }
    });
}
