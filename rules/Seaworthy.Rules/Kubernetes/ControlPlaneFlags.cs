using System;
using System.Collections.Generic;
using System.IO;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// One <c>--name[=value]</c> of a component's command line, with the item that writes it; <see cref="Value"/> is null
/// for a flag written alone (true for a boolean flag, a missing value for the others).
/// </summary>
internal readonly record struct ControlPlaneFlag(string Name, string? Value, YamlScalar Node)
{
    /// <summary>The flag as written, for messages: <c>--name=value</c> or <c>--name</c>.</summary>
    public string Written => Value is null ? Name : Name + "=" + Value;
}

/// <summary>
/// The command line of a control-plane component (kube-apiserver, kube-controller-manager, kube-scheduler, etcd,
/// kubelet) run by a container, as kubeadm writes its static pods: the program is an item of the exec-form
/// <c>command</c>, the flags follow it there and in <c>args</c>; a container with no <c>command</c> runs its image's
/// entrypoint, the component when the image is named after it (<c>registry.k8s.io/etcd</c>), with <c>args</c>. A flag
/// is <c>--name=value</c>, or <c>--name value</c> when the next item is not a flag (the components' flag parser takes
/// both), or <c>--name</c> alone.
/// </summary>
internal sealed class ControlPlaneFlags
{
    private readonly Dictionary<string, ControlPlaneFlag> _flags;

    private ControlPlaneFlags(YamlScalar program, Dictionary<string, ControlPlaneFlag> flags)
    {
        Program = program;
        _flags = flags;
    }

    /// <summary>The item naming the component's program, or the image named after it.</summary>
    public YamlScalar Program { get; }

    /// <summary>
    /// The flags of the container when its command runs <paramref name="component"/>; null otherwise. A flag written
    /// twice takes its last value, as the components do.
    /// </summary>
    public static ControlPlaneFlags? Read(KubernetesContainer container, string component)
    {
        YamlScalar? program = null;
        var words = new List<YamlScalar>();
        foreach (var item in ManifestQueries.ScalarItems(container.Node, "command"))
        {
            if (program is not null)
            {
                words.Add(item);
            }
            else if (Path.GetFileName(item.Value) == component)
            {
                program = item;
            }
        }

        if (program is null && container.Node.Find("command") is null && container.Node.GetScalar("image") is { } image
            && RepositoryName(image.Value) == component)
        {
            program = image;
        }

        if (program is null)
        {
            return null;
        }

        words.AddRange(ManifestQueries.ScalarItems(container.Node, "args"));
        var flags = new Dictionary<string, ControlPlaneFlag>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                continue;
            }

            var equals = word.IndexOf('=');
            if (equals > 0)
            {
                flags[word.Substring(0, equals)] = new ControlPlaneFlag(word.Substring(0, equals), word.Substring(equals + 1), words[i]);
            }
            else if (i + 1 < words.Count && !words[i + 1].Value.StartsWith("-", StringComparison.Ordinal))
            {
                flags[word] = new ControlPlaneFlag(word, words[i + 1].Value, words[i]);
                i++;
            }
            else
            {
                flags[word] = new ControlPlaneFlag(word, null, words[i]);
            }
        }

        return new ControlPlaneFlags(program, flags);
    }

    // "registry.k8s.io/etcd:3.5.15-0" and "quay.io/coreos/etcd@sha256:..." are etcd.
    private static string RepositoryName(string image)
    {
        var name = image;
        var digest = name.IndexOf('@');
        if (digest >= 0)
        {
            name = name.Substring(0, digest);
        }

        var slash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        if (colon > slash)
        {
            name = name.Substring(0, colon);
        }

        return name.Substring(slash + 1);
    }

    /// <summary>The flag <paramref name="name"/> (with its dashes), or null when it is not given.</summary>
    public ControlPlaneFlag? Find(string name) => _flags.TryGetValue(name, out var flag) ? flag : null;

    /// <summary>Where a finding about <paramref name="name"/> points: the flag when it is given, else the program.</summary>
    public Location LocationOf(string name) => Find(name)?.Node.Location ?? Program.Location;
}
