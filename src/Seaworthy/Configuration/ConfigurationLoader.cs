using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Seaworthy.Configuration;

/// <summary>
/// Reads <c>.seaworthy.yaml</c> strictly (an unknown key or rule is an error with its position, so a typo
/// never silently does nothing) and imports <c>.hadolint.yaml</c> through the rules' hadolint equivalents.
/// </summary>
internal sealed class ConfigurationLoader
{
    private static readonly string[] Keys =
        { "rules", "ignore", "overrides", "trusted-registries", "required-labels", "strict-labels", "fail-on", "build-args", "target", "baseline", "plugins" };

    private static readonly string[] LabelTypes = { "text", "url", "semver", "hash", "rfc3339", "spdx", "email" };

    private static readonly string[] FailOnValues = FailureThreshold.Names.ToArray();

    private static readonly string[] HadolintThresholds = { "error", "warning", "info", "style", "ignore", "none" };

    private static readonly string[] RuleLevelNames = { "error", "warning", "info", "hidden", "off" };

    private static readonly string[] Booleans = { "true", "false" };

    // Far deeper than any configuration needs (overrides are the deepest key, at three levels).
    private const int MaxDepth = 64;

    private static readonly char[] UnsupportedGlobCharacters = { '[', ']', '{', '}', '?', '!' };

    private readonly RuleIndex _rules;

    public ConfigurationLoader(RuleIndex rules) => _rules = rules;

    /// <summary>
    /// Reads a configuration file: one named with <c>--config</c> (<paramref name="isNamed"/>) is followed wherever its
    /// links lead; one found by looking up the folders is read only as a regular file in its own folder or below.
    /// </summary>
    public SeaworthyConfiguration Load(string path, bool isNamed) =>
        Path.GetFileName(path).StartsWith(".hadolint", StringComparison.OrdinalIgnoreCase) ? LoadHadolint(path, isNamed) : LoadSeaworthy(path, isNamed);

    private SeaworthyConfiguration LoadSeaworthy(string path, bool isNamed)
    {
        var root = ReadRoot(path, isNamed);
        var configuration = Base(path);
        if (root is null)
        {
            return configuration;
        }

        foreach (var entry in root.Children)
        {
            var (keyNode, value) = (entry.Key, entry.Value);
            var key = Scalar(path, keyNode);
            configuration = key switch
            {
                "rules" => WithRules(configuration, RuleEntries(path, value)),
                "ignore" => configuration with { Ignore = Globs(path, value) },
                "overrides" => configuration with { Overrides = Overrides(path, value) },
                "trusted-registries" => configuration with { Settings = configuration.Settings with { TrustedRegistries = Strings(path, value) } },
                "required-labels" => configuration with { Settings = configuration.Settings with { RequiredLabels = Labels(path, value) } },
                "strict-labels" => configuration with { Settings = configuration.Settings with { StrictLabels = Boolean(path, value) } },
                "fail-on" => configuration with { FailOn = Threshold(OneOf(path, value, FailOnValues)), RunSettings = [.. configuration.RunSettings, (key, Where(path, keyNode))] },
                "build-args" => configuration with { BuildArguments = StringMap(path, value) },
                "target" => configuration with { Target = StageName(path, value) },
                "baseline" => configuration with
                {
                    Baseline = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty, Scalar(path, value))),
                    RunSettings = [.. configuration.RunSettings, (key, Where(path, keyNode))],
                },
                "plugins" => configuration with { Plugins = Plugins(path, value), PluginsLocation = Where(path, keyNode) },
                _ => throw Error(path, keyNode, $"unknown key '{key}'; the keys are {string.Join(", ", Keys)}"),
            };
        }

        return configuration;
    }

    /// <summary>
    /// The rule packs a configuration file names (<c>plugins:</c>, full paths), read before the engine exists: the
    /// packs decide which rules the rest of the file may name, so nothing else is read or checked here.
    /// </summary>
    public static IReadOnlyList<string> ReadPlugins(string path, bool isNamed)
    {
        if (Path.GetFileName(path).StartsWith(".hadolint", StringComparison.OrdinalIgnoreCase))
        {
            return Array.Empty<string>();
        }

        return ReadRoot(path, isNamed) is { } root && Child(root, "plugins") is { } plugins ? Plugins(path, plugins) : Array.Empty<string>();
    }

    // Relative to the configuration's folder, as baseline is.
    private static string[] Plugins(string path, YamlNode node)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty;
        return Strings(path, node).Select(plugin => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, plugin))).ToArray();
    }

    // hadolint's own keys; what has no Seaworthy meaning (output format, colour) is left alone.
    private SeaworthyConfiguration LoadHadolint(string path, bool isNamed)
    {
        var root = ReadRoot(path, isNamed);
        var configuration = Base(path);
        if (root is null)
        {
            return configuration;
        }

        var levels = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (Child(root, "override") is { } overrides)
        {
            foreach (var entry in Mapping(path, overrides).Children)
            {
                var (levelNode, codes) = (entry.Key, entry.Value);
                var level = Scalar(path, levelNode) switch
                {
                    "error" => Severity.Error,
                    "warning" => Severity.Warning,
                    "info" or "style" => Severity.Info,
                    var other => throw Error(path, levelNode, $"unknown hadolint level '{other}'"),
                };
                foreach (var rule in HadolintRules(path, codes))
                {
                    levels[rule] = level;
                }
            }
        }

        if (Child(root, "ignored") is { } ignored)
        {
            foreach (var rule in HadolintRules(path, ignored))
            {
                levels[rule] = null;
            }
        }

        configuration = configuration with { Rules = levels };
        if (Child(root, "trustedRegistries") is { } registries)
        {
            configuration = configuration with { Settings = configuration.Settings with { TrustedRegistries = Strings(path, registries) } };
        }

        if (Child(root, "label-schema") is { } schema)
        {
            configuration = configuration with { Settings = configuration.Settings with { RequiredLabels = Labels(path, schema) } };
        }

        if (Child(root, "strict-labels") is { } strict)
        {
            configuration = configuration with { Settings = configuration.Settings with { StrictLabels = Boolean(path, strict) } };
        }

        if (Child(root, "failure-threshold") is { } threshold)
        {
            configuration = configuration with
            {
                FailOn = OneOf(path, threshold, HadolintThresholds) switch
                {
                    "style" => FailureThreshold.Info,
                    "ignore" => FailureThreshold.None,
                    var value => Threshold(value),
                },
                RunSettings = [.. configuration.RunSettings, ("failure-threshold", Where(path, KeyOf(root, "failure-threshold")))],
            };
        }

        if (Child(root, "no-fail") is { } noFail && Boolean(path, noFail))
        {
            configuration = configuration with { FailOn = FailureThreshold.None, RunSettings = [.. configuration.RunSettings, ("no-fail", Where(path, KeyOf(root, "no-fail")))] };
        }

        return configuration;
    }

    private IEnumerable<string> HadolintRules(string path, YamlNode codes)
    {
        foreach (var code in Strings(path, codes))
        {
            foreach (var rule in _rules.FindEquivalents("hadolint", code))
            {
                yield return rule.Id;
            }
        }
    }

    private static SeaworthyConfiguration Base(string path) => new()
    {
        Path = path,
        Directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty,
    };

    private static YamlMappingNode? ReadRoot(string path, bool isNamed)
    {
        var source = SourceFiles.Read(path, SourceFiles.DefaultMaxBytes, isNamed ? null : FileScope.OfFile(path))
            ?? throw new ConfigurationException($"{path}: no such configuration file");
        if (source.Text is not { } text)
        {
            throw new ConfigurationException($"{source.ProblemLocation}: {source.Problem}");
        }

        var stream = new YamlStream();
        try
        {
            CheckDepth(path, text.Text);
            var scanner = new Scanner(new StringReader(text.Text));
            try
            {
                stream.Load(new Parser(scanner));
            }
            catch (Exception exception) when (Yaml.YamlLoader.IsParserFailure(exception))
            {
                // YamlDotNet throws these without a position (a tag that is no URI, an escape that is no character);
                // the scanner has stopped at the bad token.
                var at = scanner.CurrentPosition;
                throw new ConfigurationException(FormattableString.Invariant($"{path}:{at.Line}:{at.Column}: not valid YAML here: {Yaml.YamlLoader.DescribeFailure(exception)}"), exception);
            }
        }
        catch (YamlException exception)
        {
            throw new ConfigurationException(FormattableString.Invariant($"{path}:{exception.Start.Line}:{exception.Start.Column}: {exception.Message}"), exception);
        }

        // A second document would be ignored by every reader of the file: refuse it rather than drop its settings.
        if (stream.Documents.Count > 1)
        {
            throw Error(path, stream.Documents[1].RootNode, "a configuration file holds one YAML document; this is a second one ('---')");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(path, stream.Documents[0].RootNode, "the configuration must be a mapping of keys to values");
    }

    // YamlDotNet's representation model recurses once per level of nesting: a deep file would overflow the stack,
    // which no catch survives. Its event parser does not recurse, so the depth is checked on the events first.
    private static void CheckDepth(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        var at = parser.Current.Start;
                        throw new ConfigurationException(FormattableString.Invariant($"{path}:{at.Line}:{at.Column}: collections are nested more than {MaxDepth} deep"));
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException || Yaml.YamlLoader.IsParserFailure(exception))
        {
            // The full load reports the syntax error with its position.
        }
    }

    // A rule's entry is its level ("SW1004: error"), or a mapping of its level and its options
    // ("SW1017: {level: error, options: {sensitive-host-paths: [/, /etc]}}"), where either may be left out.
    private (Dictionary<string, Severity?> Levels, Dictionary<string, IReadOnlyDictionary<string, object>> Options) RuleEntries(string path, YamlNode node)
    {
        var levels = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var options = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var entry in Mapping(path, node).Children)
        {
            var (ruleNode, value) = (entry.Key, entry.Value);
            var name = Scalar(path, ruleNode);
            var rule = _rules.Find(name) ?? throw Error(path, ruleNode, $"unknown rule '{name}'");
            if (value is not YamlMappingNode mapping)
            {
                levels[rule.Id] = Level(path, value);
                continue;
            }

            foreach (var setting in mapping.Children)
            {
                switch (Scalar(path, setting.Key))
                {
                    case "level":
                        levels[rule.Id] = Level(path, setting.Value);
                        break;
                    case "options":
                        if (!options.TryGetValue(rule.Id, out var values))
                        {
                            options[rule.Id] = values = new Dictionary<string, object>(StringComparer.Ordinal);
                        }

                        ReadOptions(path, rule, setting.Value, values);
                        break;
                    case var key:
                        throw Error(path, setting.Key, $"unknown key '{key}' for rule {rule.Id}; the keys are level, options");
                }
            }
        }

        return (levels, options.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, object>)pair.Value, StringComparer.Ordinal));
    }

    private static SeaworthyConfiguration WithRules(SeaworthyConfiguration configuration, (Dictionary<string, Severity?> Levels, Dictionary<string, IReadOnlyDictionary<string, object>> Options) rules) =>
        configuration with { Rules = rules.Levels, Settings = configuration.Settings with { RuleOptions = rules.Options } };

    private static Severity? Level(string path, YamlNode node) => OneOf(path, node, RuleLevelNames) switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "hidden" => Severity.Hidden,
        _ => null,
    };

    // Each option is read as its declaration says, and converted once here rather than in every callback.
    private static void ReadOptions(string path, RuleDescriptor rule, YamlNode node, Dictionary<string, object> values)
    {
        foreach (var entry in Mapping(path, node).Children)
        {
            var name = Scalar(path, entry.Key);
            var option = rule.Options.FirstOrDefault(candidate => candidate.Name == name)
                ?? throw Error(path, entry.Key, rule.Options.Count == 0
                    ? $"rule {rule.Id} has no options"
                    : $"unknown option '{name}' for rule {rule.Id}; its options are {string.Join(", ", rule.Options.Select(candidate => candidate.Name))}");
            var nodes = entry.Value switch
            {
                YamlSequenceNode sequence => sequence.Children,
                _ when IsEmpty(entry.Value) => Array.Empty<YamlNode>(),
                _ => throw Error(path, entry.Value, $"option '{name}' of rule {rule.Id} is a list of strings ({option.Description})"),
            };
            var items = nodes.Select(item => Scalar(path, item)).ToArray();
            for (var i = 0; i < items.Length; i++)
            {
                if (option.Problem?.Invoke(items[i]) is { } problem)
                {
                    throw Error(path, nodes[i], $"'{items[i]}' is not usable in option '{name}' of rule {rule.Id}: {problem}");
                }
            }

            values[name] = option.Convert(items);
        }
    }

    private List<ConfigurationOverride> Overrides(string path, YamlNode node)
    {
        var overrides = new List<ConfigurationOverride>();
        if (IsEmpty(node))
        {
            return overrides;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Error(path, node, "'overrides' is a list of { files, rules }");
        }

        foreach (var item in sequence.Children)
        {
            var mapping = Mapping(path, item);
            var files = Child(mapping, "files") ?? throw Error(path, item, "an override needs 'files'");
            var rules = Child(mapping, "rules") ?? throw Error(path, item, "an override needs 'rules'");
            foreach (var key in mapping.Children.Keys)
            {
                if (Scalar(path, key) is not ("files" or "rules"))
                {
                    throw Error(path, key, $"unknown key '{Scalar(path, key)}' in an override; the keys are files, rules");
                }
            }

            var (levels, options) = RuleEntries(path, rules);
            overrides.Add(new ConfigurationOverride(Globs(path, files), levels) { RuleOptions = options });
        }

        return overrides;
    }

    private static Dictionary<string, string> Labels(string path, YamlNode node)
    {
        foreach (var type in Mapping(path, node).Children.Values)
        {
            OneOf(path, type, LabelTypes);
        }

        return StringMap(path, node);
    }

    private static Dictionary<string, string> StringMap(string path, YamlNode node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Mapping(path, node).Children)
        {
            map[Scalar(path, entry.Key)] = Scalar(path, entry.Value);
        }

        return map;
    }

    // Whether the Dockerfile has that stage is known only when it is analyzed; here the name must be one at least.
    private static string StageName(string path, YamlNode node)
    {
        var name = Scalar(path, node);
        return name.Trim().Length > 0 ? name : throw Error(path, node, "'target' names a build stage, as docker build --target does; it cannot be empty");
    }

    private static string[] Strings(string path, YamlNode node) => node switch
    {
        _ when IsEmpty(node) => Array.Empty<string>(),
        YamlSequenceNode sequence => sequence.Children.Select(child => Scalar(path, child)).ToArray(),
        YamlScalarNode => new[] { Scalar(path, node) },
        _ => throw Error(path, node, "expected a list of strings"),
    };

    // File globs as Microsoft.Extensions.FileSystemGlobbing reads them: '*' and '**' only, relative to the
    // configuration's folder. What it would take literally, or can never match, is refused rather than ignored.
    private static string[] Globs(string path, YamlNode node)
    {
        var globs = Strings(path, node);
        var items = node is YamlSequenceNode sequence ? sequence.Children.ToArray() : new[] { node };
        for (var i = 0; i < globs.Length; i++)
        {
            if (GlobProblem(globs[i]) is { } problem)
            {
                throw Error(path, items[i], $"'{globs[i]}' is not a usable file glob: {problem}");
            }
        }

        return globs;
    }

    private static string? GlobProblem(string glob)
    {
        if (string.IsNullOrWhiteSpace(glob))
        {
            return "it is empty";
        }

        if (glob.IndexOfAny(UnsupportedGlobCharacters) >= 0)
        {
            return "only '*' and '**' are wildcards; '[ ]', '{ }', '?' and '!' are not supported (they would be taken literally)";
        }

        if (glob.Any(char.IsControl))
        {
            return "it contains a control character";
        }

        if (Path.IsPathRooted(glob) || glob[0] is '/' or '\\')
        {
            return "globs are relative to the configuration's folder, not absolute";
        }

        return glob.Split('/', '\\').Contains("..") ? "globs cannot leave the configuration's folder ('..')" : null;
    }

    // The name is one of FailOnValues (or a hadolint name that is also one): checked before.
    private static FailureThreshold Threshold(string name) => FailureThreshold.Parse(name)!;

    private static bool Boolean(string path, YamlNode node) => OneOf(path, node, Booleans) == "true";

    private static string OneOf(string path, YamlNode node, string[] values)
    {
        var value = Scalar(path, node);
        return Array.IndexOf(values, value) >= 0 ? value : throw Error(path, node, $"'{value}' is not one of {string.Join(", ", values)}");
    }

    private static YamlMappingNode Mapping(string path, YamlNode node) =>
        node as YamlMappingNode ?? (IsEmpty(node) ? new YamlMappingNode() : throw Error(path, node, "expected a mapping"));

    // A key with nothing after it ("rules:" followed only by comments) means an empty list or mapping.
    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain or ScalarStyle.Any };

    private static string Scalar(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, "expected a single value");

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlNode KeyOf(YamlMappingNode mapping, string key) =>
        mapping.Children.Keys.First(node => node is YamlScalarNode { Value: var value } && value == key);

    private static string Where(string path, YamlNode node) => FormattableString.Invariant($"{path}:{node.Start.Line}:{node.Start.Column}");

    private static ConfigurationException Error(string path, YamlNode node, string message) =>
        new($"{Where(path, node)}: {message}");
}
