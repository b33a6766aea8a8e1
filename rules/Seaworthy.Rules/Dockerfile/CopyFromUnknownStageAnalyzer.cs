using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2024: <c>COPY --from</c> names neither an earlier stage nor anything that looks like an image.</summary>
public sealed class CopyFromUnknownStageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2024",
        "copy-from-unknown-stage",
        "COPY --from names no earlier stage",
        "COPY --from={0} {1}",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2024"),
        new[] { "hadolint:DL3022" });

    private static readonly char[] ImageMarks = { ':', '/', '@' };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<CopyInstruction>(c =>
    {
        // An ONBUILD COPY is an ONBUILD instruction, not a COPY: the stage it names is one of the build that uses
        // this image. A COPY before any FROM (a fragment) has no stage before it to copy from.
        if (c.Instruction.GetFlag("from") is not { Value: { Length: > 0 } reference } flag)
        {
            return;
        }

        var problem = Problem(c.Dockerfile, c.Stage, reference);
        if (problem is not null)
        {
            c.Report(Rule, c.GetLocation(InstructionQueries.ValueSpan(flag, c.Dockerfile.Syntax.Text)), reference, problem);
        }
    });

    private static string? Problem(DockerfileModel model, BuildStage? current, string reference)
    {
        if (reference.IndexOf('$') >= 0)
        {
            return "uses a variable, which BuildKit does not expand in --from, so the build fails: name a stage instead (FROM ${IMAGE} AS name, with a global ARG)";
        }

        var stage = InstructionQueries.FindStage(model, reference);
        if (stage is null)
        {
            if (InstructionQueries.IsDigits(reference))
            {
                return $"is not a stage index: the file has {Count(model.Stages.Count, "stage")}, so the build fails";
            }

            // An image reference with a tag, digest or registry path is copied from deliberately.
            return reference.IndexOfAny(ImageMarks) >= 0
                ? null
                : "names no stage of this file and does not look like an image (no tag, digest or registry): BuildKit would pull an image of that name";
        }

        if (current is null || stage.Index > current.Index)
        {
            var line = model.Syntax.Text.GetLinePosition(stage.From.Span.Start).Line;
            return $"names {InstructionQueries.Describe(stage)}, which starts later (line {line.ToString(CultureInfo.InvariantCulture)}): a stage can only copy from stages before it, so the build fails";
        }

        return null;
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
