using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3001: a service sets both <c>build</c> and <c>image</c> without a <c>pull_policy</c>.</summary>
public sealed class BuildAndImageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3001",
        "build-and-image",
        "Service sets both build and image",
        "{0} sets both build and image '{1}' without pull_policy, so whether docker compose pulls or builds depends on what the registry holds",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3001"),
        new[] { "dclint:no-build-and-image" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        // pull_policy says which one wins (build, missing, always...), as dclint's checkPullPolicy accepts. The finding
        // is on the build key, where dclint puts it, so that its disable-line comments keep covering it.
        if (c.Service is { Build: { } build, Image: { } image, PullPolicy: null })
        {
            c.Report(Rule, build.KeyLocation ?? build.Location, c.Container.Description, image.Value);
        }
    });
}
