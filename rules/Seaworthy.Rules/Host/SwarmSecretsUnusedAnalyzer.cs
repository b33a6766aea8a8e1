using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5104: the swarm holds no secrets (CIS 7.4 is a manual check: it is information).</summary>
public sealed class SwarmSecretsUnusedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5104",
        "swarm-secrets-unused",
        "The swarm holds no secrets",
        "The swarm holds no secrets: check that services do not get theirs through environment variables or files in images",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5104"),
        new[] { "cis-docker:7.4" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetSwarm(Rule, out var swarm))
        {
            return;
        }

        if (swarm.SecretCount is null)
        {
            c.Audit.Unknown(Rule, "the swarm's secrets were not listed");
        }
        else if (swarm.SecretCount == 0)
        {
            c.Audit.Info(Rule, Rule.MessageFormat);
        }
    });
}
