using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Seaworthy.Kubernetes;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// The objects of a run that hold pods, indexed by their pod labels, built once per run: a Service's selector is
/// matched against the workloads that carry its pairs rather than against every object, so a manifest with
/// thousands of Services and workloads costs no product of the two.
/// </summary>
internal sealed class PodLabelIndex
{
    private static readonly ConditionalWeakTable<KubernetesObjectSet, PodLabelIndex> Indexes = new();

    private readonly Dictionary<string, List<(KubernetesObject Owner, Dictionary<string, string> Labels)>> _byPair = new(StringComparer.Ordinal);

    private PodLabelIndex(KubernetesObjectSet objects)
    {
        foreach (var owner in objects.All)
        {
            if (owner.PodTemplate is not { } pod)
            {
                continue;
            }

            HasPods = true;
            var labels = ManifestQueries.Labels(pod);
            foreach (var label in labels)
            {
                var pair = label.Key + "=" + label.Value;
                if (!_byPair.TryGetValue(pair, out var owners))
                {
                    _byPair.Add(pair, owners = new List<(KubernetesObject, Dictionary<string, string>)>());
                }

                owners.Add((owner, labels));
            }
        }
    }

    /// <summary>True when some object of the run holds pods.</summary>
    public bool HasPods { get; }

    /// <summary>The index of <paramref name="objects"/>, built on first use.</summary>
    public static PodLabelIndex For(KubernetesObjectSet objects) => Indexes.GetValue(objects, set => new PodLabelIndex(set));

    /// <summary>The objects whose pod labels include every pair of a non-empty equality <paramref name="selector"/>.</summary>
    public IEnumerable<KubernetesObject> Selected(IReadOnlyDictionary<string, string> selector)
    {
        // Candidates come from the pair with the fewest owners; each is then checked against the whole selector.
        List<(KubernetesObject Owner, Dictionary<string, string> Labels)>? fewest = null;
        foreach (var pair in selector)
        {
            if (!_byPair.TryGetValue(pair.Key + "=" + pair.Value, out var owners))
            {
                yield break;
            }

            if (fewest is null || owners.Count < fewest.Count)
            {
                fewest = owners;
            }
        }

        if (fewest is null)
        {
            yield break;
        }

        foreach (var (owner, labels) in fewest)
        {
            if (ManifestQueries.MapSelectorMatches(selector, labels))
            {
                yield return owner;
            }
        }
    }
}
