using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
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
/// the configuration's <c>plugins:</c>. A native (ahead-of-time compiled) build cannot load managed code, so it hands a
/// run with packs to the framework-dependent build its package ships beside it (<c>managed/</c>).
/// </summary>
internal static class RulePacks
{
    public static Option<string[]> CreateOption() => new("--plugin")
    {
        Description = "A rule pack to load: an assembly, or a folder of them (repeatable); added to the configuration's plugins.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> CreateVerboseOption() => new("--verbose")
    {
        Description = "Say which rule packs are loaded, and when a native build hands the run to the framework-dependent one to load them.",
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

    /// <summary>
    /// In a native build with packs to load, runs the same command line in the framework-dependent build shipped under
    /// <c>managed/</c> beside it, with this process's standard streams, and returns its exit code; null when this
    /// process can load the packs itself (no packs, or the JIT is here).
    /// </summary>
    public static int? HandOff(IReadOnlyList<string> paths, bool verbose, TextWriter error)
    {
        if (paths.Count == 0 || RuntimeFeature.IsDynamicCodeSupported)
        {
            return null;
        }

        var host = Path.Combine(AppContext.BaseDirectory, "managed", "Seaworthy.Cli.dll");
        if (!File.Exists(host))
        {
            error.WriteLine($"seaworthy: rule packs are managed code, which this native build of seaworthy cannot load ({string.Join(", ", paths)}), and the framework-dependent build it hands them to is not at {host}; install the Seaworthy.Cli.any package");
            return ExitCodes.UsageError;
        }

        if (verbose)
        {
            error.WriteLine($"seaworthy: this native build cannot load rule packs; the framework-dependent build at {host} runs this command");
        }

        error.Flush();
        // The tool runs on a .NET SDK, whose host sets DOTNET_HOST_PATH for the tools it starts; dotnet on PATH otherwise.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(host);
        foreach (var argument in Environment.GetCommandLineArgs().Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The engine over the built-in rules and the packs at <paramref name="paths"/>, or null after writing why it cannot be made.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A native build hands a run with packs to the framework-dependent build (HandOff) before it gets here.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "A native build hands a run with packs to the framework-dependent build (HandOff) before it gets here.")]
    public static AnalysisEngine? CreateEngine(IReadOnlyList<string> paths, bool verbose, TextWriter error)
    {
        if (paths.Count == 0)
        {
            return AnalysisEngine.CreateDefault();
        }

        try
        {
            var packs = RulePackLoader.Load(paths);
            if (verbose)
            {
                foreach (var pack in packs)
                {
                    error.WriteLine($"seaworthy: rule pack {pack} loaded, {pack.Rules.Count} rule(s)");
                }
            }

            return new AnalysisEngine(Seaworthy.Rules.BuiltInAnalyzers.CreateAll(), packs);
        }
        catch (RulePackException exception)
        {
            error.WriteLine("seaworthy: " + exception.Message);
            return null;
        }
    }
}
