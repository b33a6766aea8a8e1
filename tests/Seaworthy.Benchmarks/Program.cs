using BenchmarkDotNet.Running;
using Seaworthy.Benchmarks;

// "corpus [PATH] [RUNS]" times whole-folder runs in this process; "scaling ..." times growing inputs (see
// ScalingRun); "short [FOLDER]" is the test suite's smoke run (ShortRun); anything else goes to BenchmarkDotNet.
return args.Length > 0 && args[0] == "corpus" ? CorpusRun.Run(args)
    : args.Length > 0 && args[0] == "scaling" ? ScalingRun.Run(args)
    : args.Length > 0 && args[0] == "short" ? ShortRun.Run(args)
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(DockerfileBenchmarks).Assembly).Run(args);
    return 0;
}
