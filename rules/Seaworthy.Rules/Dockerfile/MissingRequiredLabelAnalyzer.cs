using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2040: an image that runs lacks a label the configuration requires.</summary>
public sealed class MissingRequiredLabelAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2040",
        "missing-required-label",
        "Required label missing",
        "{0} has no label '{1}', which the configuration requires",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2040"),
        new[] { "hadolint:DL3049" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var required = c.Settings.RequiredLabels;
        if (required.Count == 0)
        {
            return;
        }

        if (c.Dockerfile.TargetStage is { } stage)
        {
            var labels = LabelQueries.Labels(c.Dockerfile, stage);
            foreach (var name in required.Keys)
            {
                if (!labels.ContainsKey(name))
                {
                    var description = stage.Name is null ? stage.DisplayName : $"stage '{stage.Name}'";
                    c.Report(Rule, c.GetLocation(stage.From.Span), char.ToUpperInvariant(description[0]) + description.Substring(1), name);
                }
            }
        }
    });
}
