using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5101: the swarm has more manager nodes than it needs.</summary>
public sealed class SwarmManagerCountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5101",
        "swarm-manager-count",
        "The swarm has more managers than it needs",
        "The swarm has {0} manager nodes: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5101"),
        new[] { "cis-docker:7.1" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    // Docker's advice: no more than seven managers.
    private const int MostManagers = 7;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetSwarm(Rule, out var swarm))
        {
            return;
        }

        var managers = swarm.Nodes.Count(node => string.Equals(node.Role, "manager", StringComparison.Ordinal));
        if (managers > MostManagers)
        {
            c.Report(Rule, HostTarget.Swarm, managers, "more than seven slow every decision of the Raft quorum");
        }
        else if (managers > 0 && managers % 2 == 0)
        {
            c.Report(Rule, HostTarget.Swarm, managers, "an even count tolerates no more failures than one fewer");
        }
    });
}
