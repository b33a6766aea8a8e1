using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Analysis;
using Seaworthy.Cli.Output;
using Seaworthy.Configuration;
using Seaworthy.Engine;
using Seaworthy.Host;
using Seaworthy.HostAudit;
using Seaworthy.Reporting;

namespace Seaworthy.Cli.Commands;

/// <summary>
/// <c>seaworthy audit</c>: checks a live Docker Engine (or a saved snapshot of one) against the CIS Docker Benchmark
/// and prints the scorecard.
/// </summary>
internal static class AuditCommand
{
    private const double DefaultTimeoutSeconds = 30;

    // A day: far beyond any engine's answer, and well within what a timer accepts.
    private const double MaxTimeoutSeconds = 86400;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var host = new Option<string?>("--host", "-H") { Description = "The engine to audit (unix:///path or tcp://host:port; default: DOCKER_HOST, else the default socket)." };
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "Audit a snapshot saved with --save-snapshot instead of a live engine." };
        var saveSnapshot = new Option<FileInfo?>("--save-snapshot") { Description = "Save what was collected from the engine to this file (JSON)." };
        var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(ScorecardFormatter.FormatNames.ToArray());
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity (default: the configuration's fail-on, else warning).",
        };
        failOn.AcceptOnlyFromAmong(FailureThreshold.Names.ToArray());
        var include = new Option<string[]>("--include")
        {
            Description = "Only these CIS checks or sections, such as 5, 2.1 or 1.1 (repeatable, or comma-separated).",
            AllowMultipleArgumentsPerToken = false,
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out these CIS checks or sections (repeatable, or comma-separated).",
            AllowMultipleArgumentsPerToken = false,
        };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "Use this configuration file instead of the current folder's .seaworthy.yaml." };
        var remoteOnly = new Option<bool>("--no-local") { Description = "Read only the Engine API, not the engine's host (files, processes), even when it is local." };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Give up on an Engine API call the engine does not answer within this many seconds (default: 30).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
        };

        var command = new Command("audit", "Audit a Docker Engine against the CIS Docker Benchmark and print the scorecard.")
        {
            host, snapshot, saveSnapshot, format, outputFile, failOn, include, exclude, config, remoteOnly, timeout,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var included = Patterns(parseResult.GetValue(include));
            var excluded = Patterns(parseResult.GetValue(exclude));
            foreach (var pattern in included.Concat(excluded))
            {
                if (!CisDockerBenchmark.IsKnown(pattern))
                {
                    await error.WriteLineAsync($"seaworthy: '{pattern}' is not a CIS Docker Benchmark {CisDockerBenchmark.Version} check or section (such as 5, 2.1 or 1.1.3)").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }
            }

            var seconds = parseResult.GetValue(timeout);
            if (seconds is not (> 0 and <= MaxTimeoutSeconds))
            {
                await error.WriteLineAsync(FormattableString.Invariant($"seaworthy: --timeout must be more than 0 and at most {MaxTimeoutSeconds} seconds, not {seconds}")).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            if (parseResult.GetValue(snapshot) is not null && parseResult.GetValue(host) is not null)
            {
                await error.WriteLineAsync("seaworthy: --snapshot and --host exclude each other").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var request = new AuditRequest(
                parseResult.GetValue(host),
                parseResult.GetValue(snapshot),
                parseResult.GetValue(saveSnapshot),
                parseResult.GetValue(format)!,
                parseResult.GetValue(outputFile),
                FailureThreshold.Parse(parseResult.GetValue(failOn)),
                included,
                excluded,
                new AnalysisOptions { ConfigurationFile = parseResult.GetValue(config)?.FullName, ConfigurationFolder = Directory.GetCurrentDirectory() },
                !parseResult.GetValue(remoteOnly),
                TimeSpan.FromSeconds(seconds));
            try
            {
                return await RunAsync(request, output, error, cancellationToken).ConfigureAwait(false);
            }
            catch (ConfigurationException exception)
            {
                await error.WriteLineAsync("seaworthy: configuration error: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(AuditRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        HostSnapshot snapshot;
        if (request.Snapshot is { } file)
        {
            try
            {
                snapshot = HostSnapshotJson.Load(file.FullName);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or JsonException)
            {
                await error.WriteLineAsync($"seaworthy: cannot read the snapshot {file.FullName}: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }
        else
        {
            try
            {
                var collect = new HostCollectorOptions { Host = request.Host, CollectLocalHost = request.CollectLocalHost, Timeout = request.Timeout };
                snapshot = await HostCollector.CollectAsync(collect, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HostCollectionException or ArgumentException)
            {
                await error.WriteLineAsync("seaworthy: " + exception.Message).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }

        if (request.SaveSnapshot is { } destination
            && ReportFile.Write(destination.FullName, writer => writer.Write(HostSnapshotJson.Serialize(snapshot) + "\n")) is { } notSaved)
        {
            await error.WriteLineAsync($"seaworthy: cannot save the snapshot to {destination.FullName}: {notSaved}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var engine = AnalysisEngine.CreateDefault();
        var result = engine.Audit(snapshot, request.Options, cancellationToken);
        var scorecard = Scorecard.Create(result, engine.Rules, request.Include, request.Exclude);
        if (request.OutputFile is { } outputFile)
        {
            if (ReportFile.Write(outputFile.FullName, writer => ScorecardFormatter.Write(scorecard, request.Format, writer, SeaworthyCommand.Version)) is { } problem)
            {
                await error.WriteLineAsync($"seaworthy: cannot write the report to {outputFile.FullName}: {problem}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
        }
        else
        {
            ScorecardFormatter.Write(scorecard, request.Format, output, SeaworthyCommand.Version);
        }

        if (GitHubStepSummary.AppendFor(request.Format, ScorecardFormatter.FindingsReport(scorecard, SeaworthyCommand.Version)) is { } notAppended)
        {
            await error.WriteLineAsync("seaworthy: " + notAppended).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var failOn = request.FailOn ?? engine.ConfigurationIn(request.Options.ConfigurationFolder!, request.Options).FailOn ?? FailureThreshold.Warning;
        return failOn.FailsAny(scorecard.AllFindings) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string[] Patterns(string[]? values) =>
        (values ?? Array.Empty<string>())
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();

    private sealed record AuditRequest(
        string? Host,
        FileInfo? Snapshot,
        FileInfo? SaveSnapshot,
        string Format,
        FileInfo? OutputFile,
        FailureThreshold? FailOn,
        IReadOnlyList<string> Include,
        IReadOnlyList<string> Exclude,
        AnalysisOptions Options,
        bool CollectLocalHost,
        TimeSpan Timeout);
}
