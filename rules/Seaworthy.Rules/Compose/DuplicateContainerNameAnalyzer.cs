using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3002: two services of a project set the same <c>container_name</c>.</summary>
public sealed class DuplicateContainerNameAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3002",
        "duplicate-container-name",
        "Two services use the same container name",
        "Service '{0}' uses container_name '{1}', which service '{2}' uses already: the second container cannot be created",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3002"),
        new[] { "dclint:no-duplicate-container-names" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in c.Project.Services)
        {
            if (service.ContainerName is not { Value.Length: > 0 } name)
            {
                continue;
            }

            if (owners.TryGetValue(name.Value, out var owner))
            {
                c.Report(Rule, name.Location, service.Name, name.Value, owner);
            }
            else
            {
                owners[name.Value] = service.Name;
            }
        }
    });
}
