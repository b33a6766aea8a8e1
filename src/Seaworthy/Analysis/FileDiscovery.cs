using System;
using System.Collections.Generic;
using System.IO;
using IgnoreList = MAB.DotIgnore.IgnoreList;
using Microsoft.Extensions.FileSystemGlobbing;
using Seaworthy.Compose;

namespace Seaworthy.Analysis;

/// <summary>
/// Finds the files to analyze: files named on the command line are taken as they are; folders are walked,
/// honouring <c>.gitignore</c> files and the exclude globs, and keep the files whose name says what they are.
/// </summary>
public static class FileDiscovery
{
    /// <summary>The kind a file name says, or null when the name is not one Seaworthy recognises.</summary>
    public static FileKind? Classify(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".containerignore", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".containerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Containerfile.", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Dockerfile;
        }

        if (ComposeFileNames.IsComposeFileName(name))
        {
            return FileKind.Compose;
        }

        // Any other YAML or JSON file may hold manifests; the engine reads it and quietly leaves alone what is not Kubernetes.
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Kubernetes;
        }

        return null;
    }

    /// <summary>
    /// The files under <paramref name="paths"/>, in a stable order, without duplicates. A named file whose
    /// name says nothing is read as a Dockerfile, as hadolint does; a path that does not exist is returned
    /// too, and the engine reports it.
    /// </summary>
    public static IReadOnlyList<(string Path, FileKind Kind)> Find(IEnumerable<string> paths, IReadOnlyList<string> exclude)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(exclude);
        var found = new List<(string, FileKind)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(path, path, new List<(string, IgnoreList)>(), matcher, exclude.Count > 0, found, seen);
            }
            else if (seen.Add(Path.GetFullPath(path)))
            {
                found.Add((path, Classify(path) ?? FileKind.Dockerfile));
            }
        }

        return found;
    }

    private static void Walk(string root, string directory, List<(string Directory, IgnoreList List)> ignores, Matcher exclude, bool hasExcludes, List<(string, FileKind)> found, HashSet<string> seen)
    {
        var gitignore = Path.Combine(directory, ".gitignore");
        var pushed = File.Exists(gitignore);
        if (pushed)
        {
            ignores.Add((directory, new IgnoreList(gitignore)));
        }

        var entries = new List<string>(Directory.EnumerateFileSystemEntries(directory));
        entries.Sort(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var isDirectory = Directory.Exists(entry);
            var name = Path.GetFileName(entry);
            if ((isDirectory && (name == ".git" || (new DirectoryInfo(entry).Attributes & FileAttributes.ReparsePoint) != 0))
                || IsIgnored(entry, isDirectory, ignores)
                || (hasExcludes && exclude.Match(Relative(root, entry)).HasMatches))
            {
                continue;
            }

            if (isDirectory)
            {
                Walk(root, entry, ignores, exclude, hasExcludes, found, seen);
            }
            else if (Classify(entry) is { } kind && seen.Add(Path.GetFullPath(entry)))
            {
                found.Add((entry, kind));
            }
        }

        if (pushed)
        {
            ignores.RemoveAt(ignores.Count - 1);
        }
    }

    private static bool IsIgnored(string entry, bool isDirectory, List<(string Directory, IgnoreList List)> ignores)
    {
        foreach (var (directory, list) in ignores)
        {
            if (list.IsIgnored(Relative(directory, entry), isDirectory))
            {
                return true;
            }
        }

        return false;
    }

    private static string Relative(string root, string path)
    {
        var relative = path.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return relative.Replace('\\', '/');
    }
}
