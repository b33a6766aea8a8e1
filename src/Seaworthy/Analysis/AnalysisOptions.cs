using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>How a run is done: which rules, which files.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The largest file analyzed, in bytes; a larger one gets one SW0005 diagnostic.</summary>
    public const long DefaultMaxFileSize = SourceFiles.DefaultMaxBytes;

    /// <summary>Run every rule, including those off by default.</summary>
    public bool EnableAllRules { get; init; }

    /// <summary>Glob patterns (relative to each path walked) of files and folders to leave out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = Array.Empty<string>();

    /// <summary>Files larger than this many bytes are not analyzed.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>A configuration file for every file; when null each file's nearest <c>.seaworthy.yaml</c> (or <c>.hadolint.yaml</c>) applies.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>ARG values (<c>--build-arg</c>); they win over the configuration's <c>build-args</c> and ARG defaults.</summary>
    public IReadOnlyDictionary<string, string> BuildArguments { get; init; } = new Dictionary<string, string>();

    /// <summary>The files merged on top of the main Compose file (see <see cref="AnalysisEngine.AnalyzeComposeProjectAsync"/>); null looks for its override file.</summary>
    internal IReadOnlyList<string>? ComposeOverrideFiles { get; init; }

    /// <summary>The variables Compose files are interpolated with before their <c>.env</c>; null for the process environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }
}
