using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Workloads;

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

        // A trigger's --from names a stage of the build that uses this image, not one of this file.
        var stage = ReferenceEquals(copy, c.Instruction) ? InstructionQueries.FindStage(c.Dockerfile, from) : null;
        if (IsMadeToBeCopiedWhole(stage?.Chain[0].BaseImage ?? from))
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

    // A stage built FROM scratch holds only what was put into it (the "export stage" pattern), and
    // tonistiigi/xx, the cross-compilation helper, is published to be copied whole (COPY --from=xx / /).
    private static bool IsMadeToBeCopiedWhole(string image)
    {
        if (string.Equals(image, "scratch", StringComparison.Ordinal))
        {
            return true;
        }

        var reference = ImageReference.Parse(image);
        return reference.Repository == "tonistiigi/xx" && reference.Registry is null or "docker.io";
    }
}
