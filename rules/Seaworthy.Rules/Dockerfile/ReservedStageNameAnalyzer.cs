using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2003: a stage is named <c>scratch</c> or <c>context</c>, names that already mean something.</summary>
public sealed class ReservedStageNameAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2003",
        "reserved-stage-name",
        "Stage named with a reserved word",
        "Stage name '{0}' is reserved: {1}",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2003"),
        new[] { "buildkit:ReservedStageName", "hadolint:DL3063" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<FromInstruction>(c =>
    {
        if (c.Instruction.StageName is not { } name)
        {
            return;
        }

        var meaning = name.Value.ToLowerInvariant() switch
        {
            "scratch" => "'scratch' is the empty base image",
            "context" => "'context' is the build context",
            _ => null,
        };
        if (meaning is not null)
        {
            c.Report(Rule, c.GetLocation(name.Span), name.Value, meaning);
        }
    });
}
