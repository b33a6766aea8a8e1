using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4031: a pod mounts a directory of the node.</summary>
public sealed class HostPathVolumeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4031",
        "host-path-volume",
        "Pod mounts a directory of the node",
        "{0} mounts the node's directory '{1}', which ties the pod to that node and shares its files",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4031"),
        new[] { "trivy:KSV023", "polaris:hostPathSet", "kube-linter:writable-host-mount" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var volume in ManifestQueries.MappingItems(c.PodTemplate?.Spec, "volumes"))
        {
            if (volume.GetMapping("hostPath")?.GetScalar("path") is { } path)
            {
                c.Report(Rule, path.Location, c.KubernetesObject.Description, path.Value);
            }
        }
    });
}
