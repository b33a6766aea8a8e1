using System;
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
        "{0} runs {1} replicas {2}, so they may all land on one node",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4027"),
        new[] { "kube-linter:no-anti-affinity", "kube-score:deployment-has-host-podantiaffinity", "kube-score:statefulset-has-host-podantiaffinity" });

    // The label the API server gives every namespace, the only one a manifest knows the value of.
    private const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value is not ("Deployment" or "StatefulSet" or "DeploymentConfig")
            || c.PodTemplate is not { } pod
            || manifest.Spec?.GetScalar("replicas") is not { } replicas
            || !int.TryParse(replicas.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2
            || ManifestQueries.MappingItems(pod.Spec, "topologySpreadConstraints").Any())
        {
            return;
        }

        if (pod.Spec.GetMappingAt("affinity", "podAntiAffinity") is not { } antiAffinity)
        {
            c.Report(Rule, replicas.Location, manifest.Description, count, "without pod anti-affinity or topology spread constraints");
            return;
        }

        var terms = ManifestQueries.MappingItems(antiAffinity, "requiredDuringSchedulingIgnoredDuringExecution")
            .Concat(ManifestQueries.MappingItems(antiAffinity, "preferredDuringSchedulingIgnoredDuringExecution")
                .Select(preferred => preferred.GetMapping("podAffinityTerm")))
            .ToList();
        if (terms.Count == 0)
        {
            c.Report(Rule, replicas.Location, manifest.Description, count, "with a pod anti-affinity that has no terms");
        }
        else if (manifest.Namespace is { } own && terms.All(term => term is not null && Excludes(term, own.Value)))
        {
            c.Report(Rule, replicas.Location, manifest.Description, count, $"whose pod anti-affinity terms all select pods outside its namespace '{own.Value}'");
        }
    });

    // A term selects pods of its own namespace unless it names others in `namespaces` and its `namespaceSelector`
    // is absent or rules that namespace out by name; a selector on any other label may match it.
    private static bool Excludes(YamlMapping term, string own)
    {
        var namespaces = ManifestQueries.ScalarItems(term, "namespaces").Select(item => item.Value).ToList();
        var selector = term.GetMapping("namespaceSelector");
        if (namespaces.Contains(own, StringComparer.Ordinal) || (namespaces.Count == 0 && selector is null))
        {
            return false;
        }

        return selector is null || SelectorExcludes(selector, own);
    }

    private static bool SelectorExcludes(YamlMapping selector, string own)
    {
        if (ManifestQueries.StringMap(selector.GetMapping("matchLabels")).TryGetValue(NamespaceNameLabel, out var name)
            && !string.Equals(name, own, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var expression in ManifestQueries.MappingItems(selector, "matchExpressions"))
        {
            if (expression.GetScalar("key")?.Value != NamespaceNameLabel)
            {
                continue;
            }

            var listed = ManifestQueries.ScalarItems(expression, "values").Any(item => string.Equals(item.Value, own, StringComparison.Ordinal));
            var excludes = expression.GetScalar("operator")?.Value switch
            {
                "In" => !listed,
                "NotIn" => listed,
                "DoesNotExist" => true,
                _ => false,
            };
            if (excludes)
            {
                return true;
            }
        }

        return false;
    }
}
