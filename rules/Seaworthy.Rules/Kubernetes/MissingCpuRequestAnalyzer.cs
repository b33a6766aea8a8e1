using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4002: a container sets no CPU request.</summary>
public sealed class MissingCpuRequestAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4002",
        "missing-cpu-request",
        "Container has no CPU request",
        "{0} sets no CPU request, so the scheduler places it as if it needed no CPU",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4002"),
        new[] { "kube-linter:unset-cpu-requirements", "checkov:CKV_K8S_10", "trivy:KSV015", "polaris:cpuRequestsMissing", "kube-score:container-resources" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.ContainersWithoutRequest(c, "cpu"))
        {
            c.Report(Rule, container.Location, description);
        }
    });
}
