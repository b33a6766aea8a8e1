using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4033: a workload runs, or an autoscaler may scale it down to, fewer replicas than a node failure or a rollout leaves serving.</summary>
public sealed class TooFewReplicasAnalyzer : Analyzer
{
    private static readonly RuleOption<int[]> MinReplicas = RuleOption.StringList(
        "min-replicas",
        "the fewest replicas accepted, one whole number from 1 (Polaris asks for 2)",
        new[] { "3" },
        items => items.Select(item => int.Parse(item, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray(),
        item => int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 ? null : "it is not a whole number from 1");

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4033",
        "too-few-replicas",
        "Too few replicas to stay available",
        "{0} {1}, fewer than {2}: a node failure or a rollout can leave it without a ready pod",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4033"),
        new[] { "kube-linter:minimum-three-replicas", "kube-linter:hpa-minimum-three-replicas", "polaris:deploymentMissingReplicas", "polaris:hpaMinAvailability" })
    {
        Options = new RuleOption[] { MinReplicas },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var configured = c.GetOption(Rule, MinReplicas);
        var minimum = configured.Length > 0 ? configured[0] : MinReplicas.Default[0];
        if (manifest.Kind.Value == "HorizontalPodAutoscaler")
        {
            // minReplicas defaults to 1.
            var written = manifest.Spec?.GetScalar("minReplicas");
            var count = written is null ? 1 : ManifestQueries.Count(written);
            if (manifest.Spec is not null && count < minimum)
            {
                c.Report(Rule, written?.Location ?? ManifestQueries.Anchor(manifest), manifest.Description, Scales(count.Value, written is null), minimum);
            }

            return;
        }

        if (manifest.Kind.Value is not ("Deployment" or "StatefulSet" or "ReplicaSet" or "ReplicationController" or "DeploymentConfig")
            || IsAutoscaled(manifest, c.Objects))
        {
            return;
        }

        // replicas defaults to 1; 0 is a workload scaled down on purpose.
        var replicas = manifest.Spec?.GetScalar("replicas");
        var replicaCount = replicas is null ? 1 : ManifestQueries.Count(replicas);
        if (replicaCount is > 0 && replicaCount < minimum)
        {
            c.Report(Rule, replicas?.Location ?? ManifestQueries.Anchor(manifest), manifest.Description, Runs(replicaCount.Value, replicas is null), minimum);
        }
    });

    private static string Runs(int count, bool defaulted) =>
        defaulted ? "sets no replicas, so it runs 1 replica" : count == 1 ? "runs 1 replica" : $"runs {count} replicas";

    private static string Scales(int count, bool defaulted) =>
        defaulted ? "sets no minReplicas, so it may scale down to 1 replica" : count == 1 ? "may scale down to 1 replica" : $"may scale down to {count} replicas";

    // An autoscaler of the run that scales the workload sets its replica count; its minReplicas is checked instead.
    private static bool IsAutoscaled(KubernetesObject workload, KubernetesObjectSet objects)
    {
        foreach (var autoscaler in objects.OfKind("HorizontalPodAutoscaler"))
        {
            var target = autoscaler.Spec?.GetMapping("scaleTargetRef");
            if (target is not null
                && string.Equals(target.GetScalar("kind")?.Value, workload.Kind.Value, StringComparison.Ordinal)
                && string.Equals(target.GetScalar("name")?.Value, workload.Name?.Value, StringComparison.Ordinal)
                && ManifestQueries.SameNamespace(autoscaler, workload))
            {
                return true;
            }
        }

        return false;
    }
}
