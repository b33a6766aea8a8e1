using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
using Seaworthy.Analysis;

namespace Seaworthy.Configuration;

/// <summary>
/// Finds the configuration for each file: the one given explicitly, else the nearest <c>.seaworthy.yaml</c>
/// (or <c>.yml</c>) in the file's folder or above, else the nearest <c>.hadolint.yaml</c> (or <c>.yml</c>),
/// else the defaults. Each folder is looked up once per run.
/// </summary>
internal sealed class ConfigurationResolver
{
    private static readonly string[] SeaworthyNames = { ".seaworthy.yaml", ".seaworthy.yml" };
    private static readonly string[] HadolintNames = { ".hadolint.yaml", ".hadolint.yml" };

    private readonly ConfigurationLoader _loader;
    private readonly SeaworthyConfiguration? _explicit;
    private readonly string? _runFolder;
    private readonly ConcurrentDictionary<string, SeaworthyConfiguration> _byFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SeaworthyConfiguration> _byFile = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _unusedRunSettings = new(StringComparer.Ordinal);

    /// <summary>
    /// A resolver for one run: the configuration given explicitly (<paramref name="explicitPath"/>), else each folder's;
    /// the configuration of <paramref name="runFolder"/> is the run's, the only one whose <c>plugins:</c> are loaded.
    /// </summary>
    public ConfigurationResolver(RuleIndex rules, string? explicitPath, string? runFolder = null)
    {
        _loader = new ConfigurationLoader(rules);
        _runFolder = runFolder is null ? null : Path.GetFullPath(runFolder);
        if (explicitPath is not null)
        {
            _explicit = _loader.Load(explicitPath, isNamed: true);
        }
    }

    /// <summary>The configuration that applies to <paramref name="filePath"/>.</summary>
    /// <exception cref="ConfigurationException">It is not the run's configuration and names plugins.</exception>
    public SeaworthyConfiguration For(string filePath)
    {
        if (_explicit is not null)
        {
            return _explicit;
        }

        var configuration = _byFolder.GetOrAdd(Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? string.Empty, Find);
        // The run's own configuration is looked up only for one that writes a setting of the run.
        if (_runFolder is null || (configuration.PluginsLocation is null && configuration.RunSettings.Count == 0)
            || string.Equals(configuration.Path, ForFolder(_runFolder).Path, StringComparison.Ordinal))
        {
            return configuration;
        }

        if (configuration.PluginsLocation is { } location)
        {
            // The packs are loaded from the run's configuration before any file is read, and make the run's one rule
            // set: a file's own configuration cannot add rules for its files alone, and ignoring it would hide that.
            throw new ConfigurationException($"{location}: 'plugins' is {NotTheRunsConfiguration(configuration)}: move it to the run's configuration");
        }

        // Unlike plugins, a fail-on or baseline left here changes no finding; the file is right when linted from its
        // own folder, so this is a warning, not an error: said once per setting, not once per file.
        foreach (var (key, written) in configuration.RunSettings)
        {
            _unusedRunSettings.TryAdd(written, $"{written}: '{key}' is not used: it is a setting of the run, {NotTheRunsConfiguration(configuration)}");
        }

        return configuration;
    }

    /// <summary>The settings of the run (fail-on, baseline) written in configurations that applied to files of the run but are not its own, each with where it is written.</summary>
    public IReadOnlyList<string> UnusedRunSettings => _unusedRunSettings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).ToArray();

    private string NotTheRunsConfiguration(SeaworthyConfiguration configuration) =>
        $"read only from the configuration of the run (the .seaworthy.yaml of {_runFolder} or a folder above it, "
        + $"or the one named explicitly), and this one applies only to the files under {configuration.Directory}";

    /// <summary>The configuration that applies in <paramref name="folder"/>, for what is not a file (a host audit, a run's own settings).</summary>
    public SeaworthyConfiguration ForFolder(string folder) =>
        _explicit ?? _byFolder.GetOrAdd(Path.GetFullPath(folder), Find);

    /// <summary>True when the configuration's <c>ignore</c> globs match the file.</summary>
    public static bool IsIgnored(SeaworthyConfiguration configuration, string filePath) =>
        configuration.Ignore.Count > 0 && Matches(configuration.Ignore, configuration, filePath);

    /// <summary>
    /// The level of <paramref name="rule"/> for the file: the default, then the rules, then each matching override;
    /// without a file (<paramref name="filePath"/> null) no override applies.
    /// </summary>
    public static Severity? LevelOf(RuleDescriptor rule, SeaworthyConfiguration configuration, string? filePath, bool enableAll)
    {
        Severity? level = rule.EnabledByDefault || enableAll ? rule.DefaultSeverity : null;
        if (configuration.Rules.TryGetValue(rule.Id, out var configured))
        {
            level = configured;
        }

        foreach (var entry in configuration.Overrides)
        {
            if (filePath is not null && entry.Rules.TryGetValue(rule.Id, out var overridden) && Matches(entry.Files, configuration, filePath))
            {
                level = overridden;
            }
        }

        return level;
    }

    /// <summary>
    /// The rule settings for the file: the configuration's, with the options of each matching override laid over
    /// them in order (an option an override sets replaces the earlier value; the others stay).
    /// </summary>
    public static RuleSettings SettingsFor(SeaworthyConfiguration configuration, string filePath)
    {
        var settings = configuration.Settings;
        foreach (var entry in configuration.Overrides)
        {
            if (entry.RuleOptions.Count == 0 || !Matches(entry.Files, configuration, filePath))
            {
                continue;
            }

            var merged = settings.RuleOptions.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            foreach (var rule in entry.RuleOptions)
            {
                var values = merged.TryGetValue(rule.Key, out var earlier) ? earlier.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal) : new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var option in rule.Value)
                {
                    values[option.Key] = option.Value;
                }

                merged[rule.Key] = values;
            }

            settings = settings with { RuleOptions = merged };
        }

        return settings;
    }

    private static bool Matches(IReadOnlyList<string> globs, SeaworthyConfiguration configuration, string filePath)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        return matcher.Match(Relative(configuration.Directory, filePath).Replace('\\', '/')).HasMatches;
    }

    // A file outside the configuration's folder keeps its full path, which no relative glob matches.
    private static string Relative(string directory, string filePath)
    {
        var full = Path.GetFullPath(filePath);
        var prefix = directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? directory : directory + Path.DirectorySeparatorChar;
        return directory.Length > 0 && full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length) : full;
    }

    /// <summary>
    /// The rule packs of the configuration that applies in <paramref name="folder"/> (or of <paramref name="explicitPath"/>),
    /// read before the engine is made: its <c>plugins:</c> alone.
    /// </summary>
    public static IReadOnlyList<string> PluginsFor(string folder, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return ConfigurationLoader.ReadPlugins(explicitPath, isNamed: true);
        }

        for (var directory = Path.GetFullPath(folder); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            foreach (var name in SeaworthyNames)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return ConfigurationLoader.ReadPlugins(candidate, isNamed: false);
                }
            }
        }

        return Array.Empty<string>();
    }

    private SeaworthyConfiguration Find(string folder)
    {
        foreach (var names in new[] { SeaworthyNames, HadolintNames })
        {
            for (var directory = folder; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
            {
                foreach (var name in names)
                {
                    var candidate = Path.Combine(directory, name);
                    if (File.Exists(candidate))
                    {
                        return _byFile.GetOrAdd(candidate, path => _loader.Load(path, isNamed: false));
                    }
                }
            }
        }

        return SeaworthyConfiguration.Default;
    }
}
