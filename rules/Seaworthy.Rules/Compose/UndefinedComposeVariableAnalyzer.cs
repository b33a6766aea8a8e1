using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3013: <c>${NAME}</c> or <c>$NAME</c> without a default, where neither the environment nor <c>.env</c> sets NAME.</summary>
public sealed class UndefinedComposeVariableAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3013",
        "undefined-compose-variable",
        "Variable without a value or a default",
        "Variable '{0}' is set neither in the environment nor in .env and has no default, so it becomes an empty string",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3013"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        // A default, an alternative or a required-variable message all say what happens when it is unset.
        foreach (var variable in c.Project.Variables)
        {
            if (variable is { IsSet: false, Operator.Length: 0 })
            {
                c.Report(Rule, variable.Location, variable.Name);
            }
        }
    });
}
