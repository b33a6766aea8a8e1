using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5107: swarm node certificates live longer than Docker's default.</summary>
public sealed class SwarmNodeCertificateExpiryAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5107",
        "swarm-node-certificate-expiry",
        "Swarm node certificates live longer than the default",
        "Swarm node certificates expire after {0} days, longer than Docker's default of 90",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5107"),
        new[] { "cis-docker:7.7" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    // Docker's default node certificate lifetime: 2160 hours.
    private const long DefaultExpirySeconds = 90L * 24 * 60 * 60;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetSwarm(Rule, out var swarm))
        {
            return;
        }

        if (swarm.NodeCertExpirySeconds is not { } expiry)
        {
            c.Audit.Unknown(Rule, "the swarm's certificate settings were not read");
        }
        else if (expiry > DefaultExpirySeconds)
        {
            c.Report(Rule, HostTarget.Swarm, expiry / (24 * 60 * 60));
        }
    });
}
