using System;
using System.Collections.Generic;
using System.IO;

namespace Seaworthy.Compose;

/// <summary>
/// The file names Compose uses. <c>docker compose</c> without <c>-f</c> takes the first of <see cref="MainFileNames"/>
/// in the folder and merges the first of <see cref="OverrideFileNames"/> on top. Other names are used with <c>-f</c>:
/// <c>compose.prod.yaml</c>, <c>docker-compose-dev.yml</c>.
/// </summary>
public static class ComposeFileNames
{
    /// <summary>The main file names, in docker compose's order of preference.</summary>
    public static IReadOnlyList<string> MainFileNames { get; } = new[] { "compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml" };

    /// <summary>The override file names, in docker compose's order of preference.</summary>
    public static IReadOnlyList<string> OverrideFileNames { get; } = new[] { "compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml" };

    /// <summary>
    /// True for a Compose file name: <c>compose</c> or <c>docker-compose</c>, optionally followed by <c>.</c>, <c>-</c>
    /// or <c>_</c> and more, ending in <c>.yaml</c> or <c>.yml</c> (dclint's <c>compose*.y?ml</c> and
    /// <c>docker-compose*.y?ml</c>, without <c>composer.yml</c>).
    /// </summary>
    public static bool IsComposeFileName(string fileName)
    {
        string stem;
        if (fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        {
            stem = fileName.Substring(0, fileName.Length - 5);
        }
        else if (fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            stem = fileName.Substring(0, fileName.Length - 4);
        }
        else
        {
            return false;
        }

        foreach (var prefix in new[] { "docker-compose", "compose" })
        {
            if (stem.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (stem.Length == prefix.Length || stem[prefix.Length] is '.' or '-' or '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for one of <see cref="OverrideFileNames"/>.</summary>
    public static bool IsOverrideFileName(string fileName) => Contains(OverrideFileNames, fileName);

    /// <summary>
    /// The main file an override file belongs to: the first of <see cref="MainFileNames"/> that exists in its folder,
    /// or null (the override is then a project of its own).
    /// </summary>
    public static string? MainFor(string overridePath, Func<string, bool> fileExists)
    {
        if (!IsOverrideFileName(Path.GetFileName(overridePath)))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(overridePath) ?? string.Empty;
        foreach (var name in MainFileNames)
        {
            var candidate = Path.Combine(folder, name);
            if (fileExists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The override file docker compose merges onto <paramref name="mainPath"/>: the first of
    /// <see cref="OverrideFileNames"/> in its folder, when <paramref name="mainPath"/> is the main file docker
    /// compose picks there (the first of <see cref="MainFileNames"/> that exists). Otherwise null.
    /// </summary>
    public static string? OverrideFor(string mainPath, Func<string, bool> fileExists)
    {
        var name = Path.GetFileName(mainPath);
        if (!Contains(MainFileNames, name))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(mainPath) ?? string.Empty;
        foreach (var preferred in MainFileNames)
        {
            if (string.Equals(preferred, name, StringComparison.Ordinal))
            {
                break;
            }

            if (fileExists(Path.Combine(folder, preferred)))
            {
                return null;
            }
        }

        foreach (var overrideName in OverrideFileNames)
        {
            var candidate = Path.Combine(folder, overrideName);
            if (fileExists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
