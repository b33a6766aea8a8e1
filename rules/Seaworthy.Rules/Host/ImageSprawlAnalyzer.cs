using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Host;

/// <summary>SW5091: images that no container uses (CIS 6.1 is a manual check: the count is information).</summary>
public sealed class ImageSprawlAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5091",
        "image-sprawl",
        "Images not used by any container",
        "{0} of {1} images are used by no container",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5091"),
        new[] { "cis-docker:6.1" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetImages(Rule, out var images) || !c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in containers)
        {
            used.Add(container.ImageId ?? container.Image);
        }

        var unused = 0;
        foreach (var image in images)
        {
            if (!used.Contains(image.Id))
            {
                unused++;
            }
        }

        if (unused > 0)
        {
            c.Audit.Info(Rule, Rule.FormatMessage(new object?[] { unused, images.Count }));
        }
    });
}
