using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>Reading fields of Kubernetes objects: typed lookups on the YAML, label maps and selectors.</summary>
internal static class ManifestQueries
{
    /// <summary>
    /// Where a finding about something an object lacks points: its <c>metadata.name</c> value, else its <c>kind</c> value.
    /// (A finding about something a container lacks points at the container's <c>name</c>: <see cref="KubernetesContainer.Location"/>.)
    /// </summary>
    public static Location Anchor(KubernetesObject manifest) => manifest.Name?.Location ?? manifest.Kind.Location;

    /// <summary>The containers of the object's pod template, each with how messages name it (its <see cref="Workloads.ContainerSpec"/>'s description).</summary>
    public static ContainerList Containers(KubernetesObjectContext context) => new(context);

    /// <summary>
    /// The pod-level <c>securityContext</c> (named as the object) and each container's (named as the container), for
    /// settings that are written at either level.
    /// </summary>
    public static IEnumerable<(YamlMapping SecurityContext, string Description)> SecurityContexts(KubernetesObjectContext context)
    {
        if (context.PodTemplate?.SecurityContext is { } pod)
        {
            yield return (pod, context.KubernetesObject.Description);
        }

        foreach (var (container, description) in Containers(context))
        {
            if (container.SecurityContext is { } own)
            {
                yield return (own, description);
            }
        }
    }

    /// <summary>A non-negative whole number written as a scalar, or null.</summary>
    public static int? Count(YamlScalar? scalar) =>
        scalar is not null && int.TryParse(scalar.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null;

    /// <summary>
    /// The containers that request none of <paramref name="resource"/> (<c>cpu</c>, <c>memory</c>): no pod-level request,
    /// no container request, and no limit (Kubernetes uses the limit as the request when only the limit is written).
    /// Ephemeral containers take no resources.
    /// </summary>
    public static IEnumerable<(KubernetesContainer Container, string Description)> ContainersWithoutRequest(KubernetesObjectContext context, string resource)
    {
        if (context.PodTemplate?.Spec.GetMappingAt("resources", "requests")?.Find(resource) is not null)
        {
            yield break;
        }

        foreach (var (container, description) in Containers(context))
        {
            if (container.Kind != KubernetesContainerKind.EphemeralContainer
                && container.Node.GetMappingAt("resources", "requests")?.Find(resource) is null
                && container.Node.GetMappingAt("resources", "limits")?.Find(resource) is null)
            {
                yield return (container, description);
            }
        }
    }

    /// <summary>
    /// True when two objects may land in the same namespace: both name the same one, or either names none (it lands
    /// wherever it is applied), as <see cref="KubernetesObjectSet.Find"/> reads it.
    /// </summary>
    public static bool SameNamespace(KubernetesObject first, KubernetesObject second) =>
        first.Namespace is null || second.Namespace is null || string.Equals(first.Namespace.Value, second.Namespace.Value, StringComparison.Ordinal);

    /// <summary>
    /// Whether a file of the folder of <paramref name="near"/> (its own file included) holds an object of kind
    /// <paramref name="kind"/>: where the project keeps its Secrets or Services, a reference to one that is not in the
    /// run is a mistake; elsewhere the objects are made outside the files (kubectl, a chart, a secret store).
    /// </summary>
    public static bool KindInFolder(KubernetesObjectSet objects, KubernetesObject near, string kind)
    {
        var folder = System.IO.Path.GetDirectoryName(near.Node.Source.Path);
        foreach (var candidate in objects.OfKind(kind))
        {
            if (string.Equals(System.IO.Path.GetDirectoryName(candidate.Node.Source.Path), folder, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labels of a pod template as a map.</summary>
    public static Dictionary<string, string> Labels(PodTemplate pod)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in pod.Labels)
        {
            if (!labels.ContainsKey(label.Name))
            {
                labels.Add(label.Name, label.Value);
            }
        }

        return labels;
    }

    /// <summary>The mappings of the sequence at <paramref name="key"/>.</summary>
    public static ItemList<YamlMapping> MappingItems(YamlMapping? mapping, string key) => new(mapping?.Find(key)?.Value as YamlSequence);

    /// <summary>Whether the object is a Role or ClusterRole, the kinds whose <c>rules</c> grant permissions.</summary>
    public static bool IsRbacRole(KubernetesObject manifest) => manifest.Kind.Value is "Role" or "ClusterRole";

    /// <summary>The policy rules of a Role or ClusterRole; none for any other kind.</summary>
    public static ItemList<YamlMapping> RbacRules(KubernetesObject manifest) =>
        IsRbacRole(manifest) ? MappingItems(manifest.Node, "rules") : default;

    /// <summary>The scalars of the sequence at <paramref name="key"/> (null ones left out).</summary>
    public static ItemList<YamlScalar> ScalarItems(YamlMapping? mapping, string key) => new(mapping?.Find(key)?.Value as YamlSequence);

    /// <summary>A mapping of strings (labels, a Service selector); entries whose key or value is not a scalar are left out.</summary>
    public static Dictionary<string, string> StringMap(YamlMapping? mapping)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (mapping is null)
        {
            return map;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is { } key && entry.Value is YamlScalar value && !map.ContainsKey(key))
            {
                map.Add(key, value.IsNull ? "" : value.Value);
            }
        }

        return map;
    }

    /// <summary>
    /// Whether a label selector (<c>matchLabels</c> and <c>matchExpressions</c>) selects <paramref name="labels"/>.
    /// An empty selector selects everything, as Kubernetes reads it for NetworkPolicy and PodDisruptionBudget.
    /// </summary>
    public static bool LabelSelectorMatches(YamlMapping selector, IReadOnlyDictionary<string, string> labels)
    {
        if (!MapSelectorMatches(StringMap(selector.GetMapping("matchLabels")), labels))
        {
            return false;
        }

        foreach (var expression in MappingItems(selector, "matchExpressions"))
        {
            var key = expression.GetScalar("key")?.Value ?? "";
            var has = labels.TryGetValue(key, out var value);
            var values = new List<string>();
            foreach (var item in ScalarItems(expression, "values"))
            {
                values.Add(item.Value);
            }

            var matches = expression.GetScalar("operator")?.Value switch
            {
                "In" => has && values.Contains(value!),
                "NotIn" => !has || !values.Contains(value!),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every pair of an equality selector (a Service's <c>selector</c>, <c>matchLabels</c>) is among <paramref name="labels"/>.</summary>
    public static bool MapSelectorMatches(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var pair in selector)
        {
            if (!labels.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first verb of an RBAC rule that is among <paramref name="verbs"/>, or null.</summary>
    public static string? GrantedVerb(YamlMapping rule, string[] verbs)
    {
        foreach (var verb in ScalarItems(rule, "verbs"))
        {
            if (Array.IndexOf(verbs, verb.Value) >= 0)
            {
                return verb.Value;
            }
        }

        return null;
    }

    /// <summary>True for an RBAC rule that covers the core API group (Secrets, Pods): no <c>apiGroups</c>, or <c>""</c> or <c>*</c> among them.</summary>
    public static bool CoversCoreGroup(YamlMapping rule)
    {
        if (rule.Find("apiGroups") is null)
        {
            return true;
        }

        foreach (var group in ScalarItems(rule, "apiGroups"))
        {
            if (group.Value is "" or "*")
            {
                return true;
            }
        }

        return false;
    }
    /// <summary>
    /// The containers of <see cref="Containers"/>: a <c>foreach</c> over it allocates nothing (rules ask for them for
    /// every object).
    /// </summary>
    public readonly struct ContainerList
    {
        private readonly KubernetesObjectContext? _context;

        public ContainerList(KubernetesObjectContext context) => _context = context;

        public Enumerator GetEnumerator() => new(_context);

        public struct Enumerator
        {
            private readonly KubernetesObjectContext? _context;
            private readonly PodTemplate? _pod;
            private int _index;

            public Enumerator(KubernetesObjectContext? context)
            {
                _context = context;
                _pod = context?.PodTemplate;
                _index = -1;
            }

            // The context's ContainerSpecs are in the order of the pod template's containers.
            public readonly (KubernetesContainer Container, string Description) Current => (_pod!.Containers[_index], _context!.Containers[_index].Description);

            public bool MoveNext() => _pod is not null && ++_index < _pod.Containers.Count;
        }
    }

    /// <summary>
    /// The items of type <typeparamref name="T"/> of a sequence (scalars that are not null, or mappings), in order: a
    /// <c>foreach</c> over it allocates nothing; LINQ gets it as an <see cref="IEnumerable{T}"/>.
    /// </summary>
    public readonly struct ItemList<T> : IEnumerable<T>
        where T : YamlNode
    {
        private readonly YamlSequence? _sequence;

        public ItemList(YamlSequence? sequence) => _sequence = sequence;

        public Enumerator GetEnumerator() => new(_sequence);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : IEnumerator<T>
        {
            private readonly YamlSequence? _sequence;
            private int _index;

            public Enumerator(YamlSequence? sequence)
            {
                _sequence = sequence;
                _index = -1;
            }

            public readonly T Current => (T)_sequence!.Items[_index];

            readonly object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                if (_sequence is null)
                {
                    return false;
                }

                while (++_index < _sequence.Items.Count)
                {
                    if (_sequence.Items[_index] is T and not YamlScalar { IsNull: true })
                    {
                        return true;
                    }
                }

                return false;
            }

            public void Reset() => _index = -1;

            public readonly void Dispose()
            {
            }
        }
    }
}
