using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Configuration;

/// <summary>
/// The settings of one <c>.seaworthy.yaml</c> (or an imported <c>.hadolint.yaml</c>): rule levels, ignored
/// paths, per-path overrides, and the values some rules and the model need. Globs are relative to
/// <see cref="Directory"/>, the folder of the file.
/// </summary>
public sealed record SeaworthyConfiguration
{
    /// <summary>The settings used when no configuration file applies.</summary>
    public static SeaworthyConfiguration Default { get; } = new();

    /// <summary>The file the settings were read from, or null for the defaults.</summary>
    public string? Path { get; init; }

    /// <summary>The folder globs are relative to.</summary>
    public string Directory { get; init; } = string.Empty;

    /// <summary>Rule levels by rule id; a null level switches the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Globs of files that are not analyzed.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = Array.Empty<string>();

    /// <summary>Rule levels for the files some globs match, applied in order after <see cref="Rules"/>.</summary>
    public IReadOnlyList<ConfigurationOverride> Overrides { get; init; } = Array.Empty<ConfigurationOverride>();

    /// <summary>Rule settings: trusted registries and the label schema.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Default;

    /// <summary>The <c>fail-on</c> threshold; null when not set.</summary>
    public FailureThreshold? FailOn { get; init; }

    /// <summary>The <c>baseline</c> file (<c>lint --baseline</c>), a full path resolved against the configuration's folder; null when not set.</summary>
    public string? Baseline { get; init; }

    /// <summary>ARG values, as <c>--build-arg</c> gives them.</summary>
    public IReadOnlyDictionary<string, string> BuildArguments { get; init; } = new Dictionary<string, string>();

    /// <summary>The build target, as <c>docker build --target</c> names it: the stage whose image runs; null for the last stage.</summary>
    public string? Target { get; init; }

    /// <summary>The rule packs to load (<c>plugins:</c>): assemblies or folders, full paths resolved against the configuration's folder.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = Array.Empty<string>();

    /// <summary>Where <c>plugins:</c> is written (file:line:column), for the error when the file is not the run's configuration.</summary>
    internal string? PluginsLocation { get; init; }

    /// <summary>
    /// The settings of the run other than <c>plugins:</c> that the file writes (<c>fail-on</c>, <c>baseline</c>, hadolint's
    /// <c>failure-threshold</c> and <c>no-fail</c>), each with where it is written (file:line:column), for the warning when
    /// the file is not the run's configuration.
    /// </summary>
    internal IReadOnlyList<(string Key, string Location)> RunSettings { get; init; } = [];
}

/// <summary>Rule levels, and rule options, for the files that match <see cref="Files"/>.</summary>
public sealed record ConfigurationOverride(IReadOnlyList<string> Files, IReadOnlyDictionary<string, Severity?> Rules)
{
    /// <summary>The rule options the override sets: by rule id, the value of each option by its name.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> RuleOptions { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, object>>();
}
