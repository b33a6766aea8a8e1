using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Host;

/// <summary>SW5092: containers that are not running (CIS 6.2 is a manual check: the count is information).</summary>
public sealed class ContainerSprawlAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5092",
        "container-sprawl",
        "Stopped containers kept on the host",
        "{0} of {1} containers are not running",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5092"),
        new[] { "cis-docker:6.2" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        var stopped = 0;
        foreach (var container in containers)
        {
            if (!container.Running)
            {
                stopped++;
            }
        }

        if (stopped > 0)
        {
            c.Audit.Info(Rule, Rule.FormatMessage(new object?[] { stopped, containers.Count }));
        }
    });
}
