using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4004: a container's image is pulled only when the node lacks it.</summary>
public sealed class ImagePullPolicyNotAlwaysAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4004",
        "image-pull-policy-not-always",
        "Image is pulled only when the node lacks it",
        "{0} pulls image '{1}' only when the node lacks it (imagePullPolicy {2}), so nodes may run different images under one tag",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4004"),
        new[] { "checkov:CKV_K8S_15", "polaris:pullPolicyNotAlways", "kube-score:container-image-pull-policy" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            if (container.Node.GetScalar("image") is not { } image || image.Value.IndexOf('@') >= 0)
            {
                // A digest names one image: every node runs the same one whatever the policy.
                continue;
            }

            if (container.Node.GetScalar("imagePullPolicy") is { } policy)
            {
                if (!string.Equals(policy.Value, "Always", StringComparison.Ordinal))
                {
                    FixReport.Report(c, Rule, policy.Location, Fix(container.Node), description, image.Value, policy.Value);
                }
            }
            else if (Tag(image.Value) is { } tag && !string.Equals(tag, "latest", StringComparison.Ordinal))
            {
                FixReport.Report(c, Rule, image.Location, Fix(container.Node), description, image.Value, "IfNotPresent by default");
            }
        }
    });

    private static Fix? Fix(YamlMapping container) =>
        YamlFixes.Set(container, FixSafety.Unsafe, "Set imagePullPolicy: Always", "Always", "imagePullPolicy");

    // The tag after the last ':' that follows the last '/', or null when there is none.
    private static string? Tag(string image)
    {
        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? image.Substring(colon + 1) : null;
    }
}
