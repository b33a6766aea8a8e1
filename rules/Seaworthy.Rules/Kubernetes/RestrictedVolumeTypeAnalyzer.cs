using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4040: a pod volume of a type (network or cloud storage, a git repository) that the restricted Pod Security Standard does not allow.</summary>
public sealed class RestrictedVolumeTypeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4040",
        "restricted-volume-type",
        "Volume type outside the restricted Pod Security Standard",
        "{0} declares volume '{1}' of type {2}, which the restricted Pod Security Standard does not allow: the node mounts it with its own credentials and drivers on the pod's behalf",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4040"),
        new[] { "trivy:KSV028" });

    // The in-tree volume types the restricted profile leaves out (hostPath has rules of its own), as Trivy lists them.
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume", "cinder",
        "cephfs", "cephFS", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk", "portworxVolume", "scaleIO",
        "storageos", "photonPersistentDisk",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        if (c.PodTemplate is not { } pod)
        {
            return;
        }

        foreach (var volume in ManifestQueries.MappingItems(pod.Spec, "volumes"))
        {
            foreach (var entry in volume.Entries)
            {
                if (entry.KeyText is { } key && Types.Contains(key))
                {
                    c.Report(Rule, entry.Key.Location, c.KubernetesObject.Description, volume.GetScalar("name")?.Value ?? "", key);
                }
            }
        }
    });
}
