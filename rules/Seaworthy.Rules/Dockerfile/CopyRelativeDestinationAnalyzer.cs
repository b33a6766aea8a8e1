using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2028: COPY or ADD to a relative destination while no WORKDIR is set in the stage.</summary>
public sealed class CopyRelativeDestinationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2028",
        "copy-relative-destination",
        "COPY to a relative destination without WORKDIR",
        "{0} to the relative destination '{1}' while no WORKDIR is set in {2}: where it lands depends on the base image's working directory",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2028"),
        new[] { "hadolint:DL3045" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // An ONBUILD COPY runs after the FROM of another Dockerfile, whose WORKDIR this file cannot see.
        if (c.Instruction is not (CopyInstruction or AddInstruction)
            || InstructionQueries.Operands(c.Instruction) is not { } operands
            || InstructionQueries.IsHeredoc(operands.Destination))
        {
            return;
        }

        var destination = operands.Destination;
        if (!IsRelative(InstructionQueries.Unquote(destination.Value)))
        {
            return;
        }

        // A fragment without FROM (as hadolint lints one) has an unknown base image: only its own WORKDIR counts.
        // A COPY before the first FROM of a file with stages is SW2021's.
        if (c.Stage is { } stage)
        {
            if (!WorkdirIsKnown(c.State))
            {
                c.Report(Rule, c.GetLocation(destination.Span), c.Instruction.Keyword.ToUpperInvariant(), destination.Value, InstructionQueries.Describe(stage));
            }
        }
        else if (c.Dockerfile.Stages.Count == 0 && !InstructionQueries.WorkdirBefore(c.Dockerfile, c.Instruction))
        {
            c.Report(Rule, c.GetLocation(destination.Span), c.Instruction.Keyword.ToUpperInvariant(), destination.Value, "this fragment (it has no FROM)");
        }
    });

    // A destination that starts with '/', a Windows drive or '\' is absolute; one that starts with a
    // variable may well be (ENV APP_HOME=/app).
    private static bool IsRelative(string destination) =>
        destination.Length > 0
        && destination[0] is not ('/' or '\\' or '$')
        && !(destination.Length >= 2 && char.IsLetter(destination[0]) && destination[1] == ':');

    // WORKDIR anywhere in a stage this one is built on, or earlier in this stage. A chain that starts
    // FROM scratch has no base image to move the working directory: it is always '/'.
    private static bool WorkdirIsKnown(StageState state) => state.Workdir is not null || state.IsComplete;
}
