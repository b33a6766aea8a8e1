using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2007: MAINTAINER is used; it is deprecated in favour of a label.</summary>
public sealed class MaintainerDeprecatedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2007",
        "maintainer-deprecated",
        "MAINTAINER is deprecated",
        "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\"{0}\"",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2007"),
        new[] { "buildkit:MaintainerDeprecated", "hadolint:DL4000", "checkov:CKV_DOCKER_6", "trivy:DS022" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<MaintainerInstruction>(c =>
        c.Report(Rule, c.GetLocation(c.Instruction.KeywordSpan), c.Instruction.Arguments.Count > 0 ? c.Instruction.Arguments[0].Value : "..."));
}
