using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW1042: a container runs under a cgroup parent chosen by hand.</summary>
public sealed class CgroupParentSetAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1042",
        "cgroup-parent-set",
        "The container runs under a custom cgroup parent",
        "{0} runs under the cgroup parent {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW1042"),
        new[] { "cis-docker:5.25" });

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
            if (container.HostConfig.CgroupParent is { Length: > 0 } parent)
            {
                c.Report(Rule, HostTarget.ForContainer(container), HostQueries.Describe(container), parent);
            }
        }
    });
}
