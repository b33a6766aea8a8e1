using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2041: with <c>strict-labels</c>, a label the configured schema does not list.</summary>
public sealed class UnexpectedLabelAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2041",
        "unexpected-label",
        "Label not in the label schema",
        "Label '{0}' is not in the configured label schema (strict-labels is on)",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2041"),
        new[] { "hadolint:DL3050" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        if (!c.Settings.StrictLabels || c.Settings.RequiredLabels.Count == 0)
        {
            return;
        }

        if (c.Dockerfile.TargetStage is { } stage)
        {
            foreach (var label in LabelQueries.Labels(c.Dockerfile, stage).Values)
            {
                if (!c.Settings.RequiredLabels.ContainsKey(label.Key))
                {
                    c.Report(Rule, c.GetLocation(label.KeySpan), label.Key);
                }
            }
        }
    });
}
