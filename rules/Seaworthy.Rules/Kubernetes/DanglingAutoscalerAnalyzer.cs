using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4062: a HorizontalPodAutoscaler scales a workload the run does not hold.</summary>
public sealed class DanglingAutoscalerAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4062",
        "dangling-autoscaler",
        "HorizontalPodAutoscaler targets no workload",
        "{0} scales {1} '{2}', but no such object is linted with it in its namespace, so it scales nothing",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4062"),
        new[] { "kube-linter:dangling-horizontalpodautoscaler" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var target = manifest.Spec?.GetMapping("scaleTargetRef");
        if (manifest.Kind.Value != "HorizontalPodAutoscaler"
            || target?.GetScalar("kind") is not { IsNull: false } kind
            || target.GetScalar("name") is not { IsNull: false } name)
        {
            return;
        }

        // Without any object of the target's kind in the run, the workload is defined elsewhere.
        if (c.Objects.OfKind(kind.Value).Count == 0
            || c.Objects.Find(kind.Value, name.Value, manifest.Namespace?.Value) is not null)
        {
            return;
        }

        c.Report(Rule, name.Location, manifest.Description, kind.Value, name.Value);
    });
}
