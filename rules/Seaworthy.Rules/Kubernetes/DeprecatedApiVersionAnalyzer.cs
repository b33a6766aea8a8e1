using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4012: an object uses an API version Kubernetes has removed.</summary>
public sealed class DeprecatedApiVersionAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4012",
        "deprecated-api-version",
        "API version removed from Kubernetes",
        "{0} uses {1}, removed in Kubernetes {2}: use {3}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4012"),
        new[] { "kube-linter:no-extensions-v1beta", "trivy:KSV107", "kube-score:stable-version" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    // "apiVersion kind" (or "apiVersion *" for every kind of the version) -> the release that removed it and what replaces it.
    // From Kubernetes' deprecated API migration guide, 1.16 to 1.32.
    private static readonly Dictionary<string, (string Version, string Replacement)> Removed = new(StringComparer.Ordinal)
    {
        ["extensions/v1beta1 Deployment"] = ("1.16", "apps/v1"),
        ["extensions/v1beta1 DaemonSet"] = ("1.16", "apps/v1"),
        ["extensions/v1beta1 ReplicaSet"] = ("1.16", "apps/v1"),
        ["extensions/v1beta1 NetworkPolicy"] = ("1.16", "networking.k8s.io/v1"),
        ["extensions/v1beta1 PodSecurityPolicy"] = ("1.16", "Pod Security Admission (PodSecurityPolicy itself was removed in 1.25)"),
        ["extensions/v1beta1 Ingress"] = ("1.22", "networking.k8s.io/v1"),
        ["apps/v1beta1 *"] = ("1.16", "apps/v1"),
        ["apps/v1beta2 *"] = ("1.16", "apps/v1"),
        ["scheduling.k8s.io/v1alpha1 *"] = ("1.17", "scheduling.k8s.io/v1"),
        ["batch/v2alpha1 *"] = ("1.21", "batch/v1"),
        ["networking.k8s.io/v1beta1 *"] = ("1.22", "networking.k8s.io/v1"),
        ["rbac.authorization.k8s.io/v1alpha1 *"] = ("1.22", "rbac.authorization.k8s.io/v1"),
        ["rbac.authorization.k8s.io/v1beta1 *"] = ("1.22", "rbac.authorization.k8s.io/v1"),
        ["admissionregistration.k8s.io/v1beta1 *"] = ("1.22", "admissionregistration.k8s.io/v1"),
        ["apiextensions.k8s.io/v1beta1 *"] = ("1.22", "apiextensions.k8s.io/v1"),
        ["apiregistration.k8s.io/v1beta1 *"] = ("1.22", "apiregistration.k8s.io/v1"),
        ["authentication.k8s.io/v1beta1 *"] = ("1.22", "authentication.k8s.io/v1"),
        ["authorization.k8s.io/v1beta1 *"] = ("1.22", "authorization.k8s.io/v1"),
        ["certificates.k8s.io/v1beta1 *"] = ("1.22", "certificates.k8s.io/v1"),
        ["coordination.k8s.io/v1beta1 *"] = ("1.22", "coordination.k8s.io/v1"),
        ["scheduling.k8s.io/v1beta1 *"] = ("1.22", "scheduling.k8s.io/v1"),
        ["storage.k8s.io/v1beta1 CSIDriver"] = ("1.22", "storage.k8s.io/v1"),
        ["storage.k8s.io/v1beta1 CSINode"] = ("1.22", "storage.k8s.io/v1"),
        ["storage.k8s.io/v1beta1 StorageClass"] = ("1.22", "storage.k8s.io/v1"),
        ["storage.k8s.io/v1beta1 VolumeAttachment"] = ("1.22", "storage.k8s.io/v1"),
        ["storage.k8s.io/v1beta1 CSIStorageCapacity"] = ("1.27", "storage.k8s.io/v1"),
        ["batch/v1beta1 CronJob"] = ("1.25", "batch/v1"),
        ["discovery.k8s.io/v1beta1 *"] = ("1.25", "discovery.k8s.io/v1"),
        ["events.k8s.io/v1beta1 *"] = ("1.25", "events.k8s.io/v1"),
        ["autoscaling/v2beta1 *"] = ("1.25", "autoscaling/v2"),
        ["policy/v1beta1 PodDisruptionBudget"] = ("1.25", "policy/v1"),
        ["policy/v1beta1 PodSecurityPolicy"] = ("1.25", "Pod Security Admission"),
        ["node.k8s.io/v1beta1 *"] = ("1.25", "node.k8s.io/v1"),
        ["autoscaling/v2beta2 *"] = ("1.26", "autoscaling/v2"),
        ["flowcontrol.apiserver.k8s.io/v1beta1 *"] = ("1.26", "flowcontrol.apiserver.k8s.io/v1"),
        ["flowcontrol.apiserver.k8s.io/v1beta2 *"] = ("1.29", "flowcontrol.apiserver.k8s.io/v1"),
        ["flowcontrol.apiserver.k8s.io/v1beta3 *"] = ("1.32", "flowcontrol.apiserver.k8s.io/v1"),
    };

    // Which replacements are a fix, per the migration guide's notes: safe where the guide lists no notable change (the
    // object means the same under the new version), unsafe where it is valid but a meaning or default changes (an
    // empty PodDisruptionBudget selector now selects every pod). Every other replacement changes the schema (apps/v1's
    // required selector, Ingress backends, CRDs, webhooks, CSRs) and gets no fix. The rule page lists the same table.
    private static readonly Dictionary<string, FixSafety> Fixable = new(StringComparer.Ordinal)
    {
        ["scheduling.k8s.io/v1alpha1 *"] = FixSafety.Safe,
        ["scheduling.k8s.io/v1beta1 *"] = FixSafety.Safe,
        ["rbac.authorization.k8s.io/v1alpha1 *"] = FixSafety.Safe,
        ["rbac.authorization.k8s.io/v1beta1 *"] = FixSafety.Safe,
        ["coordination.k8s.io/v1beta1 *"] = FixSafety.Safe,
        ["apiregistration.k8s.io/v1beta1 *"] = FixSafety.Safe,
        ["authentication.k8s.io/v1beta1 *"] = FixSafety.Safe,
        ["node.k8s.io/v1beta1 *"] = FixSafety.Safe,
        ["autoscaling/v2beta2 *"] = FixSafety.Safe,
        ["batch/v1beta1 CronJob"] = FixSafety.Safe,
        ["networking.k8s.io/v1beta1 IngressClass"] = FixSafety.Safe,
        ["storage.k8s.io/v1beta1 CSIDriver"] = FixSafety.Safe,
        ["storage.k8s.io/v1beta1 CSINode"] = FixSafety.Safe,
        ["storage.k8s.io/v1beta1 StorageClass"] = FixSafety.Safe,
        ["storage.k8s.io/v1beta1 VolumeAttachment"] = FixSafety.Safe,
        ["storage.k8s.io/v1beta1 CSIStorageCapacity"] = FixSafety.Safe,
        ["policy/v1beta1 PodDisruptionBudget"] = FixSafety.Unsafe,
        ["extensions/v1beta1 NetworkPolicy"] = FixSafety.Unsafe,
        ["batch/v2alpha1 CronJob"] = FixSafety.Unsafe,
        ["flowcontrol.apiserver.k8s.io/v1beta3 *"] = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var apiVersion = manifest.ApiVersion;
        if (Removed.TryGetValue(apiVersion.Value + " " + manifest.Kind.Value, out var removal) || Removed.TryGetValue(apiVersion.Value + " *", out removal))
        {
            Fix? fix = null;
            if ((Fixable.TryGetValue(apiVersion.Value + " " + manifest.Kind.Value, out var safety) || Fixable.TryGetValue(apiVersion.Value + " *", out safety))
                && manifest.Node.Find("apiVersion") is { IsMerged: false, Value: YamlScalar scalar } && YamlEdits.ReplaceScalar(scalar, removal.Replacement) is { } edit)
            {
                fix = new Fix($"Use {removal.Replacement}", new[] { edit }, safety);
            }

            FixReport.Report(c, Rule, apiVersion.Location, fix, manifest.Description, apiVersion.Value, removal.Version, removal.Replacement);
        }
    });
}
