using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Compose;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3011: <c>extends</c> names a service its file does not define.</summary>
public sealed class UnknownExtendsServiceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3011",
        "unknown-extends-service",
        "extends names an undefined service",
        "{0}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3011"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        foreach (var problem in c.Project.Problems)
        {
            if (problem.Kind == ComposeProblemKind.UnresolvedReference)
            {
                c.Report(Rule, problem.Location, problem.Message);
            }
        }
    });
}
