using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Kubernetes;

/// <summary>A string field of an object and where it is written.</summary>
public sealed class KubernetesField
{
    // The scalar the location is taken from when first asked: most fields' locations never are.
    private readonly YamlScalar _written;
    private Location? _location;

    internal KubernetesField(YamlScalar written)
        : this(written.Value, written)
    {
    }

    internal KubernetesField(string value, YamlScalar written)
    {
        Value = value;
        _written = written;
    }

    /// <summary>The value as read.</summary>
    public string Value { get; }

    /// <summary>The value's location; for an item of a typed list that writes no kind, the list's <c>kind</c>.</summary>
    public Location Location => _location ??= _written.Location;

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>
/// A label or annotation: its key, its value as text (empty when the value is not a scalar), and the entry, so a
/// finding can point at the key or at the value.
/// </summary>
public sealed record KubernetesKeyValue(string Name, string Value, YamlEntry Entry)
{
    /// <summary>Where the key is written.</summary>
    public Location NameLocation => Entry.Key.Location;

    /// <summary>Where the value is written.</summary>
    public Location ValueLocation => Entry.Value.Location;
}

/// <summary>
/// One Kubernetes object: a YAML document (or an item of a <c>List</c>) whose mapping has an <c>apiVersion</c> and a
/// <c>kind</c>. Every value keeps its position through <see cref="Node"/>; the common fields are read once here.
/// </summary>
public sealed class KubernetesObject
{
    private static readonly KubernetesKeyValue[] NoPairs = Array.Empty<KubernetesKeyValue>();

    internal KubernetesObject(YamlFile file, int documentIndex, YamlMapping node, KubernetesField apiVersion, KubernetesField kind, KubernetesObject? list)
    {
        File = file;
        DocumentIndex = documentIndex;
        Node = node;
        ApiVersion = apiVersion;
        Kind = kind;
        List = list;
        Metadata = node.GetMapping("metadata");
        Name = Field(Metadata, "name") ?? Field(Metadata, "generateName");
        Namespace = Field(Metadata, "namespace");
        Labels = Pairs(Metadata?.GetMapping("labels"));
        Annotations = Pairs(Metadata?.GetMapping("annotations"));
        Spec = node.GetMapping("spec");
        PodTemplate = PodTemplate.Find(this);
    }

    /// <summary>The file the object is written in.</summary>
    public YamlFile File { get; }

    /// <summary>The path of that file.</summary>
    public string Path => File.Path;

    /// <summary>The index of the document (0-based) in the file's stream.</summary>
    public int DocumentIndex { get; }

    /// <summary>The document the object is in.</summary>
    public YamlDocument Document => File.Documents[DocumentIndex];

    /// <summary>The object's mapping, with every key and value and their positions.</summary>
    public YamlMapping Node { get; }

    /// <summary>Where the object is written (the whole mapping).</summary>
    public Location Location => Node.Location;

    /// <summary><c>apiVersion</c>, e.g. <c>apps/v1</c>.</summary>
    public KubernetesField ApiVersion { get; }

    /// <summary>The API group (<c>apps</c>), empty for the core group (<c>v1</c>).</summary>
    public string Group
    {
        get
        {
            var slash = ApiVersion.Value.IndexOf('/');
            return slash >= 0 ? ApiVersion.Value.Substring(0, slash) : string.Empty;
        }
    }

    /// <summary><c>kind</c>, e.g. <c>Deployment</c>.</summary>
    public KubernetesField Kind { get; }

    /// <summary><c>metadata.name</c> (or <c>metadata.generateName</c>), or null when neither is written.</summary>
    public KubernetesField? Name { get; }

    /// <summary><c>metadata.namespace</c>, or null when not written (the namespace is then chosen at apply time).</summary>
    public KubernetesField? Namespace { get; }

    /// <summary><c>metadata</c>, or null.</summary>
    public YamlMapping? Metadata { get; }

    /// <summary><c>metadata.labels</c>, in order.</summary>
    public IReadOnlyList<KubernetesKeyValue> Labels { get; }

    /// <summary><c>metadata.annotations</c>, in order.</summary>
    public IReadOnlyList<KubernetesKeyValue> Annotations { get; }

    /// <summary><c>spec</c>, or null.</summary>
    public YamlMapping? Spec { get; }

    /// <summary>The <c>List</c> (or typed <c>*List</c>) the object is an item of, or null for a top-level document.</summary>
    public KubernetesObject? List { get; }

    /// <summary>The pod template the object holds (a Pod's own spec, a workload's <c>spec.template</c>, a CronJob's job template), or null.</summary>
    public PodTemplate? PodTemplate { get; }

    /// <summary>How messages name the object: <c>Deployment 'web'</c>, or <c>Deployment</c> when it has no name.</summary>
    public string Description => Name is null ? Kind.Value : $"{Kind.Value} '{Name.Value}'";

    /// <summary>The label <paramref name="name"/>, or null.</summary>
    public KubernetesKeyValue? FindLabel(string name) => Find(Labels, name);

    /// <summary>The annotation <paramref name="name"/>, or null.</summary>
    public KubernetesKeyValue? FindAnnotation(string name) => Find(Annotations, name);

    /// <inheritdoc />
    public override string ToString() => Description;

    internal static KubernetesKeyValue? Find(IReadOnlyList<KubernetesKeyValue> pairs, string name)
    {
        foreach (var pair in pairs)
        {
            if (string.Equals(pair.Name, name, StringComparison.Ordinal))
            {
                return pair;
            }
        }

        return null;
    }

    internal static IReadOnlyList<KubernetesKeyValue> Pairs(YamlMapping? mapping)
    {
        if (mapping is null || mapping.Entries.Count == 0)
        {
            return NoPairs;
        }

        var pairs = new List<KubernetesKeyValue>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is { } key)
            {
                pairs.Add(new KubernetesKeyValue(key, entry.Value is YamlScalar { IsNull: false } scalar ? scalar.Value : string.Empty, entry));
            }
        }

        return pairs;
    }

    private static KubernetesField? Field(YamlMapping? mapping, string key) =>
        mapping?.GetScalar(key) is { } scalar ? new KubernetesField(scalar) : null;
}
