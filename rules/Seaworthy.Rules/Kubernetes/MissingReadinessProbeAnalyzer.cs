using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4001: a container that runs for the pod's life has no readiness probe.</summary>
public sealed class MissingReadinessProbeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4001",
        "missing-readiness-probe",
        "Container has no readiness probe",
        "{0} has no readiness probe, so Services send it traffic before it is ready",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4001"),
        new[] { "kube-linter:no-readiness-probe", "checkov:CKV_K8S_9", "polaris:readinessProbeMissing", "kube-score:pod-probes" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        // Pods that run to completion (Jobs, CronJobs, restartPolicy Never or OnFailure) take no Service traffic.
        if (c.PodTemplate is not { RunsToCompletion: false })
        {
            return;
        }

        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            if (container.Kind == KubernetesContainerKind.Container && container.Node.Find("readinessProbe") is null)
            {
                c.Report(Rule, container.Location, description);
            }
        }
    });
}
