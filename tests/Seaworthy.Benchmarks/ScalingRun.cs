using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Benchmarks;

/// <summary>
/// "scaling [RUNS]" times the analysis of growing inputs in this process (median wall time and allocated bytes);
/// "scaling --cli PATH [RUNS] [MB,MB...]" writes the inputs to a temporary folder and runs the CLI on each under
/// <c>/usr/bin/time -v</c>, for the whole process's wall time and peak resident memory. PATH is the framework-dependent
/// <c>Seaworthy.Cli.dll</c> (run with <c>dotnet</c>) or an executable such as the installed native <c>seaworthy</c>.
/// </summary>
internal static class ScalingRun
{
    private static readonly int[] Counts = { 1_000, 10_000, 100_000 };

    public static int Run(string[] args)
    {
        var cli = args.Length > 2 && args[1] == "--cli" ? args[2] : null;
        var rest = args.Skip(cli is null ? 1 : 3).ToArray();
        var runs = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 3;
        var sizes = rest.Length > 1 ? rest[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray() : new[] { 1, 10, 60 };
        var inputs = new List<(string Name, string FileName, Func<string> Text, int PerThousand)>();
        foreach (var count in Counts)
        {
            inputs.Add(($"{count} ENV lines", "Dockerfile", () => ScalingInputs.EnvLines(count), count / 1000));
            inputs.Add(($"{count}-stage pipeline", "Dockerfile", () => ScalingInputs.Pipeline(count), count / 1000));
        }

        foreach (var (surface, fileName) in ScalingInputs.Surfaces)
        {
            foreach (var megabytes in sizes)
            {
                inputs.Add(($"{megabytes} MB {surface}", fileName, () => ScalingInputs.OfSize(surface, megabytes * 1_000_000L), 0));
            }
        }

        return cli is null ? InProcess(inputs, runs) : WholeProcess(inputs, cli, runs);
    }

    private static int InProcess(List<(string Name, string FileName, Func<string> Text, int PerThousand)> inputs, int runs)
    {
        var engine = AnalysisEngine.CreateDefault();
        Console.WriteLine("| input | findings | median time | per 1k | allocated |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, fileName, make, perThousand) in inputs)
        {
            var text = make();
            var times = new double[runs];
            long allocated = 0;
            var findings = 0;
            for (var i = 0; i < runs; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                findings = engine.AnalyzeText(fileName, text).Diagnostics.Count;
                times[i] = watch.Elapsed.TotalMilliseconds;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            Array.Sort(times);
            var median = times[runs / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {findings} | {median:F0} ms | {(perThousand > 0 ? (median / perThousand).ToString("F1", CultureInfo.InvariantCulture) + " ms" : "")} | {allocated / (1024 * 1024)} MiB |"));
        }

        return 0;
    }

    private static int WholeProcess(List<(string Name, string FileName, Func<string> Text, int PerThousand)> inputs, string cli, int runs)
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-scaling-");
        try
        {
            Console.WriteLine("| input | median wall time | median peak RSS |");
            Console.WriteLine("|---|---:|---:|");
            var index = 0;
            foreach (var (name, fileName, make, _) in inputs)
            {
                var file = Path.Combine(folder.FullName, (index++).ToString(CultureInfo.InvariantCulture), fileName);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, make());
                var measured = Enumerable.Range(0, runs).Select(_ => TimeCli(cli, file)).ToArray();
                var seconds = measured.Select(m => m.Seconds).OrderBy(s => s).ElementAt(runs / 2);
                var kilobytes = measured.Select(m => m.PeakKilobytes).OrderBy(k => k).ElementAt(runs / 2);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {seconds:F2} s | {kilobytes / 1024} MiB |"));
                File.Delete(file);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    // Runs "[dotnet] CLI lint FILE --format json" under GNU time; the report itself is discarded. The time budget is
    // raised so that the largest files are measured to the end rather than stopped as SW0005.
    private static (double Seconds, long PeakKilobytes) TimeCli(string cli, string file)
    {
        var command = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new[] { "-v", "dotnet", cli } : new[] { "-v", cli };
        var start = new ProcessStartInfo("/usr/bin/time", command.Concat(new[] { "lint", file, "--format", "json", "--max-file-time", "3600" }))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        process.WaitForExit();
        var lines = error.GetAwaiter().GetResult().Split('\n');
        var elapsed = lines.Single(line => line.Contains("Elapsed (wall clock)", StringComparison.Ordinal));
        var clock = elapsed[(elapsed.LastIndexOf(' ') + 1)..].Split(':');
        var seconds = clock.Aggregate(0.0, (total, part) => (total * 60) + double.Parse(part, CultureInfo.InvariantCulture));
        var peak = lines.Single(line => line.Contains("Maximum resident set size", StringComparison.Ordinal));
        return (seconds, long.Parse(peak[(peak.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }
}
