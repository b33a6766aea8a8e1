using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace Seaworthy.Text;

/// <summary>
/// The tree a run may read files from: a folder given on the command line, or the folder of a file given there.
/// A symbolic link inside the tree is followed only when its target stays inside the tree and outside any
/// <c>.git</c> folder, so a file in a pull request cannot point the linter at <c>~/.git-credentials</c> or at the
/// checkout's <c>.git/config</c>. A path that leaves the tree as written (<c>build: ..</c>) is the configuration's
/// own choice and is read as written. One scope serves a whole run and remembers the folders it has resolved.
/// </summary>
public sealed class FileScope
{
    // Linux's limit (MAXSYMLINKS): past it the kernel answers ELOOP too.
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly ConcurrentDictionary<string, string?> _realFolders = new(StringComparer.Ordinal);

    private FileScope(string root)
    {
        Root = root;
        RealRoot = Resolve(root) ?? root;
    }

    /// <summary>The tree, as an absolute path.</summary>
    public string Root { get; }

    /// <summary>The tree with every symbolic link in its own path resolved.</summary>
    public string RealRoot { get; }

    /// <summary>The scope of the folder <paramref name="folder"/>.</summary>
    public static FileScope OfFolder(string folder) => new(Path.GetFullPath(folder));

    /// <summary>The scope of a file named on its own: the folder it is in (the current folder for a bare or empty name).</summary>
    public static FileScope OfFile(string path)
    {
        var full = Path.GetFullPath(path.Length == 0 ? "." : path);
        return new(path.Length == 0 ? full : Path.GetDirectoryName(full) ?? full);
    }

    /// <summary>
    /// Why <paramref name="fullPath"/> may not be read in this scope, or null when it may; <paramref name="realPath"/>
    /// is the path with its links resolved (the file to open), or <paramref name="fullPath"/> when it is outside the tree.
    /// </summary>
    internal string? Check(string fullPath, out string realPath)
    {
        realPath = fullPath;
        if (!IsInside(fullPath, Root))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(fullPath);
        var realFolder = folder is null ? null : _realFolders.GetOrAdd(folder, static path => Resolve(path));
        if (realFolder is null)
        {
            return "too many levels of symbolic links; not read";
        }

        // The folder is resolved once per run; most files are no link, which one readlink tells.
        var candidate = Path.Combine(realFolder, Path.GetFileName(fullPath));
        var real = FileSystemProbe.ReadLink(candidate) is null ? candidate : Resolve(candidate);
        if (real is null)
        {
            return "too many levels of symbolic links; not read";
        }

        if (!IsInside(real, RealRoot))
        {
            return $"a symbolic link to '{real}', outside '{Root}'; not followed";
        }

        var relative = real.Substring(RealRoot.Length).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (Array.IndexOf(relative, ".git") >= 0)
        {
            return real == fullPath ? "inside a .git folder; not read" : $"a symbolic link into a .git folder ('{real}'); not followed";
        }

        realPath = real;
        return null;
    }

    private static bool IsInside(string path, string root)
    {
        var withSeparator = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        return path.Equals(root, PathComparison) || path.StartsWith(withSeparator, PathComparison);
    }

    // Resolves every link in an absolute path the way the kernel does, component by component, so that ".." after
    // a link goes up from the link's target; null after too many links (a loop).
    private static string? Resolve(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>();
        Push(pending, fullPath.Substring(root.Length));
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var segment = pending.Pop();
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, segment);
            if (FileSystemProbe.ReadLink(next) is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target.Substring(current.Length);
            }

            Push(pending, target);
        }

        return current;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            pending.Push(segments[i]);
        }
    }
}
