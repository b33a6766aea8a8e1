using System.IO;
using BenchmarkDotNet.Attributes;
using Seaworthy.Engine;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using YamlDotNet.Core;

namespace Seaworthy.Benchmarks;

/// <summary>
/// A 1 MB manifest: YamlDotNet's parser alone (the floor under any load of the file), Seaworthy's load (the
/// syntax tree with positions and the objects), and the whole analysis with every built-in rule.
/// </summary>
[MemoryDiagnoser]
public class KubernetesManifestBenchmarks
{
    private AnalysisEngine _engine = null!;
    private SourceText _manifest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = AnalysisEngine.CreateDefault();
        _manifest = new SourceText("deploy.yaml", ScalingInputs.OfSize("kubernetes", 1_000_000));
    }

    /// <summary>Every event of YamlDotNet's parser, and nothing made of them.</summary>
    [Benchmark(Baseline = true)]
    public int YamlDotNetParserAlone()
    {
        var parser = new Parser(new StringReader(_manifest.Text));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>The manifest's syntax tree and objects.</summary>
    [Benchmark]
    public int Load() => KubernetesManifest.Load(_manifest).Objects.Count;

    /// <summary>Load and every built-in rule.</summary>
    [Benchmark]
    public int Analyze() => _engine.AnalyzeText(_manifest.Path, _manifest.Text).Diagnostics.Count;
}
