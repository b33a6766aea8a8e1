using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2021: an instruction other than ARG comes before the first FROM.</summary>
public sealed class InstructionBeforeFromAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2021",
        "instruction-before-from",
        "Instruction before the first FROM",
        "{0} is not inside a build stage: only ARG may come before the first FROM (BuildKit fails with \"no build stage in current context\")",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2021"),
        new[] { "hadolint:DL3061" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        foreach (var instruction in c.Dockerfile.Syntax.Instructions)
        {
            if (instruction is FromInstruction)
            {
                return;
            }

            // An unknown keyword fails earlier, for its own reason (SW2034).
            if (instruction is not (ArgInstruction or UnknownInstruction))
            {
                c.Report(Rule, c.GetLocation(instruction.KeywordSpan), instruction.Keyword);
            }
        }
    });
}
