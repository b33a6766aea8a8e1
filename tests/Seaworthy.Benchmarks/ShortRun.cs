using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Seaworthy.Engine;

namespace Seaworthy.Benchmarks;

/// <summary>
/// "short [FOLDER]" runs every kind of input of the scaling runs once at a small size, and one pass over
/// FOLDER (the shared corpus's dockerfiles by default): a smoke test that the benchmarks still run, for the
/// test suite. It prints times but nothing checks them.
/// </summary>
internal static class ShortRun
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : Path.Combine(Corpus.Root, "dockerfiles");
        var engine = AnalysisEngine.CreateDefault();
        Measure("100 ENV lines", () => engine.AnalyzeText("Dockerfile", ScalingInputs.EnvLines(100)).Diagnostics.Count);
        Measure("100-stage pipeline", () => engine.AnalyzeText("Dockerfile", ScalingInputs.Pipeline(100)).Diagnostics.Count);
        foreach (var (surface, fileName) in ScalingInputs.Surfaces)
        {
            Measure($"10 kB {surface}", () => engine.AnalyzeText(fileName, ScalingInputs.OfSize(surface, 10_000)).Diagnostics.Count);
        }

        Measure(folder, () => engine.AnalyzeAsync(new[] { folder }).GetAwaiter().GetResult().Diagnostics.Count);
        return 0;
    }

    private static void Measure(string name, Func<int> analyze)
    {
        var watch = Stopwatch.StartNew();
        var findings = analyze();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {findings} findings, {watch.Elapsed.TotalMilliseconds:F0} ms"));
    }
}
