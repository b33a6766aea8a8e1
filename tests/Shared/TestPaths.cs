using System.IO;
using NUnit.Framework;

namespace Seaworthy.Testing;

/// <summary>Where the repository and the shared corpora are, found from the test's own folder.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the folder that holds Linter.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared corpora folder beside the repository (../shared/corpus).</summary>
    public static string Corpus { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>A path inside the corpus; the test fails when the corpus is missing rather than passing vacuously.</summary>
    public static string CorpusPath(params string[] parts)
    {
        var path = Path.Combine(Corpus, Path.Combine(parts));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Fail($"The shared corpus is missing: {path} (expected ../shared beside the repository).");
        }

        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Linter.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
