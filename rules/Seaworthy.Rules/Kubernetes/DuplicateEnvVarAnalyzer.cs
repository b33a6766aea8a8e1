using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4010: a container sets the same environment variable twice.</summary>
public sealed class DuplicateEnvVarAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4010",
        "duplicate-env-var",
        "Environment variable set twice",
        "{0} sets environment variable '{1}' twice; the last definition wins",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4010"),
        new[] { "kube-linter:duplicate-env-var", "kube-score:environment-variable-key-duplication" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var variable in ManifestQueries.MappingItems(container.Node, "env"))
            {
                if (variable.GetScalar("name") is { } name && !seen.Add(name.Value))
                {
                    c.Report(Rule, name.Location, description, name.Value);
                }
            }
        }
    });
}
