using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Benchmarks;

/// <summary>
/// Whole analysis of one file, with every built-in rule, as it grows: time per 1k ENV lines or pipeline stages
/// stays about the same from 1k to 100k (both were quadratic, issue #18). Allocated bytes by MemoryDiagnoser.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScalingBenchmarks
{
    private AnalysisEngine _engine = null!;
    private string _text = null!;

    /// <summary>What grows: ENV lines or the stages of one pipeline.</summary>
    [Params("env", "pipeline")]
    public string Input { get; set; } = "env";

    /// <summary>How many lines or stages.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = AnalysisEngine.CreateDefault();
        _text = Input == "env" ? ScalingInputs.EnvLines(Count) : ScalingInputs.Pipeline(Count);
    }

    /// <summary>Analyzes the file; the result is the number of findings.</summary>
    [Benchmark]
    public int Analyze() => _engine.AnalyzeText("Dockerfile", _text).Diagnostics.Count;
}

/// <summary>
/// Whole analysis of a 1, 10 or 60 MB file of each surface, made of one realistic block repeated. One measured
/// run each (the 60 MB runs take tens of seconds); whole-process peak memory comes from <c>scaling --cli</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class FileSizeBenchmarks
{
    private AnalysisEngine _engine = null!;
    private string _text = null!;
    private string _fileName = null!;

    /// <summary>The surface.</summary>
    [Params("dockerfile", "compose", "kubernetes")]
    public string Surface { get; set; } = "dockerfile";

    /// <summary>The file's size in MB (10^6 bytes).</summary>
    [Params(1, 10, 60)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = AnalysisEngine.CreateDefault();
        _text = ScalingInputs.OfSize(Surface, Megabytes * 1_000_000L);
        _fileName = System.Array.Find(ScalingInputs.Surfaces, s => s.Surface == Surface).FileName;
    }

    /// <summary>Analyzes the file; the result is the number of findings.</summary>
    [Benchmark]
    public int Analyze() => _engine.AnalyzeText(_fileName, _text).Diagnostics.Count;
}
