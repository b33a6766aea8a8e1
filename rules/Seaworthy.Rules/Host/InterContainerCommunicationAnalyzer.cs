using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5022: containers on the default bridge can talk to each other.</summary>
public sealed class InterContainerCommunicationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5022",
        "inter-container-communication",
        "Containers on the default bridge talk to each other freely",
        "Containers on the default bridge network can reach each other: inter-container communication is not disabled",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5022"),
        new[] { "cis-docker:2.2" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        // Without a default bridge (--bridge=none) icc has nothing to govern.
        var networksRead = c.Snapshot.IsAvailable(HostParts.Networks);
        var bridge = networksRead ? HostQueries.DefaultBridge(c.Snapshot.Networks) : null;
        if (networksRead && bridge is null)
        {
            c.Audit.NotApplicable(Rule, "the daemon has no default bridge network");
            return;
        }

        if (c.DaemonOptions.Boolean("icc") is { } icc)
        {
            if (icc)
            {
                c.Report(Rule, HostTarget.Daemon);
            }

            return;
        }

        // The engine shows the setting in force on the default bridge network.
        if (bridge is null)
        {
            c.Audit.Unknown(Rule, "the engine's networks were not read: " + c.Snapshot.UnavailableReason(HostParts.Networks));
        }
        else if (!bridge.Options.TryGetValue("com.docker.network.bridge.enable_icc", out var enabled) || !string.Equals(enabled, "false", StringComparison.OrdinalIgnoreCase))
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
