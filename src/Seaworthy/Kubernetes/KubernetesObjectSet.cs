using System;
using System.Collections.Generic;

namespace Seaworthy.Kubernetes;

/// <summary>
/// Every Kubernetes object of a run, across files, for rules that look at more than one object: Services and the
/// pods they select, NetworkPolicies, PodDisruptionBudgets, RBAC bindings and the roles and accounts they name.
/// </summary>
public sealed class KubernetesObjectSet
{
    private readonly Dictionary<string, List<KubernetesObject>> _byKind = new(StringComparer.Ordinal);

    /// <summary>Gathers the objects of <paramref name="manifests"/>, in the order given.</summary>
    public KubernetesObjectSet(IEnumerable<KubernetesManifest> manifests)
    {
        var all = new List<KubernetesObject>();
        foreach (var manifest in manifests)
        {
            foreach (var item in manifest.Objects)
            {
                all.Add(item);
                if (!_byKind.TryGetValue(item.Kind.Value, out var ofKind))
                {
                    ofKind = new List<KubernetesObject>();
                    _byKind.Add(item.Kind.Value, ofKind);
                }

                ofKind.Add(item);
            }
        }

        All = all;
    }

    /// <summary>Every object, file by file in document order.</summary>
    public IReadOnlyList<KubernetesObject> All { get; }

    /// <summary>The objects of kind <paramref name="kind"/> (<c>Service</c>, <c>NetworkPolicy</c>), in order.</summary>
    public IReadOnlyList<KubernetesObject> OfKind(string kind) =>
        _byKind.TryGetValue(kind, out var objects) ? objects : Array.Empty<KubernetesObject>();

    /// <summary>
    /// The object of kind <paramref name="kind"/> named <paramref name="name"/> in <paramref name="namespace"/>, or null. A
    /// null namespace matches objects that write none, as does an object without a namespace for any namespace (both
    /// land wherever they are applied).
    /// </summary>
    public KubernetesObject? Find(string kind, string name, string? @namespace = null)
    {
        foreach (var candidate in OfKind(kind))
        {
            if (string.Equals(candidate.Name?.Value, name, StringComparison.Ordinal)
                && (@namespace is null || candidate.Namespace is null || string.Equals(candidate.Namespace.Value, @namespace, StringComparison.Ordinal)))
            {
                return candidate;
            }
        }

        return null;
    }
}
