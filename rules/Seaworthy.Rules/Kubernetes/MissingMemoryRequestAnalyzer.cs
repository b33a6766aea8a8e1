using System.Collections.Generic;
using Seaworthy.Analysis;

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
        foreach (var (container, description) in ManifestQueries.ContainersWithoutRequest(c, "memory"))
        {
            c.Report(Rule, container.Location, description);
        }
    });
}
