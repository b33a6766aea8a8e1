using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Kubernetes;

/// <summary>
/// The pod an object describes: a Pod's own <c>metadata</c> and <c>spec</c>, a workload's <c>spec.template</c>, a
/// PodTemplate's <c>template</c>, a CronJob's <c>spec.jobTemplate.spec.template</c>; any other kind with
/// <c>spec.template.spec.containers</c> counts too (custom workloads, Argo Rollouts, OpenKruise). A template without a
/// <c>spec</c> counts with an empty one.
/// </summary>
public sealed class PodTemplate
{
    private static readonly string[] SpecTemplate = { "spec", "template" };
    private static readonly string[] CronJobTemplate = { "spec", "jobTemplate", "spec", "template" };

    private PodTemplate(KubernetesObject owner, YamlMapping node, YamlMapping? metadata, YamlMapping spec, string path)
    {
        Owner = owner;
        Node = node;
        Metadata = metadata;
        Spec = spec;
        Path = path;
        Labels = KubernetesObject.Pairs(metadata?.GetMapping("labels"));
        Annotations = KubernetesObject.Pairs(metadata?.GetMapping("annotations"));
        SecurityContext = spec.GetMapping("securityContext");
        var kind = owner.Kind.Value;
        var restartPolicy = spec.GetScalar("restartPolicy")?.Value;
        RunsToCompletion = kind is "Job" or "CronJob" || restartPolicy is "Never" or "OnFailure";
        Containers = ReadContainers(this);
    }

    /// <summary>The object that holds the template.</summary>
    public KubernetesObject Owner { get; }

    /// <summary>The template's mapping (<c>metadata</c> and <c>spec</c>); for a Pod, the Pod itself.</summary>
    public YamlMapping Node { get; }

    /// <summary>The template's <c>metadata</c> (for a Pod, the Pod's own), or null.</summary>
    public YamlMapping? Metadata { get; }

    /// <summary>The pod spec.</summary>
    public YamlMapping Spec { get; }

    /// <summary>The path of the pod spec in the object, e.g. <c>spec.template.spec</c>.</summary>
    public string Path { get; }

    /// <summary>The template's labels (what Services, NetworkPolicies and PodDisruptionBudgets select on).</summary>
    public IReadOnlyList<KubernetesKeyValue> Labels { get; }

    /// <summary>The template's annotations (for a Pod, the Pod's own).</summary>
    public IReadOnlyList<KubernetesKeyValue> Annotations { get; }

    /// <summary>The pod-level <c>securityContext</c>, whose values are defaults for every container.</summary>
    public YamlMapping? SecurityContext { get; }

    /// <summary>
    /// True for a pod that runs to completion rather than for ever: the pods of Jobs and CronJobs, and any pod whose
    /// <c>restartPolicy</c> is <c>Never</c> or <c>OnFailure</c>.
    /// </summary>
    public bool RunsToCompletion { get; }

    /// <summary>Every container: init containers, then containers, then ephemeral containers, each in written order.</summary>
    public IReadOnlyList<KubernetesContainer> Containers { get; }

    /// <summary>Where the pod spec is written.</summary>
    public Location Location => Spec.Location;

    /// <summary>The volume named <paramref name="name"/> in <c>spec.volumes</c>, or null.</summary>
    public YamlMapping? FindVolume(string name)
    {
        if (Spec.GetSequence("volumes") is not { } volumes)
        {
            return null;
        }

        foreach (var item in volumes.Items)
        {
            if (item is YamlMapping volume && string.Equals(volume.GetScalar("name")?.Value, name, StringComparison.Ordinal))
            {
                return volume;
            }
        }

        return null;
    }

    /// <summary>The template annotation <paramref name="name"/>, or null.</summary>
    public KubernetesKeyValue? FindAnnotation(string name) => KubernetesObject.Find(Annotations, name);

    internal static PodTemplate? Find(KubernetesObject owner)
    {
        var node = owner.Node;
        switch (owner.Kind.Value)
        {
            case "Pod":
                return owner.Spec is { } podSpec ? new PodTemplate(owner, node, owner.Metadata, podSpec, "spec") : null;
            case "PodTemplate":
                return FromTemplate(owner, node.GetMapping("template"), "template.spec");
            case "CronJob":
                return FromTemplate(owner, node.GetMappingAt(CronJobTemplate), "spec.jobTemplate.spec.template.spec");
            default:
                var template = node.GetMappingAt(SpecTemplate);
                var isKnown = owner.Kind.Value is "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" or "DeploymentConfig";
                return isKnown || template?.GetMapping("spec")?.GetSequence("containers") is not null
                    ? FromTemplate(owner, template, "spec.template.spec")
                    : null;
        }
    }

    // A template without a spec (the API server rejects it) still describes pods by its labels and pod-level
    // defaults, as kube-linter reads it: its spec is taken as empty, at the template. A spec that is not a mapping
    // describes nothing.
    private static PodTemplate? FromTemplate(KubernetesObject owner, YamlMapping? template, string path)
    {
        if (template is null)
        {
            return null;
        }

        return template.Find("spec")?.Value switch
        {
            YamlMapping spec => new PodTemplate(owner, template, template.GetMapping("metadata"), spec, path),
            null or YamlScalar { IsNull: true } => new PodTemplate(owner, template, template.GetMapping("metadata"), Empty(template), path),
            _ => null,
        };
    }

    private static YamlMapping Empty(YamlMapping at) => new(at.Source, at.Span, null, null, isFlow: false, Array.Empty<YamlEntry>());

    private static List<KubernetesContainer> ReadContainers(PodTemplate pod)
    {
        var containers = new List<KubernetesContainer>();
        Read(pod, "initContainers", KubernetesContainerKind.InitContainer, containers);
        Read(pod, "containers", KubernetesContainerKind.Container, containers);
        Read(pod, "ephemeralContainers", KubernetesContainerKind.EphemeralContainer, containers);
        return containers;
    }

    private static void Read(PodTemplate pod, string key, KubernetesContainerKind kind, List<KubernetesContainer> containers)
    {
        if (pod.Spec.GetSequence(key) is not { } items)
        {
            return;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            if (items.Items[i] is YamlMapping node)
            {
                containers.Add(new KubernetesContainer(pod, kind, key, i, node));
            }
        }
    }
}

/// <summary>Which list of the pod spec a container is in.</summary>
public enum KubernetesContainerKind
{
    /// <summary><c>containers</c>.</summary>
    Container,

    /// <summary><c>initContainers</c> (a native sidecar too: see <see cref="KubernetesContainer.IsSidecar"/>).</summary>
    InitContainer,

    /// <summary><c>ephemeralContainers</c>.</summary>
    EphemeralContainer,
}

/// <summary>One container of a pod template, with its mapping.</summary>
public sealed class KubernetesContainer
{
    internal KubernetesContainer(PodTemplate pod, KubernetesContainerKind kind, string listKey, int index, YamlMapping node)
    {
        Pod = pod;
        Kind = kind;
        ListKey = listKey;
        Index = index;
        Node = node;
        NameNode = node.GetScalar("name");
        SecurityContext = node.GetMapping("securityContext");
        IsSidecar = kind == KubernetesContainerKind.InitContainer && node.GetScalar("restartPolicy")?.Value == "Always";
    }

    /// <summary>The pod template the container belongs to.</summary>
    public PodTemplate Pod { get; }

    /// <summary>The list it is in.</summary>
    public KubernetesContainerKind Kind { get; }

    /// <summary>The key of that list: <c>containers</c>, <c>initContainers</c>, <c>ephemeralContainers</c>.</summary>
    public string ListKey { get; }

    /// <summary>The container's index (0-based) in its list.</summary>
    public int Index { get; }

    /// <summary>The container's mapping.</summary>
    public YamlMapping Node { get; }

    /// <summary>The <c>name</c> value, or null when none is written.</summary>
    public YamlScalar? NameNode { get; }

    /// <summary>The name, or <c>#n</c> (1-based) when none is written.</summary>
    public string Name => NameNode?.Value ?? "#" + (Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The container's own <c>securityContext</c>, whose values override the pod's.</summary>
    public YamlMapping? SecurityContext { get; }

    /// <summary>True for a native sidecar: an init container with <c>restartPolicy: Always</c>, which runs for the pod's life.</summary>
    public bool IsSidecar { get; }

    /// <summary>Where the container is named (its <c>name</c> value), or the container's mapping when it has no name.</summary>
    public Location Location => NameNode?.Location ?? Node.Location;
}
