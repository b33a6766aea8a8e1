using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>Whether a file the audit asks about exists.</summary>
internal enum FileExistence
{
    /// <summary>Not looked for, or the host's files could not be read.</summary>
    Unknown,

    /// <summary>Looked for and not there.</summary>
    Absent,

    /// <summary>There; its owner and mode are known.</summary>
    Present,
}

/// <summary>Whether a daemon option is set.</summary>
internal enum OptionState
{
    /// <summary>A source that could hold it (the command line, daemon.json) was not read.</summary>
    Unknown,

    /// <summary>Known not to be set: the default applies.</summary>
    Unset,

    /// <summary>Set.</summary>
    Set,
}

/// <summary>The questions the host rules ask of a snapshot, answered with "unknown" where the data is missing.</summary>
internal static class HostQueries
{
    /// <summary>The engine's /info, or false after saying the rule cannot be decided without it.</summary>
    public static bool TryGetInfo(this HostContext c, RuleDescriptor rule, out DaemonInfo info)
    {
        if (c.Snapshot.Info is { } read)
        {
            info = read;
            return true;
        }

        info = null!;
        c.Audit.Unknown(rule, "the engine's /info was not read: " + (c.Snapshot.UnavailableReason(HostParts.Info) ?? "no reason recorded"));
        return false;
    }

    /// <summary>The engine's containers, or false after saying the rule cannot be decided without them.</summary>
    public static bool TryGetContainers(this HostContext c, RuleDescriptor rule, out IReadOnlyList<EngineContainer> containers) =>
        TryGetPart(c, rule, HostParts.Containers, c.Snapshot.Containers, "containers", out containers);

    /// <summary>The engine's images, or false after saying the rule cannot be decided without them.</summary>
    public static bool TryGetImages(this HostContext c, RuleDescriptor rule, out IReadOnlyList<EngineImage> images) =>
        TryGetPart(c, rule, HostParts.Images, c.Snapshot.Images, "images", out images);

    /// <summary>
    /// The images whose history was read. Each image whose history was not is said to be unknown for the rule; no
    /// image at all when the images were not read (the rule is then unknown).
    /// </summary>
    public static List<EngineImage> ImagesWithHistory(this HostContext c, RuleDescriptor rule)
    {
        var read = new List<EngineImage>();
        if (!c.TryGetImages(rule, out var images))
        {
            return read;
        }

        foreach (var image in images)
        {
            if (image.HistoryUnavailable is { } reason)
            {
                c.Audit.Unknown(rule, HostTarget.ForImage(image), "its history was not read: " + reason);
            }
            else
            {
                read.Add(image);
            }
        }

        return read;
    }

    /// <summary>The engine's networks, or false after saying the rule cannot be decided without them.</summary>
    public static bool TryGetNetworks(this HostContext c, RuleDescriptor rule, out IReadOnlyList<EngineNetwork> networks) =>
        TryGetPart(c, rule, HostParts.Networks, c.Snapshot.Networks, "networks", out networks);

    /// <summary>
    /// True when the engine is an active swarm node; otherwise false after saying the rule does not apply (swarm mode
    /// off) or cannot be decided (/info not read).
    /// </summary>
    public static bool IsSwarmNode(this HostContext c, RuleDescriptor rule)
    {
        if (!c.TryGetInfo(rule, out var info))
        {
            return false;
        }

        if (!string.Equals(info.SwarmLocalNodeState, "active", StringComparison.Ordinal))
        {
            c.Audit.NotApplicable(rule, "swarm mode is not enabled");
            return false;
        }

        return true;
    }

    /// <summary>The swarm as a manager sees it, or false after saying why the rule cannot be decided or does not apply.</summary>
    public static bool TryGetSwarm(this HostContext c, RuleDescriptor rule, out SwarmState swarm)
    {
        swarm = null!;
        if (!c.IsSwarmNode(rule))
        {
            return false;
        }

        if (c.Snapshot.Swarm is not { } read)
        {
            c.Audit.Unknown(rule, "the swarm was not read: " + (c.Snapshot.UnavailableReason(HostParts.Swarm) ?? "only a swarm manager can answer"));
            return false;
        }

        swarm = read;
        return true;
    }

    /// <summary>Whether the daemon option <paramref name="name"/> (daemon.json's name) is set.</summary>
    public static OptionState State(this DaemonOptions options, string name) =>
        options.Find(name) is not null ? OptionState.Set : options.IsKnown ? OptionState.Unset : OptionState.Unknown;

    /// <summary>Why the daemon's options are not fully known.</summary>
    public static string OptionsUnknownReason(this HostContext c) => c.DaemonOptions.UnknownReason ?? "the daemon's options were not read";

    /// <summary>The default bridge network (docker0), or null when the daemon has none (<c>--bridge=none</c>).</summary>
    public static EngineNetwork? DefaultBridge(IReadOnlyList<EngineNetwork> networks)
    {
        foreach (var network in networks)
        {
            if (network.Options.TryGetValue("com.docker.network.bridge.default_bridge", out var flag) && string.Equals(flag, "true", StringComparison.Ordinal))
            {
                return network;
            }
        }

        foreach (var network in networks)
        {
            if (string.Equals(network.Name, "bridge", StringComparison.Ordinal) && string.Equals(network.Driver, "bridge", StringComparison.Ordinal))
            {
                return network;
            }
        }

        return null;
    }

    /// <summary>The data root without the <c>uid.gid</c> folder that user namespace remapping adds.</summary>
    public static string DataRoot(HostSnapshot snapshot)
    {
        if (snapshot.Local?.DataRoot is { Path.Length: > 0 } mount)
        {
            return mount.Path;
        }

        var root = snapshot.Info?.DockerRootDir;
        if (string.IsNullOrEmpty(root))
        {
            return "/var/lib/docker";
        }

        if (snapshot.Info!.HasUserNamespaceRemapping)
        {
            var slash = root!.LastIndexOf('/');
            if (slash > 0 && root.IndexOf('.', slash) > slash)
            {
                return root.Substring(0, slash);
            }
        }

        return root!;
    }

    /// <summary>The file the snapshot holds for <paramref name="role"/>, and whether it exists.</summary>
    public static FileExistence FileWithRole(HostSnapshot snapshot, string role, out HostFile? file)
    {
        file = snapshot.Local?.File(role);
        return Existence(file);
    }

    /// <summary>The first of <paramref name="paths"/> that exists, by path, whatever role the collector gave it.</summary>
    public static FileExistence FileAt(HostSnapshot snapshot, IReadOnlyList<string> paths, out HostFile? file)
    {
        // Absent when the collector looked in at least one of the places and found nothing there.
        file = null;
        var lookedFor = false;
        foreach (var path in paths)
        {
            var found = FindByPath(snapshot, path);
            if (found is { Exists: true })
            {
                file = found;
                return FileExistence.Present;
            }

            lookedFor |= found is not null;
        }

        return lookedFor ? FileExistence.Absent : FileExistence.Unknown;
    }

    /// <summary>Why a file's existence or metadata is not known.</summary>
    public static string FilesUnknownReason(HostSnapshot snapshot, string what) =>
        what + " was not read: " + (snapshot.UnavailableReason(HostParts.DaemonFiles) ?? snapshot.UnavailableReason(HostParts.Local) ?? "the collector did not look for it");

    /// <summary>Usual install locations of a Docker or containerd binary.</summary>
    public static string[] BinaryPaths(string name) => new[] { "/usr/bin/" + name, "/usr/sbin/" + name, "/usr/local/bin/" + name };

    /// <summary>How messages name a container: <c>Container 'web'</c>, <c>Container 'old' (stopped)</c>.</summary>
    public static string Describe(EngineContainer container) =>
        $"Container '{container.Name}'" + (container.Running ? string.Empty : " (stopped)");

    /// <summary>True when the image has a health check that is not <c>HEALTHCHECK NONE</c>.</summary>
    public static bool HasHealthcheck(EngineImage image) => image.Healthcheck is { IsDisabled: false, Test.Count: > 0 };

    private static HostFile? FindByPath(HostSnapshot snapshot, string path)
    {
        if (snapshot.Local is not { } local)
        {
            return null;
        }

        HostFile? missing = null;
        foreach (var file in local.Files)
        {
            if (string.Equals(file.Path, path, StringComparison.Ordinal))
            {
                if (file.Exists)
                {
                    return file;
                }

                missing ??= file;
            }
        }

        return missing;
    }

    private static FileExistence Existence(HostFile? file) =>
        file is null ? FileExistence.Unknown : file.Exists ? FileExistence.Present : FileExistence.Absent;

    private static bool TryGetPart<T>(HostContext c, RuleDescriptor rule, string part, IReadOnlyList<T> items, string what, out IReadOnlyList<T> read)
    {
        if (c.Snapshot.UnavailableReason(part) is { } reason)
        {
            read = Array.Empty<T>();
            c.Audit.Unknown(rule, "the engine's " + what + " were not read: " + reason);
            return false;
        }

        read = items;
        return true;
    }
}
