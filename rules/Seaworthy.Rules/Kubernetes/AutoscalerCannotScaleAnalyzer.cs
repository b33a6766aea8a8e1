using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4034: a HorizontalPodAutoscaler whose maxReplicas is not above its minReplicas never scales.</summary>
public sealed class AutoscalerCannotScaleAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4034",
        "autoscaler-cannot-scale",
        "Autoscaler's maxReplicas is not above its minReplicas",
        "{0} sets maxReplicas {1} and {2}, so it never scales out",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4034"),
        new[] { "polaris:hpaMaxAvailability" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value != "HorizontalPodAutoscaler" || manifest.Spec?.GetScalar("maxReplicas") is not { } max
            || ManifestQueries.Count(max) is not { } maxCount)
        {
            return;
        }

        // minReplicas defaults to 1.
        var min = manifest.Spec.GetScalar("minReplicas");
        var minCount = min is null ? 1 : ManifestQueries.Count(min);
        if (minCount is { } floor && maxCount <= floor)
        {
            c.Report(Rule, max.Location, manifest.Description, maxCount, min is null ? "no minReplicas (1)" : $"minReplicas {floor}");
        }
    });
}
