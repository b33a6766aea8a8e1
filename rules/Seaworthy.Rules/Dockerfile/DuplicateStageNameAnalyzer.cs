using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2002: two stages have the same name.</summary>
public sealed class DuplicateStageNameAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2002",
        "duplicate-stage-name",
        "Duplicate stage name",
        "Stage name '{0}' is already used on line {1}; stage names should be unique",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2002"),
        new[] { "buildkit:DuplicateStageName", "hadolint:DL3024", "checkov:CKV_DOCKER_11", "trivy:DS012" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var first = new Dictionary<string, BuildStage>(StringComparer.Ordinal);
        foreach (var stage in c.Dockerfile.Stages)
        {
            if (stage.Name is not { } name || stage.From.StageName is not { } written)
            {
                continue;
            }

            if (first.TryGetValue(name, out var earlier))
            {
                c.Report(Rule, c.GetLocation(written.Span), name, earlier.From.StartLine);
            }
            else
            {
                first.Add(name, stage);
            }
        }
    });
}
