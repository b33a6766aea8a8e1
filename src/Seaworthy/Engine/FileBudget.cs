using System;
using System.Globalization;
using System.Threading;
using Seaworthy.Analysis;

namespace Seaworthy.Engine;

/// <summary>
/// The time and memory one file's analysis may take (<see cref="AnalysisOptions.MaxFileTime"/>,
/// <see cref="AnalysisOptions.MaxFileAllocation"/>). The engine checks it before each phase and each analyzer
/// callback; analyzers see its token as their cancellation token. A file over budget becomes one SW0005.
/// </summary>
internal sealed class FileBudget : IDisposable
{
    private readonly CancellationTokenSource _clock;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _run;
    private readonly TimeSpan _maxTime;
    private readonly long _maxAllocation;
    private readonly long _allocatedAtStart;
    private readonly System.Diagnostics.Stopwatch _stopwatch = System.Diagnostics.Stopwatch.StartNew();

    public FileBudget(AnalysisOptions options, long fileLength, CancellationToken run)
    {
        _run = run;
        _maxTime = options.MaxFileTime;
        _maxAllocation = options.MaxFileAllocation ?? AnalysisOptions.DefaultMaxFileAllocationFor(fileLength);
        _clock = new CancellationTokenSource(options.MaxFileTime);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(run, _clock.Token);

        // Bytes allocated by this thread: a file is analyzed on one thread from start to end, so the difference
        // is what this file's analysis allocated, whatever other files do at the same time.
        _allocatedAtStart = AllocatedByThisThread();
    }

    /// <summary>How long the file has taken so far.</summary>
    public TimeSpan Elapsed => _stopwatch.Elapsed;

    /// <summary>What the file's analysis has allocated so far, in bytes (0 where the runtime cannot tell).</summary>
    public long Allocated => AllocatedByThisThread() - _allocatedAtStart;

    /// <summary>Cancelled when the run is cancelled or the file's time is up.</summary>
    public CancellationToken Token => _linked.Token;

    // What the analysis was doing at the last check, how far it got: a phase, or the analyzer called (kept as
    // the analyzer, so that the check made before every callback builds no string).
    private object _step = "reading the file";

    /// <summary>What the analysis was doing at the last check: how far it got.</summary>
    public string Step => _step is Analyzer analyzer ? "running " + analyzer.GetType().Name : (string)_step;

    /// <summary>True when the token was cancelled by this file's clock rather than by the run.</summary>
    public bool IsTimeUp => _clock.IsCancellationRequested && !_run.IsCancellationRequested;

    /// <summary>Throws when the run is cancelled or the file is over budget; <paramref name="step"/> is what comes next.</summary>
    /// <exception cref="FileBudgetExceededException">The file is over its time or memory budget.</exception>
    /// <exception cref="OperationCanceledException">The run is cancelled.</exception>
    public void Check(string step) => Check((object)step);

    /// <summary>Like <see cref="Check(string)"/>, before a callback of <paramref name="analyzer"/>.</summary>
    /// <exception cref="FileBudgetExceededException">The file is over its time or memory budget.</exception>
    /// <exception cref="OperationCanceledException">The run is cancelled.</exception>
    public void Check(Analyzer analyzer) => Check((object)analyzer);

    private void Check(object step)
    {
        _run.ThrowIfCancellationRequested();
        if (IsTimeUp)
        {
            throw Exceeded();
        }

        var allocated = Allocated;
        if (allocated > _maxAllocation)
        {
            throw new FileBudgetExceededException(string.Format(
                CultureInfo.InvariantCulture,
                "analysis stopped: it allocated {0} MiB, over the per-file memory budget of {1} MiB, while {2}; no findings are reported for this file",
                allocated / (1024 * 1024),
                _maxAllocation / (1024 * 1024),
                Step));
        }

        _step = step;
    }

    /// <summary>The exception for a file whose time ran out (also when an analyzer saw the token cancelled).</summary>
    public FileBudgetExceededException Exceeded() => new(string.Format(
        CultureInfo.InvariantCulture,
        "analysis stopped: it took longer than the per-file time budget of {0:0.###} s, while {1}; no findings are reported for this file",
        _maxTime.TotalSeconds,
        Step));

    // netstandard2.0 has no per-thread allocation counter: there (the MSBuild task on .NET Framework) only the time
    // budget holds, and files are still held to the size limit.
    private static long AllocatedByThisThread() =>
#if NET
        GC.GetAllocatedBytesForCurrentThread();
#else
        0;
#endif

    public void Dispose()
    {
        _linked.Dispose();
        _clock.Dispose();
    }
}

/// <summary>One file's analysis went over its time or memory budget; the message says which and how far it got.</summary>
internal sealed class FileBudgetExceededException : OperationCanceledException
{
    public FileBudgetExceededException(string message)
        : base(message)
    {
    }
}
