using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3009: <c>depends_on</c> names a service the project does not define.</summary>
public sealed class UnknownDependencyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3009",
        "unknown-dependency",
        "depends_on names an undefined service",
        "{0} depends on service '{1}', which the project does not define",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3009"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        foreach (var dependency in c.Service.DependsOn)
        {
            // required: false tolerates a dependency that is not there.
            var name = dependency.Service.Value;
            if (dependency.Required && !ComposeValues.Defines(c.Project, name))
            {
                c.Report(Rule, dependency.Service.Location, c.Container.Description, name);
            }
        }
    });
}
