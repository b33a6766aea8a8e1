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

        var wanted = ManifestQueries.StringMap(selector);
        var anyWorkload = false;
        foreach (var workload in c.Objects.All)
        {
            if (workload.PodTemplate is not { } pod)
            {
                continue;
            }

            anyWorkload = true;
            if (ManifestQueries.SameNamespace(workload, manifest) && ManifestQueries.MapSelectorMatches(wanted, ManifestQueries.Labels(pod)))
            {
                return;
            }
        }

        // Without any workload in the run, the Service's pods are defined elsewhere.
        if (anyWorkload)
        {
            c.Report(Rule, entry.Key.Location, manifest.Description);
        }
    });
}
