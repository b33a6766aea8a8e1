using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4027: a replicated workload does not spread its pods across nodes.</summary>
public sealed class MissingAntiAffinityAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4027",
        "missing-anti-affinity",
        "Replicas may all land on one node",
        "{0} runs {1} replicas without pod anti-affinity or topology spread constraints, so they may all land on one node",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4027"),
        new[] { "kube-linter:no-anti-affinity", "kube-score:deployment-has-host-podantiaffinity", "kube-score:statefulset-has-host-podantiaffinity" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value is not ("Deployment" or "StatefulSet")
            || manifest.Spec?.GetScalar("replicas") is not { } replicas
            || !int.TryParse(replicas.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2
            || c.PodTemplate?.Spec.GetMappingAt("affinity", "podAntiAffinity") is not null
            || ManifestQueries.MappingItems(c.PodTemplate?.Spec, "topologySpreadConstraints").Any())
        {
            return;
        }

        c.Report(Rule, replicas.Location, manifest.Description, count);
    });
}
