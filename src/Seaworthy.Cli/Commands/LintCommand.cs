using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Analysis;
using Seaworthy.Cli.Output;
using Seaworthy.Configuration;
using Seaworthy.Engine;
using Seaworthy.Reporting;

namespace Seaworthy.Cli.Commands;

/// <summary><c>seaworthy lint [PATH...]</c>: analyzes files and folders and reports the findings.</summary>
internal static class LintCommand
{
    private const string StandardInput = "-";

    private static readonly string[] CurrentFolder = { "." };

    public static Command Create(Stream input, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to lint (default: the current folder); '-' reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(ReportFormatter.FormatNames.ToArray());
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity (default: the configuration's fail-on, else warning).",
        };
        failOn.AcceptOnlyFromAmong(FailureThreshold.Names.ToArray());
        var enableAll = new Option<bool>("--enable-all") { Description = "Run every rule, including those off by default." };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "Report only the findings this baseline file does not hold (see --write-baseline)." };
        var writeBaseline = new Option<FileInfo?>("--write-baseline") { Description = "Record the current findings in this baseline file and exit 0; later runs with --baseline report only new ones." };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Exit with 0 when the paths hold nothing to lint (by default that is a usage error, exit 2)." };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Glob of files or folders to leave out, relative to each folder linted (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "Use this configuration file for every file instead of each file's nearest .seaworthy.yaml." };
        var buildArgs = new Option<string[]>("--build-arg")
        {
            Description = "NAME=VALUE for ARG resolution, like docker build --build-arg (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var target = new Option<string?>("--target")
        {
            Description = "The build stage whose image runs, like docker build --target (default: the configuration's target, else the last stage); image rules judge only that image.",
        };
        var stdinFilename = new Option<string>("--stdin-filename")
        {
            Description = "The file name to report for standard input ('-'); it also decides the file's kind.",
            DefaultValueFactory = _ => "Dockerfile",
        };

        var composeFiles = new Option<string[]>("--file")
        {
            Description = "A Compose file of one project, like docker compose -f (repeatable): the first is the main file, each later one is merged on top. Instead of paths.",
            AllowMultipleArgumentsPerToken = false,
        };

        var maxFileTime = new Option<int>("--max-file-time")
        {
            Description = "Seconds one file's analysis may take; a file that takes longer is one SW0005 finding and the run goes on.",
            DefaultValueFactory = _ => (int)AnalysisOptions.DefaultMaxFileTime.TotalSeconds,
        };
        var maxFileMemory = new Option<long?>("--max-file-memory")
        {
            Description = "MiB one file's analysis may allocate (default: 4096 plus 1 KiB per byte of the file); a file that allocates more is one SW0005 finding and the run goes on.",
        };
        maxFileTime.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--max-file-time must be a positive number of seconds.");
            }
        });
        maxFileMemory.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long?>() is <= 0 or > long.MaxValue / (1024 * 1024))
            {
                result.AddError("--max-file-memory must be a positive number of MiB.");
            }
        });

        var plugins = RulePacks.CreateOption();
        var verbose = RulePacks.CreateVerboseOption();
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes of the findings to the files, then report what remains." };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "With --fix or --diff, apply the unsafe fixes too (they may change behaviour)." };
        var diff = new Option<bool>("--diff") { Description = "Print the fixes as a unified diff (patch -p1 applies it) and write nothing; exit 1 when a file would change." };

        var command = new Command("lint", "Lint Dockerfiles, Compose files and Kubernetes manifests for container security and build problems.")
        {
            paths, format, outputFile, failOn, enableAll, allowEmpty, baseline, writeBaseline, exclude, config, buildArgs, target, stdinFilename, composeFiles, maxFileTime, maxFileMemory, plugins, verbose, fix, unsafeFixes, diff,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var buildArguments = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parseResult.GetValue(buildArgs) ?? Array.Empty<string>())
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    await error.WriteLineAsync($"seaworthy: --build-arg expects NAME=VALUE, not '{pair}'").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }

                buildArguments[pair[..equals]] = pair[(equals + 1)..];
            }

            if (parseResult.GetValue(target) is { } stage && string.IsNullOrWhiteSpace(stage))
            {
                await error.WriteLineAsync("seaworthy: --target expects the name of a build stage, as docker build --target does").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var project = parseResult.GetValue(composeFiles) ?? Array.Empty<string>();
            if (project.Length > 0 && parseResult.GetValue(paths) is { Length: > 0 })
            {
                await error.WriteLineAsync("seaworthy: --file names the files of one Compose project; give either --file or paths, not both").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (parseResult.GetValue(baseline) is not null && parseResult.GetValue(writeBaseline) is not null)
            {
                await error.WriteLineAsync("seaworthy: --baseline reads a baseline and --write-baseline writes one; give one of them").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (parseResult.GetValue(unsafeFixes) && !parseResult.GetValue(fix) && !parseResult.GetValue(diff))
            {
                await error.WriteLineAsync("seaworthy: --unsafe-fixes says which fixes --fix or --diff apply; give one of them too").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            // The name decides the kind and the configuration that apply, so it must name a file.
            var stdinName = parseResult.GetValue(stdinFilename)!;
            if (string.IsNullOrWhiteSpace(Path.GetFileName(stdinName)) || stdinName.Contains('\0', StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"seaworthy: --stdin-filename expects a file name such as Dockerfile or compose.yaml, not '{stdinName}'").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var request = new LintRequest(
                project.Length > 0 ? project : parseResult.GetValue(paths) is { Length: > 0 } given ? given : CurrentFolder,
                project.Length > 0,
                parseResult.GetValue(format)!,
                parseResult.GetValue(outputFile),
                FailureThreshold.Parse(parseResult.GetValue(failOn)),
                new AnalysisOptions
                {
                    EnableAllRules = parseResult.GetValue(enableAll),
                    Exclude = parseResult.GetValue(exclude) ?? Array.Empty<string>(),
                    ConfigurationFile = parseResult.GetValue(config)?.FullName,
                    BuildArguments = buildArguments,
                    Target = parseResult.GetValue(target),
                    MaxFileTime = TimeSpan.FromSeconds(parseResult.GetValue(maxFileTime)),
                    MaxFileAllocation = parseResult.GetValue(maxFileMemory) * 1024 * 1024,
                },
                stdinName,
                parseResult.GetValue(allowEmpty),
                parseResult.GetValue(baseline),
                parseResult.GetValue(writeBaseline),
                parseResult.GetValue(plugins) ?? Array.Empty<string>(),
                parseResult.GetValue(verbose),
                parseResult.GetValue(fix) || parseResult.GetValue(diff),
                parseResult.GetValue(unsafeFixes) ? FixSafety.Unsafe : FixSafety.Safe,
                parseResult.GetValue(diff));
            try
            {
                return await RunAsync(request, input, output, error, cancellationToken).ConfigureAwait(false);
            }
            catch (ConfigurationException exception)
            {
                await error.WriteLineAsync("seaworthy: configuration error: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(LintRequest request, Stream input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        request = request with { Options = request.Options with { ConfigurationFolder = CommonFolder(request) } };
        foreach (var path in request.Paths)
        {
            if (request.IsComposeProject && !File.Exists(path))
            {
                await error.WriteLineAsync($"seaworthy: no such file: {path}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (path != StandardInput && !File.Exists(path) && !Directory.Exists(path))
            {
                // The parser takes any word it does not know for a path; one that looks like an option is a typo there.
                await error.WriteLineAsync(path.StartsWith('-')
                    ? $"seaworthy: unknown option '{path}'. Run 'seaworthy lint --help' for usage."
                    : $"seaworthy: no such file or directory: {path}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }

        if (request.Fix && request.Paths.Contains(StandardInput))
        {
            await error.WriteLineAsync("seaworthy: --fix and --diff work on files, not on standard input").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var packs = RulePacks.PathsFor(request.Plugins, CommonFolder(request), request.Options.ConfigurationFile);
        if (RulePacks.HandOff(packs, request.Verbose, error) is { } handedOff)
        {
            return handedOff;
        }

        if (RulePacks.CreateEngine(packs, request.Verbose, error) is not { } engine)
        {
            return ExitCodes.UsageError;
        }

        var filePaths = request.Paths.Where(path => path != StandardInput).ToArray();
        async Task<AnalysisResult> AnalyzeAsync()
        {
            var analyzed = request.IsComposeProject
                ? await engine.AnalyzeComposeProjectAsync(filePaths, request.Options, cancellationToken).ConfigureAwait(false)
                : filePaths.Length > 0 || !request.Paths.Contains(StandardInput)
                    ? await engine.AnalyzeAsync(filePaths, request.Options, cancellationToken).ConfigureAwait(false)
                    : new AnalysisResult(Array.Empty<AnalyzedFile>(), Array.Empty<Diagnostic>());
            if (!request.IsComposeProject && request.Paths.Contains(StandardInput))
            {
                var fromInput = engine.AnalyzeStream(request.StdinFilename, input, request.Options, cancellationToken);
                analyzed = new AnalysisResult(
                    analyzed.Files.Concat(fromInput.Files).ToArray(),
                    analyzed.Diagnostics.Concat(fromInput.Diagnostics).ToArray())
                { ConfigurationWarnings = analyzed.ConfigurationWarnings };
            }

            return analyzed;
        }

        var result = await AnalyzeAsync().ConfigureAwait(false);
        foreach (var warning in result.ConfigurationWarnings)
        {
            await error.WriteLineAsync("seaworthy: warning: " + warning).ConfigureAwait(false);
        }

        // As ESLint does for a pattern that matches nothing: a CI step pointed at the wrong folder must not pass
        // quietly. A file named on the command line (pre-commit passes every YAML file) is not an error when it is not ours.
        if (result.Files.Count == 0 && !request.AllowEmpty && request.Paths.All(Directory.Exists))
        {
            await error.WriteLineAsync($"seaworthy: no Dockerfile, Compose file or Kubernetes manifest to lint in {string.Join(", ", request.Paths)} (--allow-empty lets that pass)").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (request.Fix)
        {
            var fixes = await LintFixes.RunAsync(engine, result, request.FixSafety, request.Diff, CommonFolder(request), request.Options, output, error, cancellationToken).ConfigureAwait(false);
            if (request.Diff)
            {
                await error.WriteLineAsync($"seaworthy: --diff would fix {fixes.Describe()}").ConfigureAwait(false);
                return fixes.Files > 0 ? ExitCodes.Findings : ExitCodes.Success;
            }

            if (fixes.Files > 0)
            {
                result = await AnalyzeAsync().ConfigureAwait(false);
            }

            var withUnsafe = request.FixSafety == FixSafety.Safe ? result.Diagnostics.Count(d => d.Fixes.Any(f => f.Safety == FixSafety.Unsafe)) : 0;
            await error.WriteLineAsync($"seaworthy: fixed {fixes.Describe()}; {result.Diagnostics.Count} findings remain"
                + (withUnsafe > 0 ? $" ({withUnsafe} fixable with --unsafe-fixes)" : string.Empty)).ConfigureAwait(false);
        }

        if (request.WriteBaseline is { } baselineToWrite)
        {
            var recorded = Baseline.Of(result, baselineToWrite.DirectoryName!);
            if (ReportFile.Write(baselineToWrite.FullName, recorded.Write) is { } notWritten)
            {
                await error.WriteLineAsync($"seaworthy: cannot write the baseline to {baselineToWrite.FullName}: {notWritten}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            await error.WriteLineAsync($"seaworthy: {recorded.Entries.Count} findings recorded in the baseline {baselineToWrite.FullName}").ConfigureAwait(false);
        }

        // The configuration of the folder that holds everything linted gives what the options leave unsaid (baseline,
        // fail-on): read once, and only when needed.
        SeaworthyConfiguration? here = null;
        SeaworthyConfiguration Here() => here ??= engine.ConfigurationIn(CommonFolder(request), request.Options);

        // An explicit --baseline wins; else the baseline of that configuration.
        var fixedEntries = 0;
        var baselineFile = request.Baseline
            ?? (request.WriteBaseline is null && Here().Baseline is { } configured
                ? new FileInfo(configured)
                : null);
        if (baselineFile is { } baselineToRead)
        {
            Baseline accepted;
            try
            {
                accepted = Baseline.Load(baselineToRead.FullName);
            }
            catch (InvalidDataException exception)
            {
                await error.WriteLineAsync($"seaworthy: cannot read the baseline {baselineToRead.FullName}: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            (result, fixedEntries) = accepted.Filter(result, baselineToRead.DirectoryName!);
        }

        var report = AnalysisReport.Create(SeaworthyCommand.Version, engine.Rules, result) with { Packs = engine.Packs };
        if (request.OutputFile is { } file)
        {
            if (ReportFile.Write(file.FullName, writer => ReportFormatter.Create(request.Format).Write(report, writer)) is { } problem)
            {
                await error.WriteLineAsync($"seaworthy: cannot write the report to {file.FullName}: {problem}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }
        else
        {
            ReportFormatter.Create(request.Format, UseColor(output)).Write(report, output);
        }

        if (GitHubStepSummary.AppendFor(request.Format, report) is { } notAppended)
        {
            await error.WriteLineAsync("seaworthy: " + notAppended).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        if (fixedEntries > 0)
        {
            await error.WriteLineAsync($"seaworthy: {fixedEntries} baseline entries match no finding any more (fixed); rewrite the baseline with --write-baseline").ConfigureAwait(false);
        }

        if (request.WriteBaseline is not null)
        {
            return ExitCodes.Success;
        }

        // An explicit --fail-on wins; else the fail-on of that configuration.
        var failOn = request.FailOn ?? Here().FailOn ?? FailureThreshold.Warning;
        return failOn.FailsAny(result.Diagnostics) ? ExitCodes.Findings : ExitCodes.Success;
    }

    // The deepest folder that holds every path linted (standard input counts as its --stdin-filename); paths with no
    // folder in common (other drives) keep the first one's.
    private static string CommonFolder(LintRequest request)
    {
        var folders = request.Paths
            .Select(path => Path.GetFullPath(path == StandardInput ? request.StdinFilename : path))
            .Select(full => Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full)
            .ToArray();
        var common = folders[0];
        foreach (var folder in folders)
        {
            for (var candidate = common; candidate is not null; candidate = Path.GetDirectoryName(candidate))
            {
                if (IsWithin(folder, candidate))
                {
                    common = candidate;
                    break;
                }
            }
        }

        return common;
    }

    private static bool IsWithin(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal)
        || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Colour only for a person at a terminal: not when redirected, and never when NO_COLOR is set.
    internal static bool UseColor(TextWriter output) =>
        output is StandardOutput
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private sealed record LintRequest(IReadOnlyList<string> Paths, bool IsComposeProject, string Format, FileInfo? OutputFile, FailureThreshold? FailOn, AnalysisOptions Options, string StdinFilename, bool AllowEmpty, FileInfo? Baseline, FileInfo? WriteBaseline, IReadOnlyList<string> Plugins, bool Verbose, bool Fix, FixSafety FixSafety, bool Diff);
}
