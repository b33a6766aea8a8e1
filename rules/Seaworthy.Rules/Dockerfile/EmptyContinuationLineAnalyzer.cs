using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2017: an empty or blank line inside a continued instruction.</summary>
public sealed class EmptyContinuationLineAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2017",
        "empty-continuation-line",
        "Empty line inside a continued instruction",
        "Empty continuation line: BuildKit skips it today, but a future release will end the instruction here",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2017"),
        new[] { "buildkit:NoEmptyContinuation" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        foreach (var line in c.Dockerfile.Syntax.EmptyContinuationLines)
        {
            c.Report(Rule, c.GetLocation(line));
        }
    });
}
