using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2025: <c>COPY --from</c> names the stage the COPY is in.</summary>
public sealed class CopyFromOwnStageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2025",
        "copy-from-own-stage",
        "COPY --from names its own stage",
        "COPY --from={0} names {1}, the stage this COPY is in: a stage cannot copy from itself, so the build fails",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2025"),
        new[] { "hadolint:DL3023", "trivy:DS006" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<CopyInstruction>(c =>
    {
        // An ONBUILD COPY runs in another build, whose stages this file does not define.
        if (c.Stage is { } current
            && c.Instruction.GetFlag("from") is { Value: { Length: > 0 } reference } flag
            && ReferenceEquals(InstructionQueries.FindStage(c.Dockerfile, reference), current))
        {
            c.Report(Rule, c.GetLocation(InstructionQueries.ValueSpan(flag, c.Dockerfile.Syntax.Text)), reference, InstructionQueries.Describe(current));
        }
    });
}
