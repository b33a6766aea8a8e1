using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Engine;

/// <summary>How a run is done: which rules, which files.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The largest file analyzed, in bytes; a larger one gets one SW0005 diagnostic.</summary>
    public const long DefaultMaxFileSize = SourceFiles.DefaultMaxBytes;

    /// <summary>
    /// The default time one file's analysis may take. Real files take milliseconds and a 60 MB file a few
    /// seconds; a file that takes longer is hostile or hits a defect, and is reported instead of holding up the run.
    /// </summary>
    public static readonly TimeSpan DefaultMaxFileTime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// What one file's analysis may allocate by default: 4 GiB plus 1 KiB per byte of the file. Real files
    /// allocate a few hundred bytes per byte; the budget is a measure of work as much as of memory (what is
    /// allocated and freed counts) and stops a file whose variables or aliases expand far beyond its size.
    /// </summary>
    public static long DefaultMaxFileAllocationFor(long fileLength) => (4L * 1024 * 1024 * 1024) + (1024 * Math.Max(0, fileLength));

    /// <summary>Run every rule, including those off by default.</summary>
    public bool EnableAllRules { get; init; }

    /// <summary>
    /// Leave alone a YAML or JSON file given by path that is neither Compose nor Kubernetes, as a folder walk does,
    /// instead of reporting it skipped (SW0006). For callers whose paths come from a glob rather than from a person:
    /// the MSBuild task, where every finding is a build warning.
    /// </summary>
    public bool LeaveOtherYamlAlone { get; init; }

    /// <summary>Glob patterns (relative to each path walked) of files and folders to leave out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = Array.Empty<string>();

    /// <summary>Files larger than this many bytes are not analyzed.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>The time one file's analysis may take; a file that takes longer is one SW0005 and the run goes on.</summary>
    public TimeSpan MaxFileTime { get; init; } = DefaultMaxFileTime;

    /// <summary>
    /// The bytes one file's analysis may allocate; a file that allocates more is one SW0005 and the run goes on.
    /// Null for <see cref="DefaultMaxFileAllocationFor"/> the file's size.
    /// </summary>
    public long? MaxFileAllocation { get; init; }

    /// <summary>A configuration file for every file; when null each file's nearest <c>.seaworthy.yaml</c> (or <c>.hadolint.yaml</c>) applies.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>
    /// The run's folder, whose configuration (the nearest <c>.seaworthy.yaml</c> in this folder or above) holds the
    /// settings of the run when <see cref="ConfigurationFile"/> is null: a host audit's configuration (null for the
    /// defaults), and the only <c>plugins:</c> loaded, so that a file's configuration naming plugins is a
    /// <see cref="Configuration.ConfigurationException"/>. The CLI passes the folder that holds everything linted
    /// (for an audit, the one it runs in), the MSBuild task the project's folder.
    /// </summary>
    public string? ConfigurationFolder { get; init; }

    /// <summary>ARG values (<c>--build-arg</c>); they win over the configuration's <c>build-args</c> and ARG defaults.</summary>
    public IReadOnlyDictionary<string, string> BuildArguments { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The build target, as <c>docker build --target</c> names it: the stage whose image runs, which the image rules
    /// (run as root, health check, labels) judge; it wins over the configuration's <c>target</c>. Null for the
    /// last stage. A Dockerfile without a stage of that name is a <see cref="Configuration.ConfigurationException"/>.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>The files merged on top of the main Compose file (see <see cref="AnalysisEngine.AnalyzeComposeProjectAsync"/>); null looks for its override file.</summary>
    internal IReadOnlyList<string>? ComposeOverrideFiles { get; init; }

    /// <summary>The variables Compose files are interpolated with before their <c>.env</c>; null for the process environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }
}
