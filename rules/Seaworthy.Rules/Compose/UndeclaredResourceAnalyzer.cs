using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Compose;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3010: a service uses a network, named volume, secret or config that the top level does not declare.</summary>
public sealed class UndeclaredResourceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3010",
        "undeclared-resource",
        "Network, volume, secret or config not declared",
        "{0} uses {1} '{2}', which the top-level '{3}' does not declare",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3010"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        var project = c.Project;
        foreach (var network in c.Service.Networks)
        {
            // Every project has a network called default, declared or not.
            if (network.Value != "default" && project.FindNetwork(network.Value) is null)
            {
                c.Report(Rule, network.Location, c.Container.Description, "network", network.Value, "networks");
            }
        }

        foreach (var mount in c.Service.Volumes)
        {
            if (mount is { Type: "volume", Source: { Length: > 0 } source } && project.FindVolume(source) is null)
            {
                c.Report(Rule, mount.Location, c.Container.Description, "volume", source, "volumes");
            }
        }

        foreach (var secret in c.Service.Secrets)
        {
            if (project.FindSecret(secret.Source.Value) is null)
            {
                c.Report(Rule, secret.Source.Location, c.Container.Description, "secret", secret.Source.Value, "secrets");
            }
        }

        foreach (var config in c.Service.Configs)
        {
            if (project.FindConfig(config.Source.Value) is null)
            {
                c.Report(Rule, config.Source.Location, c.Container.Description, "config", config.Source.Value, "configs");
            }
        }
    });
}
