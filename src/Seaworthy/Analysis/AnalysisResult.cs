using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>The kind of configuration file the engine recognised.</summary>
public enum FileKind
{
    /// <summary>A Dockerfile or Containerfile.</summary>
    Dockerfile,
}

/// <summary>A file the engine read: its path, its kind, and its text when it could be decoded.</summary>
public sealed record AnalyzedFile(string Path, FileKind Kind, SourceText? Text);

/// <summary>What one run produced: the files read and every diagnostic, in a stable order.</summary>
public sealed record AnalysisResult(IReadOnlyList<AnalyzedFile> Files, IReadOnlyList<Diagnostic> Diagnostics);
