using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Engine;
using Seaworthy.Plugins;

namespace Seaworthy.Cli.Commands;

/// <summary>
/// The one place the command line makes its engine: the built-in rules and the rule packs of <c>--plugin</c> and of
/// the configuration's <c>plugins:</c>. A native (ahead-of-time compiled) build cannot load managed code, so a run
/// with packs must go to the framework-dependent host; until that host ships beside it, such a run is a usage error.
/// </summary>
internal static class RulePacks
{
    public static Option<string[]> CreateOption() => new("--plugin")
    {
        Description = "A rule pack to load: an assembly, or a folder of them (repeatable); added to the configuration's plugins.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// The pack paths of a run: those given on the command line (relative to the current folder), then those of the
    /// configuration that applies in <paramref name="folder"/> (or of <paramref name="configurationFile"/>).
    /// </summary>
    /// <exception cref="ConfigurationException">The configuration file cannot be read.</exception>
    public static IReadOnlyList<string> PathsFor(IEnumerable<string>? given, string folder, string? configurationFile) =>
        (given ?? Array.Empty<string>()).Select(Path.GetFullPath)
            .Concat(ConfigurationResolver.PluginsFor(folder, configurationFile))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The engine over the built-in rules and the packs at <paramref name="paths"/>, or null after writing why it cannot be made.</summary>
    public static AnalysisEngine? CreateEngine(IReadOnlyList<string> paths, TextWriter error)
    {
        if (paths.Count == 0)
        {
            return AnalysisEngine.CreateDefault();
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            error.WriteLine($"seaworthy: rule packs are managed code, which this native build of seaworthy cannot load ({string.Join(", ", paths)}); run the framework-dependent build (dotnet tool install seaworthy)");
            return null;
        }

        try
        {
            var packs = RulePackLoader.Load(paths);
            return new AnalysisEngine(Seaworthy.Rules.BuiltInAnalyzers.CreateAll(), packs);
        }
        catch (RulePackException exception)
        {
            error.WriteLine("seaworthy: " + exception.Message);
            return null;
        }
    }
}
