using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5079: an image was built with ADD (the base image's root file system layer aside).</summary>
public sealed class AddInImageHistoryAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5079",
        "add-in-image-history",
        "Image was built with ADD",
        "Image {0} was built with ADD: {1}",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5079"),
        new[] { "cis-docker:4.9" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        foreach (var image in c.ImagesWithHistory(Rule))
        {
            var history = image.History;

            // History runs newest first; the oldest step of a base image is "ADD file:<digest> in /", its root file system.
            for (var i = 0; i < history.Count; i++)
            {
                var instruction = AddInstruction(history[i].CreatedBy);
                if (instruction is null || (i == history.Count - 1 && instruction.StartsWith("ADD file:", StringComparison.Ordinal)))
                {
                    continue;
                }

                var name = image.DisplayName;
                c.Report(Rule, HostTarget.ForImage(image), name, instruction);
            }
        }
    });

    // "/bin/sh -c #(nop) ADD file:abc in /opt" (classic builder) or "ADD app.tar.gz /opt/ # buildkit" (BuildKit).
    private static string? AddInstruction(string createdBy)
    {
        var text = createdBy.Trim();
        const string Nop = "#(nop)";
        var nop = text.IndexOf(Nop, StringComparison.Ordinal);
        if (nop >= 0)
        {
            text = text.Substring(nop + Nop.Length).TrimStart();
        }

        if (!text.StartsWith("ADD ", StringComparison.Ordinal))
        {
            return null;
        }

        const string BuildKit = "# buildkit";
        return text.EndsWith(BuildKit, StringComparison.Ordinal) ? text.Substring(0, text.Length - BuildKit.Length).TrimEnd() : text;
    }
}
