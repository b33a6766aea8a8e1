using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3016: a service sets both <c>network_mode</c> and <c>networks</c>, which exclude each other.</summary>
public sealed class NetworkModeWithNetworksAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3016",
        "network-mode-with-networks",
        "network_mode and networks together",
        "{0} sets network_mode '{1}' and networks, which exclude each other: docker compose refuses the service",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3016"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        if (c.Service is { NetworkMode: { } mode, Networks.Count: > 0 })
        {
            c.Report(Rule, mode.Location, c.Container.Description, mode.Value);
        }
    });
}
