using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>What several formats need of a report's files: findings grouped by file, texts by path, project-relative paths.</summary>
internal static class ReportFiles
{
    /// <summary>
    /// Each file's findings that are not hidden: the analyzed files in their order (with no findings too), then the
    /// paths of findings on files the result does not list, in the order they first occur.
    /// </summary>
    public static List<(string Path, List<Diagnostic> Diagnostics)> FindingsByFile(AnalysisResult result)
    {
        var files = new List<(string Path, List<Diagnostic> Diagnostics)>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            if (!indexes.ContainsKey(file.Path))
            {
                indexes.Add(file.Path, files.Count);
                files.Add((file.Path, new List<Diagnostic>()));
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Hidden)
            {
                continue;
            }

            var path = diagnostic.Location.Path;
            if (!indexes.TryGetValue(path, out var index))
            {
                index = files.Count;
                indexes.Add(path, index);
                files.Add((path, new List<Diagnostic>()));
            }

            files[index].Diagnostics.Add(diagnostic);
        }

        return files;
    }

    /// <summary>The analyzed files by path, for formats that need a finding's line text.</summary>
    public static Dictionary<string, SourceText> TextsByPath(AnalysisResult result)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            if (file.Text is { } text)
            {
                texts[file.Path] = text;
            }
        }

        return texts;
    }

    /// <summary>
    /// The path as GitLab and SonarQube name a file of the project: relative to <paramref name="folder"/> (relative
    /// paths are taken as relative to the current folder), forward slashes, no leading <c>./</c>.
    /// </summary>
    public static string RelativePath(string folder, string path)
    {
        var relative = Baseline.RelativePath(folder, path);
        while (relative.StartsWith("./", StringComparison.Ordinal) && relative.Length > 2)
        {
            relative = relative.Substring(2);
        }

        return relative;
    }
}
