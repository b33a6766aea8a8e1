using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2026: ONBUILD wraps ONBUILD, FROM or MAINTAINER, which BuildKit refuses.</summary>
public sealed class OnbuildTriggerNotAllowedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2026",
        "onbuild-trigger-not-allowed",
        "ONBUILD trigger that is not allowed",
        "{0} isn't allowed as an ONBUILD trigger: {1}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2026"),
        new[] { "hadolint:DL3043" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<OnbuildInstruction>(c =>
    {
        var trigger = c.Instruction.Trigger;

        // BuildKit checks the trigger's keyword when it parses this file, and stops the build here.
        var problem = trigger?.Kind switch
        {
            InstructionKind.Onbuild => "triggers cannot be chained, so the build fails",
            InstructionKind.From => "a trigger runs inside the stage that uses this image, which already has its FROM, so the build fails",
            InstructionKind.Maintainer => "the build fails (and MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors)",
            _ => null,
        };
        if (trigger is not null && problem is not null)
        {
            c.Report(Rule, c.GetLocation(trigger.KeywordSpan), trigger.Keyword.ToUpperInvariant(), problem);
        }
    });
}
