using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4006: a namespaced object is in the default namespace.</summary>
public sealed class DefaultNamespaceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4006",
        "default-namespace",
        "Object in the default namespace",
        "{0} is in the default namespace ({1})",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4006"),
        new[] { "kube-linter:use-namespace", "checkov:CKV_K8S_21", "trivy:KSV110" });

    // The namespaced kinds of Kubernetes' built-in APIs; cluster-scoped kinds and custom resources are not known to be namespaced.
    private static readonly HashSet<string> NamespacedKinds = new(StringComparer.Ordinal)
    {
        "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "PodTemplate",
        "DeploymentConfig", "Service", "Endpoints", "EndpointSlice", "ConfigMap", "Secret", "ServiceAccount", "Role", "RoleBinding",
        "Ingress", "NetworkPolicy", "PodDisruptionBudget", "HorizontalPodAutoscaler", "PersistentVolumeClaim", "LimitRange",
        "ResourceQuota", "Lease", "Event", "ControllerRevision", "CSIStorageCapacity",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (!NamespacedKinds.Contains(manifest.Kind.Value)
            || (manifest.Kind.Value == "ServiceAccount" && manifest.Name?.Value == "default")
            || (manifest.Kind.Value == "Service" && manifest.Name?.Value == "kubernetes"))
        {
            return;
        }

        if (manifest.Namespace is null)
        {
            c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description, "no metadata.namespace is set");
        }
        else if (manifest.Namespace.Value == "default")
        {
            c.Report(Rule, manifest.Namespace.Location, manifest.Description, "metadata.namespace is 'default'");
        }
    });
}
