using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2004: a stage name has upper-case letters.</summary>
public sealed class StageNameCasingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2004",
        "stage-name-casing",
        "Stage name is not lowercase",
        "Stage name '{0}' should be lowercase: BuildKit names the stage '{1}'",
        RuleCategory.Style,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2004"),
        new[] { "buildkit:StageNameCasing" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<FromInstruction>(c =>
    {
        if (c.Instruction.StageName is { } name)
        {
            var lower = name.Value.ToLowerInvariant();
            if (!string.Equals(lower, name.Value, StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(name.Span), name.Value, lower);
            }
        }
    });
}
