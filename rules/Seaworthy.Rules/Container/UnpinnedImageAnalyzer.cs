using System;
using System.Collections.Generic;
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

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var image = c.Container.Image;
        if (image is null || !image.IsResolved)
        {
            return;
        }

        var reference = ImageReference.Parse(image.Reference);
        if (reference.Digest is not null || (reference.Registry is null && reference.Repository == "scratch"))
        {
            return;
        }

        // A Dockerfile's base is pulled at build time; a service's or a pod's image whenever a node pulls it.
        var consequence = !c.Container.IsSetInDockerfile(image.Location) ? "every pull may get a different image" : "every build may get a different image";
        string problem;
        if (reference.Tag is null)
        {
            problem = "without a tag, so " + consequence;
        }
        else if (string.Equals(reference.Tag, "latest", StringComparison.Ordinal))
        {
            problem = "with the moving tag 'latest', so " + consequence;
        }
        else
        {
            return;
        }

        if (!string.Equals(image.WrittenAs, image.Reference, StringComparison.Ordinal))
        {
            problem += $" ('{image.WrittenAs}' with its ARG defaults)";
        }

        c.Report(Rule, image.Location, c.Container.Description, image.Reference, problem);
    });
}
