using System;
using System.IO;

namespace Seaworthy.Benchmarks;

/// <summary>Where the shared corpus is: ../shared/corpus beside the repository, or SEAWORTHY_CORPUS.</summary>
internal static class Corpus
{
    public static string Root
    {
        get
        {
            if (Environment.GetEnvironmentVariable("SEAWORTHY_CORPUS") is { Length: > 0 } configured)
            {
                return configured;
            }

            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linter.sln")))
            {
                directory = directory.Parent;
            }

            return directory is null
                ? throw new DirectoryNotFoundException("Linter.sln not found; set SEAWORTHY_CORPUS")
                : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
        }
    }
}
