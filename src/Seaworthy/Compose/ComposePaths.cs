using System;
using System.Collections.Generic;
using System.IO;

namespace Seaworthy.Compose;

/// <summary>Paths as Compose resolves them, kept relative when they start relative, so reports show them as the user gave them.</summary>
internal static class ComposePaths
{
    /// <summary><paramref name="path"/> against <paramref name="folder"/> (unless rooted), with <c>.</c> and <c>..</c> folded away.</summary>
    public static string Combine(string folder, string path) => Normalize(Path.IsPathRooted(path) ? path : Path.Combine(folder, path));

    /// <summary>Folds <c>.</c> and <c>..</c> segments without touching the file system; a leading <c>..</c> that cannot fold stays.</summary>
    public static string Normalize(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        var rooted = path.Length > 0 && (path[0] == '/' || path[0] == separator);
        var segments = new List<string>();
        foreach (var segment in path.Split('/', separator))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || !rooted)
            {
                segments.Add(segment);
            }
        }

        var joined = string.Join(separator.ToString(), segments);
        return rooted ? separator + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>The folder of a file, or <c>.</c> for a bare file name.</summary>
    public static string FolderOf(string file)
    {
        var folder = Path.GetDirectoryName(file);
        return string.IsNullOrEmpty(folder) ? "." : folder!;
    }

    /// <summary>A Git or HTTP(S) build context, which is not on this machine.</summary>
    public static bool IsRemote(string context) =>
        context.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || context.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || context.StartsWith("git@", StringComparison.Ordinal)
        || context.StartsWith("git://", StringComparison.Ordinal)
        || context.StartsWith("ssh://", StringComparison.Ordinal)
        || context.StartsWith("github.com/", StringComparison.Ordinal);
}
