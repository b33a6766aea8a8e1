using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.FileSystemGlobbing;
using Seaworthy.Compose;
using Seaworthy.Text;
using IgnoreList = MAB.DotIgnore.IgnoreList;

namespace Seaworthy.Engine;

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
    /// too, and the engine reports it. Each folder given is the <see cref="FileScope"/> of the files found in it; a
    /// file given is named (its own links are followed) and its folder is the scope of the files it names. A folder
    /// that cannot be listed, or a <c>.gitignore</c> that cannot be read, is a problem and the walk goes on.
    /// </summary>
    public static Discovery Discover(IEnumerable<string> paths, IReadOnlyList<string> exclude) =>
        Discover(paths, exclude, folder => new DirectoryInfo(folder).EnumerateFileSystemInfos());

    // The listing is a parameter so that tests can make a folder fail to list, which root (the tests' user) cannot arrange with permissions.
    internal static Discovery Discover(IEnumerable<string> paths, IReadOnlyList<string> exclude, Func<string, IEnumerable<FileSystemInfo>> list)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(exclude);
        var walk = new WalkState(matcher, exclude.Count > 0, list);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(FileScope.OfFolder(path), path, path, new List<(string, IgnoreList)>(), walk);
            }
            else
            {
                // A file named and also found under a folder given is the named one: it is linted as named
                // (its own links followed, a file that is neither Compose nor Kubernetes reported), once.
                var named = new DiscoveredFile(path, Classify(path) ?? FileKind.Dockerfile, FileScope.OfFile(path), IsNamed: true);
                if (walk.Add(named) is var earlier and >= 0 && !walk.Found[earlier].IsNamed)
                {
                    walk.Found[earlier] = named;
                }
            }
        }

        return new Discovery(walk.Found, walk.Problems);
    }

    private static void Walk(FileScope scope, string root, string directory, List<(string Directory, IgnoreList List)> ignores, WalkState walk)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = new List<FileSystemInfo>(walk.List(directory));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            walk.Problems.Add(new DiscoveryProblem(directory, $"cannot list the folder ({exception.Message}); the files in it were not linted"));
            return;
        }

        var ignore = ReadGitIgnore(Path.Combine(directory, ".gitignore"), scope, walk.Problems);
        if (ignore is not null)
        {
            ignores.Add((directory, ignore));
        }

        entries.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        foreach (var info in entries)
        {
            var entry = Path.Combine(directory, info.Name);
            var isDirectory = info is DirectoryInfo;

            // A linked folder is not walked, inside the tree or out (git records a link, not what it points to): no loop, no escape.
            if ((isDirectory && (info.Name == ".git" || (info.Attributes & FileAttributes.ReparsePoint) != 0))
                || IsIgnored(entry, isDirectory, ignores)
                || (walk.HasExcludes && walk.Exclude.Match(Relative(root, entry)).HasMatches))
            {
                continue;
            }

            if (isDirectory)
            {
                Walk(scope, root, entry, ignores, walk);
            }
            else if (Classify(entry) is { } kind)
            {
                walk.Add(new DiscoveredFile(entry, kind, scope, IsNamed: false));
            }
        }

        if (ignore is not null)
        {
            ignores.RemoveAt(ignores.Count - 1);
        }
    }

    // Read like any other file of the tree (a link out of it, a FIFO or /dev/zero is refused). A pattern that git
    // cannot match either, such as one with an unterminated '[', matches nothing, as in git, and the others still apply.
    private static IgnoreList? ReadGitIgnore(string path, FileScope scope, List<DiscoveryProblem> problems)
    {
        var source = SourceFiles.Read(path, SourceFiles.DefaultMaxBytes, scope);
        if (source is null)
        {
            return null;
        }

        if (source.Text is not { } text)
        {
            problems.Add(new DiscoveryProblem(path, source.Problem + "; its patterns were not applied"));
            return null;
        }

        var list = new IgnoreList();
        foreach (var line in text.Text.Split('\n'))
        {
            try
            {
                list.AddRules(new[] { line.TrimEnd('\r') });
            }
            catch (ArgumentException)
            {
                // The pattern matches nothing.
            }
        }

        return list;
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

    private sealed class WalkState
    {
        // Each file's full path and its index in Found.
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public WalkState(Matcher exclude, bool hasExcludes, Func<string, IEnumerable<FileSystemInfo>> list)
        {
            Exclude = exclude;
            HasExcludes = hasExcludes;
            List = list;
        }

        public Matcher Exclude { get; }

        public bool HasExcludes { get; }

        public Func<string, IEnumerable<FileSystemInfo>> List { get; }

        public List<DiscoveredFile> Found { get; } = new();

        public List<DiscoveryProblem> Problems { get; } = new();

        /// <summary>Adds <paramref name="file"/> unless its full path was found before; the index of that one, else -1.</summary>
        public int Add(DiscoveredFile file)
        {
            var fullPath = Path.GetFullPath(file.Path);
            if (_seen.TryGetValue(fullPath, out var earlier))
            {
                return earlier;
            }

            _seen.Add(fullPath, Found.Count);
            Found.Add(file);
            return -1;
        }
    }
}

/// <summary>A file to analyze, with the tree it was found in.</summary>
/// <param name="Path">The path, as given or as found under a folder given.</param>
/// <param name="Kind">What its name says it is.</param>
/// <param name="Scope">The tree: the folder given, or the folder of the file given; the files it names are read within it.</param>
/// <param name="IsNamed">True for a file named on the command line, whose own links are followed wherever they lead.</param>
public sealed record DiscoveredFile(string Path, FileKind Kind, FileScope Scope, bool IsNamed);

/// <summary>A folder that could not be listed or a <c>.gitignore</c> that could not be read, and why.</summary>
public sealed record DiscoveryProblem(string Path, string Message);

/// <summary>What <see cref="FileDiscovery.Discover(IEnumerable{string}, IReadOnlyList{string})"/> found: the files, and the problems met on the way.</summary>
public sealed record Discovery(IReadOnlyList<DiscoveredFile> Files, IReadOnlyList<DiscoveryProblem> Problems);
