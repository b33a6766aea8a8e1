using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2012: <c>FROM --platform=$TARGETPLATFORM</c>, which is what a stage builds for anyway.</summary>
public sealed class RedundantTargetPlatformAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2012",
        "redundant-target-platform",
        "FROM --platform=$TARGETPLATFORM is redundant",
        "Setting the platform to {0} is redundant: a stage is built for the target platform by default",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2012"),
        new[] { "buildkit:RedundantTargetPlatform", "hadolint:DL3065" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<FromInstruction>(c =>
    {
        if (c.Instruction.Platform is not { Value: { } platform } flag)
        {
            return;
        }

        // As BuildKit infers it: TARGETPLATFORM is the only variable, and the value is exactly its value.
        var scope = c.Dockerfile.GlobalState;
        var expansion = scope.ExpandWord(platform);
        if (expansion.Error is null && expansion.Unmatched.Count == 0 && expansion.Matched is ["TARGETPLATFORM"]
            && string.Equals(expansion.Value, scope.Lookup("TARGETPLATFORM"), StringComparison.Ordinal))
        {
            c.Report(Rule, c.GetLocation(flag.Span), platform);
        }
    });
}
