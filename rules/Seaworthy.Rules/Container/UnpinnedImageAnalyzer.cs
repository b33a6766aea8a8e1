using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1002: the image has no tag, or the moving tag <c>latest</c>.</summary>
public sealed class UnpinnedImageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1002",
        "unpinned-image",
        "Image is not pinned to a version",
        "{0} uses image '{1}' {2}",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1002"),
        new[] { "hadolint:DL3006", "hadolint:DL3007", "checkov:CKV_DOCKER_7", "trivy:DS001", "dclint:service-image-require-explicit-tag", "checkov:CKV_K8S_14", "kube-linter:latest-tag", "trivy:KSV013", "polaris:tagNotSpecified" });

    // Docker's reference grammar, loosely: lower-case path components of letters and digits joined by '.', '_',
    // '__' or dashes, an optional registry host and port, an optional tag and digest. "os-" or "/ubuntu" is not a
    // reference, so a build with the variable empty fails rather than pulling it.
    private static readonly Regex ReferencePattern = new(
        @"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?"
        + @"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        + @"(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var image = c.Container.Image;
        if (image is null)
        {
            return;
        }

        var inDockerfile = c.Container.IsSetInDockerfile(image.Location);
        var shown = image.Reference;
        var checkedReference = image.Reference;
        var whatever = string.Empty;
        string? written = null;
        if (!image.IsResolved)
        {
            if (FixedLastComponent(image.WrittenAs) is { } last)
            {
                // ${REGISTRY}/ubuntu: whatever the variables hold, the name after the last '/' decides the tag.
                shown = image.WrittenAs;
                checkedReference = last;
                whatever = ", whatever its variables hold";
            }
            else if (inDockerfile && ReferencePattern.IsMatch(image.Reference))
            {
                // alpine$TAG with TAG given no value: a build without --build-arg pulls the reference with it empty.
                written = $" ('{image.WrittenAs}' with its variables empty, as a build without --build-arg has them)";
            }
            else
            {
                return;
            }
        }
        else if (!string.Equals(image.WrittenAs, image.Reference, StringComparison.Ordinal))
        {
            written = $" ('{image.WrittenAs}' with its ARG defaults)";
        }

        var reference = ImageReference.Parse(checkedReference);
        if (reference.Digest is not null || (reference.Registry is null && reference.Repository == "scratch"))
        {
            return;
        }

        // A Dockerfile's base is pulled at build time; a service's or a pod's image whenever a node pulls it.
        var consequence = !inDockerfile ? "every pull may get a different image" : "every build may get a different image";
        string problem;
        if (reference.Tag is null)
        {
            problem = "without a tag";
        }
        else if (string.Equals(reference.Tag, "latest", StringComparison.Ordinal))
        {
            problem = "with the moving tag 'latest'";
        }
        else
        {
            return;
        }

        problem += whatever + ", so " + consequence + written;
        c.Report(Rule, image.Location, c.Container.Description, shown, problem);
    });

    // The part after the last '/' of a reference written with variables, when no variable is in it (the tag and
    // digest can then come from nowhere else); null when there is no '/' or a variable follows it.
    private static string? FixedLastComponent(string written)
    {
        var lastSlash = -1;
        var depth = 0;
        var sawVariable = false;
        for (var i = 0; i < written.Length; i++)
        {
            var ch = written[i];
            if (ch == '$')
            {
                sawVariable = true;
            }

            if (ch == '$' && i + 1 < written.Length && written[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (ch == '}' && depth > 0)
            {
                depth--;
            }
            else if (ch == '/' && depth == 0)
            {
                lastSlash = i;
                sawVariable = false;
            }
        }

        var last = lastSlash < 0 ? string.Empty : written.Substring(lastSlash + 1);
        return sawVariable || last.Length == 0 || depth > 0 ? null : last;
    }
}
