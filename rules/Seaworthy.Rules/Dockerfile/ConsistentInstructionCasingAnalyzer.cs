using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2006: an instruction keyword is cased differently from the majority, or is mixed-case.</summary>
public sealed class ConsistentInstructionCasingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2006",
        "consistent-instruction-casing",
        "Instruction keywords are not cased consistently",
        "Instruction '{0}' should match the casing of the majority of instructions ({1})",
        RuleCategory.Style,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2006"),
        new[] { "buildkit:ConsistentInstructionCasing" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        // As in BuildKit, the instructions of stages count (FROM included) and the global ARGs do not;
        // mixed-case keywords count for neither side, and a tie goes to upper case.
        var keywords = new List<Instruction>();
        foreach (var stage in c.Dockerfile.Stages)
        {
            keywords.Add(stage.From);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind != InstructionKind.Unknown)
                {
                    keywords.Add(instruction);
                }
            }
        }

        int lower = 0, upper = 0;
        foreach (var instruction in keywords)
        {
            if (string.Equals(instruction.Keyword, instruction.Keyword.ToLowerInvariant(), StringComparison.Ordinal))
            {
                lower++;
            }
            else if (string.Equals(instruction.Keyword, instruction.Keyword.ToUpperInvariant(), StringComparison.Ordinal))
            {
                upper++;
            }
        }

        var majorityLower = lower > upper;
        foreach (var instruction in keywords)
        {
            var expected = majorityLower ? instruction.Keyword.ToLowerInvariant() : instruction.Keyword.ToUpperInvariant();
            if (!string.Equals(expected, instruction.Keyword, StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(instruction.KeywordSpan), Fix.Safe("Case the keyword like the others", new TextEdit(instruction.KeywordSpan, expected)), instruction.Keyword, majorityLower ? "lowercase" : "uppercase");
            }
        }
    });
}
