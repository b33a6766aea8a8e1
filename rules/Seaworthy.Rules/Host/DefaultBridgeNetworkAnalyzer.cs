using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW1043: a container is attached to the default bridge network (docker0).</summary>
public sealed class DefaultBridgeNetworkAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1043",
        "default-bridge-network",
        "The container uses the default bridge",
        "{0} is attached to the default bridge network",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW1043"),
        new[] { "cis-docker:5.30" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetNetworks(Rule, out var networks) || !c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        if (HostQueries.DefaultBridge(networks) is null)
        {
            c.Audit.NotApplicable(Rule, "the daemon has no default bridge network");
            return;
        }

        foreach (var container in containers)
        {
            var mode = container.HostConfig.NetworkMode;
            if (string.Equals(mode, "default", StringComparison.Ordinal) || string.Equals(mode, "bridge", StringComparison.Ordinal))
            {
                c.Report(Rule, HostTarget.ForContainer(container), HostQueries.Describe(container));
            }
        }
    });
}
