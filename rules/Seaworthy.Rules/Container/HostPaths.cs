using System;
using System.Collections.Generic;

namespace Seaworthy.Rules.Container;

/// <summary>Host paths as the kernel resolves them, and the ones that hand the host to a container.</summary>
internal static class HostPaths
{
    private static readonly string[] RuntimeSocketNames = { "docker.sock", "containerd.sock", "crio.sock", "podman.sock", "dockershim.sock", "cri-dockerd.sock" };

    // Directories that hold a container runtime's API socket: mounting one mounts the socket.
    private static readonly HashSet<string> RuntimeSocketDirectories = new(StringComparer.Ordinal)
    {
        "/run", "/var/run",
        "/run/containerd", "/var/run/containerd",
        "/run/crio", "/var/run/crio",
        "/run/podman", "/var/run/podman",
    };

    /// <summary>
    /// The absolute path with <c>//</c>, <c>.</c> and <c>..</c> resolved and no trailing slash; null for a path that is
    /// not absolute (relative to the project, <c>~</c>, a Windows path), which cannot name a system directory.
    /// </summary>
    public static string? Normalize(string? path)
    {
        if (path is null || path.Length == 0 || path[0] != '/')
        {
            return null;
        }

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return "/" + string.Join("/", segments);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or lies inside it.</summary>
    public static bool IsSameOrUnder(string path, string directory) =>
        directory == "/" || string.Equals(path, directory, StringComparison.Ordinal) || path.StartsWith(directory + "/", StringComparison.Ordinal);

    /// <summary>True for Docker's named pipe on Windows, <c>//./pipe/docker_engine</c> (or with backslashes), its socket there.</summary>
    public static bool IsDockerEnginePipe(string? source) =>
        source is not null && string.Equals(source.Replace('\\', '/').TrimEnd('/'), "//./pipe/docker_engine", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a normalised path that is a container runtime's socket or a directory that holds one.</summary>
    public static bool IsRuntimeSocket(string path)
    {
        if (RuntimeSocketDirectories.Contains(path))
        {
            return true;
        }

        var name = path.Substring(path.LastIndexOf('/') + 1);
        return Array.IndexOf(RuntimeSocketNames, name) >= 0;
    }
}
