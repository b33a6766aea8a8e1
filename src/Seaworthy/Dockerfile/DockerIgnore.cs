using System;
using System.Collections.Generic;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Seaworthy.Dockerfile;

/// <summary>
/// The patterns of a <c>.dockerignore</c> (or <c>&lt;Dockerfile&gt;.dockerignore</c>) beside the Dockerfile,
/// which is taken as the root of the build context. A path is excluded when it or one of its parent
/// folders matches a pattern.
/// </summary>
public sealed class DockerIgnore
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    private DockerIgnore(IReadOnlyList<string> patterns, bool hasExceptions)
    {
        Patterns = patterns;
        HasExceptions = hasExceptions;
        _matcher.AddIncludePatterns(patterns);
    }

    /// <summary>The exclusion patterns, normalised (no leading <c>/</c> or <c>./</c>, no trailing <c>/</c>).</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>True when the file has <c>!</c> exception patterns, which re-include paths.</summary>
    public bool HasExceptions { get; }

    /// <summary>Reads the patterns: one per line, <c>#</c> comments and blank lines skipped.</summary>
    public static DockerIgnore Parse(string text)
    {
        var patterns = new List<string>();
        var hasExceptions = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '!')
            {
                hasExceptions = true;
                continue;
            }

            var pattern = Normalize(line);
            if (pattern.Length > 0)
            {
                patterns.Add(pattern);
            }
        }

        return new DockerIgnore(patterns, hasExceptions);
    }

    /// <summary>
    /// True when <paramref name="path"/> (relative to the build context) is excluded. The whole context
    /// (<c>.</c>) counts as excluded only when a pattern excludes everything (<c>*</c>, <c>**</c>, <c>**/*</c>).
    /// </summary>
    public bool Excludes(string path)
    {
        var normalized = Normalize(path);
        if (normalized.Length == 0 || normalized == ".")
        {
            foreach (var pattern in Patterns)
            {
                if (pattern is "*" or "**" or "**/*")
                {
                    return true;
                }
            }

            return false;
        }

        for (var candidate = normalized; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (_matcher.Match(candidate).HasMatches)
            {
                return true;
            }
        }

        return false;
    }

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized.Trim('/');
    }
}
