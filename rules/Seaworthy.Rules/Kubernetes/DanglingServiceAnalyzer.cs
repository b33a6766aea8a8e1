using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4022: a Service's selector matches no pods of the run.</summary>
public sealed class DanglingServiceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4022",
        "dangling-service",
        "Service selects no pods",
        "{0} selects no pod template of the workloads linted with it, so it has no endpoints",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4022"),
        new[] { "kube-linter:dangling-service", "kube-score:service-targets-pod" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value != "Service"
            || manifest.Spec?.Find("selector") is not { Value: YamlMapping { Entries.Count: > 0 } selector } entry)
        {
            return;
        }

        // Without any workload in the run, the Service's pods are defined elsewhere.
        var index = PodLabelIndex.For(c.Objects);
        if (!index.HasPods)
        {
            return;
        }

        foreach (var workload in index.Selected(ManifestQueries.StringMap(selector)))
        {
            if (ManifestQueries.SameNamespace(workload, manifest))
            {
                return;
            }
        }

        c.Report(Rule, entry.Key.Location, manifest.Description);
    });
}
