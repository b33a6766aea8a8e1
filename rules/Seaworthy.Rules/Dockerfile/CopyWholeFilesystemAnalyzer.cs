using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2031: <c>COPY --from=... / /</c> copies a whole filesystem into the stage.</summary>
public sealed class CopyWholeFilesystemAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2031",
        "copy-whole-filesystem",
        "COPY --from copies a whole filesystem",
        "COPY --from={0} copies the whole filesystem ('/' to '/'): everything the other stage or image holds lands in this one",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2031"),
        new[] { "hadolint:DL3067" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // ONBUILD COPY --from=... / / copies a whole filesystem in every build based on this image.
        if (InstructionQueries.Unwrap<CopyInstruction>(c.Instruction) is not { } copy
            || copy.GetFlag("from") is not { Value: { Length: > 0 } from }
            || InstructionQueries.Operands(copy) is not { } operands
            || !InstructionQueries.IsRoot(InstructionQueries.Unquote(operands.Destination.Value)))
        {
            return;
        }

        foreach (var source in operands.Sources)
        {
            if (InstructionQueries.IsRoot(InstructionQueries.Unquote(source.Value)))
            {
                c.Report(Rule, c.GetLocation(source.Span), from);
                return;
            }
        }
    });
}
