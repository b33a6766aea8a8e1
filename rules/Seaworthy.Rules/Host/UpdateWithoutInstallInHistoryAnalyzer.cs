using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5077: an image's history has a step that refreshes package lists and installs nothing.</summary>
public sealed class UpdateWithoutInstallInHistoryAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5077",
        "update-without-install-in-history",
        "Image layer updates package lists without installing",
        "Image {0} has a layer that updates package lists without installing in the same step: {1}",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5077"),
        new[] { "cis-docker:4.7" });

    private static readonly string[] Updates = { "apt-get update", "apt update", "apk update", "yum makecache", "dnf makecache", "microdnf makecache", "zypper refresh", "zypper ref " };

    // Words that install in the same step; "yum update" and "apk upgrade" install too, so they are not lone updates.
    private static readonly string[] Installs = { " install", "apk add", "upgrade", "yum update", "dnf update", "zypper up" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        foreach (var image in c.ImagesWithHistory(Rule))
        {
            foreach (var step in image.History)
            {
                if (ContainsAny(step.CreatedBy, Updates) && !ContainsAny(step.CreatedBy, Installs))
                {
                    c.Report(Rule, HostTarget.ForImage(image), image.DisplayName, step.CreatedBy.Trim());
                }
            }
        }
    });

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
