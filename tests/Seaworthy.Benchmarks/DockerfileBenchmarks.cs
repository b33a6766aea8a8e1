using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Benchmarks;

/// <summary>Per-file costs: parsing, and the whole analysis of one file, small and large.</summary>
[MemoryDiagnoser]
public class DockerfileBenchmarks
{
    private AnalysisEngine _engine = null!;
    private SourceText[] _corpus = null!;
    private SourceText _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = AnalysisEngine.CreateDefault();
        _corpus = Directory.GetFiles(Path.Combine(Corpus.Root, "dockerfiles"), "Dockerfile*", SearchOption.AllDirectories)
            .Select(path => new SourceText(path, File.ReadAllText(path)))
            .ToArray();
        var builder = new StringBuilder("FROM alpine:3.20\n");
        for (var i = 0; i < 50_000; i++)
        {
            builder.Append("RUN echo step ").Append(i).Append(" \\\n    && true\n");
        }

        _large = new SourceText("Dockerfile", builder.ToString());
    }

    /// <summary>Parses every corpus Dockerfile (about 200 files).</summary>
    [Benchmark]
    public int ParseCorpus()
    {
        var count = 0;
        foreach (var text in _corpus)
        {
            count += DockerfileParser.Parse(text).Instructions.Count;
        }

        return count;
    }

    /// <summary>Parses, models and analyzes every corpus Dockerfile with every built-in rule, one after another.</summary>
    [Benchmark]
    public int AnalyzeCorpus()
    {
        var count = 0;
        foreach (var text in _corpus)
        {
            count += _engine.AnalyzeText(text.Path, text.Text).Diagnostics.Count;
        }

        return count;
    }

    /// <summary>A 50,000-instruction Dockerfile with continuation lines.</summary>
    [Benchmark]
    public int AnalyzeLargeFile() => _engine.AnalyzeText(_large.Path, _large.Text).Diagnostics.Count;
}
