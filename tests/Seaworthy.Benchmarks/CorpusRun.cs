using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Benchmarks;

/// <summary>Times whole-folder analysis (discovery, reading, parallel analysis) and prints the median of several runs.</summary>
internal static class CorpusRun
{
    public static int Run(string[] args)
    {
        var path = args.Length > 1 ? args[1] : Path.Combine(Corpus.Root, "dockerfiles");
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 11;
        var engine = AnalysisEngine.CreateDefault();
        var times = new double[runs];
        AnalysisResult? result = null;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = engine.AnalyzeAsync(new[] { path }).GetAwaiter().GetResult();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result!.Files.Count} files, {result.Diagnostics.Count} diagnostics; slowest {times.Max():F1} ms, median {times[runs / 2]:F1} ms, fastest {times[0]:F1} ms over {runs} runs"));
        return 0;
    }
}
