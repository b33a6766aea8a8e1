using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW1045: a container publishes ports on the host (CIS 5.9 asks to review each).</summary>
public sealed class PublishedPortsAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1045",
        "published-ports",
        "The container publishes ports on the host",
        "{0} publishes {1}: confirm each port is needed",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW1045"),
        new[] { "cis-docker:5.9" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        foreach (var container in containers)
        {
            // A running container shows the bindings in force; a stopped one only what it asked for.
            var ports = container.Running ? container.Ports : container.HostConfig.PortBindings;
            var published = new List<string>();
            foreach (var port in ports.OrderBy(entry => entry.Key, StringComparer.Ordinal))
            {
                foreach (var binding in port.Value.Select(Describe).Distinct(StringComparer.Ordinal))
                {
                    published.Add(binding + "->" + port.Key);
                }
            }

            if (published.Count > 0)
            {
                c.Report(Rule, HostTarget.ForContainer(container), HostQueries.Describe(container), string.Join(", ", published));
            }
        }
    });

    // "127.0.0.1:81", or "18080" for every interface (0.0.0.0 and :: are one wildcard); an empty port is picked by the engine.
    private static string Describe(EnginePortBinding binding)
    {
        var port = string.IsNullOrEmpty(binding.HostPort) ? "(any port)" : binding.HostPort;
        return string.IsNullOrEmpty(binding.HostIp) || binding.HostIp is "0.0.0.0" or "::" ? port : binding.HostIp + ":" + port;
    }
}
