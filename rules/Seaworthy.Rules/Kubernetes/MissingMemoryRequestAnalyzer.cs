using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4003: a container sets no memory request.</summary>
public sealed class MissingMemoryRequestAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4003",
        "missing-memory-request",
        "Container has no memory request",
        "{0} sets no memory request, so the scheduler places it as if it needed no memory",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4003"),
        new[] { "checkov:CKV_K8S_12", "trivy:KSV016", "polaris:memoryRequestsMissing", "kube-score:container-resources" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        if (c.PodTemplate?.Spec.GetMappingAt("resources", "requests")?.Find("memory") is not null)
        {
            return;
        }

        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            // Kubernetes uses the limit as the request when only the limit is written.
            if (container.Kind != KubernetesContainerKind.EphemeralContainer
                && container.Node.GetMappingAt("resources", "requests")?.Find("memory") is null
                && container.Node.GetMappingAt("resources", "limits")?.Find("memory") is null)
            {
                c.Report(Rule, container.Location, description);
            }
        }
    });
}
