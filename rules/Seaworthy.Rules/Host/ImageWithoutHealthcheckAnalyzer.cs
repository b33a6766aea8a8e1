using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5076: an image on the engine has no health check.</summary>
public sealed class ImageWithoutHealthcheckAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5076",
        "image-without-healthcheck",
        "Image has no health check",
        "Image {0} has no HEALTHCHECK",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5076"),
        new[] { "cis-docker:4.6" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetImages(Rule, out var images))
        {
            return;
        }

        foreach (var image in images)
        {
            if (!HostQueries.HasHealthcheck(image))
            {
                var name = image.DisplayName;
                c.Report(Rule, HostTarget.ForImage(image), name);
            }
        }
    });
}
