using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4013: a controller's selector does not select its own pod template.</summary>
public sealed class MismatchingSelectorAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4013",
        "mismatching-selector",
        "Selector does not match the pod template",
        "{0} has a selector that does not match the labels of its pod template",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4013"),
        new[] { "kube-linter:mismatching-selector" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value is not ("Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" or "DeploymentConfig")
            || c.PodTemplate is not { } pod
            || manifest.Spec?.Find("selector") is not { Value: YamlMapping selector } entry)
        {
            return;
        }

        var labels = ManifestQueries.Labels(pod);
        var matches = manifest.Kind.Value is "ReplicationController" or "DeploymentConfig"
            ? ManifestQueries.MapSelectorMatches(ManifestQueries.StringMap(selector), labels)
            : ManifestQueries.LabelSelectorMatches(selector, labels);
        if (!matches)
        {
            c.Report(Rule, entry.Key.Location, manifest.Description);
        }
    });
}
