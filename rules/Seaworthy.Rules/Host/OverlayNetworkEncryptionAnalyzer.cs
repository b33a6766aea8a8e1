using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5103: an overlay network does not encrypt its traffic.</summary>
public sealed class OverlayNetworkEncryptionAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5103",
        "overlay-network-not-encrypted",
        "Overlay network is not encrypted",
        "Overlay network {0} does not encrypt its traffic",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5103"),
        new[] { "cis-docker:7.3" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetNetworks(Rule, out var networks))
        {
            return;
        }

        var overlays = 0;
        foreach (var network in networks)
        {
            if (!string.Equals(network.Driver, "overlay", StringComparison.Ordinal))
            {
                continue;
            }

            overlays++;
            if (!network.Options.ContainsKey("encrypted"))
            {
                c.Report(Rule, HostTarget.ForNetwork(network), network.Name);
            }
        }

        if (overlays == 0)
        {
            c.Audit.NotApplicable(Rule, "the engine has no overlay network");
        }
    });
}
