using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Compose;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3014: <c>${NAME:?message}</c> or <c>${NAME?message}</c> where NAME has no value, so docker compose stops.</summary>
public sealed class MissingRequiredVariableAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3014",
        "missing-required-variable",
        "Required variable without a value",
        "The {0}, so docker compose refuses the project",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3014"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        foreach (var problem in c.Project.Problems)
        {
            if (problem.Kind == ComposeProblemKind.MissingRequiredVariable)
            {
                c.Report(Rule, problem.Location, problem.Message);
            }
        }
    });
}
