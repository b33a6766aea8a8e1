using System.Collections.Generic;
using System.IO;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Testing;

/// <summary>
/// A test class whose every test gets a new, empty folder of its own under the temporary folder, deleted after
/// it, with the helpers to write files into it, lint it and describe the findings by their path in it.
/// </summary>
public abstract class FolderTests
{
    /// <summary>An analysis that sees no environment variables, whatever the test process has.</summary>
    protected static AnalysisOptions NoEnvironment => new() { Environment = new Dictionary<string, string>() };

    /// <summary>The test's folder.</summary>
    protected string Folder { get; private set; } = null!;

    [SetUp]
    public void CreateFolder() => Folder = Directory.CreateTempSubdirectory("seaworthy-" + GetType().Name + "-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Folder, recursive: true);

    /// <summary>Writes <paramref name="content"/> to <paramref name="relative"/> in the folder, creating its folders; returns the full path.</summary>
    protected string Write(string relative, string content)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary><paramref name="path"/> relative to the folder, with forward slashes.</summary>
    protected string Relative(string path) => Path.GetRelativePath(Folder, path).Replace('\\', '/');

    /// <summary>A finding as <c>path line:column-endLine:endColumn id message</c>, the path relative to the folder.</summary>
    protected string Describe(Diagnostic d) =>
        $"{Relative(d.Location.Path)} {d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn} {d.Id} {d.Message}";

    /// <summary>Lints <paramref name="paths"/> with <paramref name="engine"/>, seeing no environment variables.</summary>
    protected static AnalysisResult Lint(AnalysisEngine engine, params string[] paths) =>
        engine.AnalyzeAsync(paths, NoEnvironment).GetAwaiter().GetResult();
}
