using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Secrets;
using Seaworthy.Text;

namespace Seaworthy.Engine;

/// <summary>The kind of configuration file the engine recognised.</summary>
public enum FileKind
{
    /// <summary>A Dockerfile or Containerfile.</summary>
    Dockerfile,

    /// <summary>A Docker Compose file.</summary>
    Compose,

    /// <summary>A Kubernetes manifest (YAML or JSON).</summary>
    Kubernetes,
}

/// <summary>A file the engine read: its path, its kind, and its text when it could be decoded.</summary>
public sealed record AnalyzedFile(string Path, FileKind Kind, SourceText? Text)
{
    /// <summary>
    /// Spans of the text that hold secret values, as rules marked them (whether or not their findings were
    /// suppressed). Reports that show source text mask these characters, so a secret never reaches a
    /// terminal or a CI log.
    /// </summary>
    public IReadOnlyList<TextSpan> Redactions { get; init; } = System.Array.Empty<TextSpan>();

    /// <summary>
    /// What masks secrets on every line of the file a report shows: the secret catalogue, and the values of the
    /// run that came from outside the files (environment, <c>.env</c>, <c>env_file</c>, build arguments).
    /// </summary>
    public SecretMasker Masker { get; init; } = SecretMasker.Catalogue;
}

/// <summary>What one run produced: the files read and every diagnostic, in a stable order.</summary>
public sealed record AnalysisResult(IReadOnlyList<AnalyzedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Warnings about the run's configuration that are not findings on a file: a setting of the run (<c>fail-on</c>,
    /// <c>baseline</c>) written in a nested <c>.seaworthy.yaml</c> (or <c>.hadolint.yaml</c>) that applied to some of
    /// the files but is not the run's configuration, so the setting is not used. Each starts with file:line:column.
    /// </summary>
    public IReadOnlyList<string> ConfigurationWarnings { get; init; } = System.Array.Empty<string>();
}
