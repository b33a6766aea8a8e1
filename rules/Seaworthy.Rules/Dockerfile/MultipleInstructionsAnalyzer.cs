using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2009: a stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; all but the last are ignored.</summary>
public sealed class MultipleInstructionsAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2009",
        "multiple-instructions",
        "More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage",
        "This {0} has no effect: only the last {0} of a stage is used (line {1})",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2009"),
        new[] { "buildkit:MultipleInstructionsDisallowed", "hadolint:DL4003", "hadolint:DL4004", "hadolint:DL3012", "trivy:DS007", "trivy:DS016", "trivy:DS023" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        foreach (var stage in c.Dockerfile.Stages)
        {
            var last = new Dictionary<InstructionKind, Instruction>();
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind is InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Healthcheck)
                {
                    last[instruction.Kind] = instruction;
                }
            }

            foreach (var instruction in stage.Instructions)
            {
                if (last.TryGetValue(instruction.Kind, out var effective) && !ReferenceEquals(effective, instruction))
                {
                    c.Report(Rule, c.GetLocation(instruction.KeywordSpan), instruction.Keyword.ToUpperInvariant(), effective.StartLine);
                }
            }
        }
    });
}
