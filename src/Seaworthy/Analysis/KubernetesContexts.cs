using System.Collections.Generic;
using Seaworthy.Engine;
using Seaworthy.Kubernetes;
using Seaworthy.Workloads;

namespace Seaworthy.Analysis;

/// <summary>The context of a callback on one Kubernetes object.</summary>
public sealed class KubernetesObjectContext : RuleContext
{
    internal KubernetesObjectContext(DiagnosticSink sink, KubernetesObject kubernetesObject, IReadOnlyList<ContainerSpec> containers, KubernetesObjectSet objects)
        : base(sink)
    {
        KubernetesObject = kubernetesObject;
        Containers = containers;
        Objects = objects;
    }

    /// <summary>The object, with every key and value and their positions.</summary>
    public KubernetesObject KubernetesObject { get; }

    /// <summary>The object's pod template, or null when it holds none.</summary>
    public PodTemplate? PodTemplate => KubernetesObject.PodTemplate;

    /// <summary>
    /// The pod template's containers as <see cref="ContainerSpec"/>s, in the order of <see cref="PodTemplate.Containers"/>
    /// (init containers, containers, ephemeral containers); empty when there is no pod template.
    /// </summary>
    public IReadOnlyList<ContainerSpec> Containers { get; }

    /// <summary>Every object of the run, across files, for rules that relate objects (Services, NetworkPolicies, RBAC).</summary>
    public KubernetesObjectSet Objects { get; }
}
