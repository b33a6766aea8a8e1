using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Host;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Engine;

/// <summary>The host audit side of the engine: a <see cref="HostSnapshot"/> goes through the host and container callbacks.</summary>
public sealed partial class AnalysisEngine
{
    /// <summary>The equivalent prefix of a CIS Docker Benchmark check (<c>cis-docker:5.4</c>).</summary>
    public const string CisDockerPrefix = "cis-docker:";

    private readonly List<(Analyzer Analyzer, Action<HostContext> Action)> _hostCallbacks = new();

    /// <summary>Audits a snapshot of a Docker Engine on a worker thread; see <see cref="Audit"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public Task<HostAuditResult> AuditAsync(HostSnapshot snapshot, AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Audit(snapshot, options, cancellationToken), cancellationToken);

    /// <summary>
    /// Audits a snapshot of a Docker Engine: every <see cref="AnalysisContext.RegisterHost"/> callback once, and every
    /// <see cref="AnalysisContext.RegisterContainer"/> callback on each of the engine's containers (running and stopped,
    /// through <see cref="EngineContainerAdapter"/>). Rules with a CIS Docker Benchmark equivalent run whether or not
    /// they are on by default (a configuration can still turn one off); other rules follow
    /// <see cref="AnalysisOptions.ConfigurationFile"/>, else the configuration of <see cref="AnalysisOptions.ConfigurationFolder"/>,
    /// else the defaults. No file override applies: an engine is not a file.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public HostAuditResult Audit(HostSnapshot snapshot, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AnalysisOptions();

        var configuration = options.ConfigurationFile is null && options.ConfigurationFolder is null
            ? SeaworthyConfiguration.Default
            : new ConfigurationResolver(_index, options.ConfigurationFile).ForFolder(options.ConfigurationFolder ?? string.Empty);
        var levels = new Dictionary<string, Severity?>(Rules.Count, StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            levels[rule.Id] = ConfigurationResolver.LevelOf(rule, configuration, null, options.EnableAllRules || IsCisCheck(rule));
        }

        var recorder = new HostAuditRecorder();
        var evaluated = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<(HostTarget Target, string Message)>();
        var daemonOptions = new Lazy<DaemonOptions>(() => DaemonOptions.From(snapshot));

        void Invoke(Analyzer analyzer, HostTarget target, Action<DiagnosticSink> callback)
        {
            var enabled = analyzer.SupportedRules.Where(rule => levels.TryGetValue(rule.Id, out var level) && level is not null).ToArray();
            if (enabled.Length == 0)
            {
                return;
            }

            foreach (var rule in enabled)
            {
                evaluated.Add(rule.Id);
            }

            try
            {
                callback(new DiagnosticSink(analyzer, recorder, target, configuration.Settings, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var rules = string.Join(", ", analyzer.SupportedRules.Select(rule => rule.Id));
                var message = ToolRules.AnalyzerFailed.FormatMessage(new object?[] { analyzer.GetType().Name, rules, exception.GetType().Name, exception.Message });
                failures.Add((target, message));

                // A check whose analyzer did not finish was not made: it is unknown, never a pass.
                var about = target.Kind == HostTargetKind.Daemon ? null : target;
                foreach (var rule in enabled)
                {
                    recorder.Outcome(new RuleOutcome(rule, RuleOutcomeKind.Unknown, about, "the check did not complete: " + message));
                }
            }
        }

        foreach (var (analyzer, action) in _hostCallbacks)
        {
            Invoke(analyzer, HostTarget.Daemon, sink => action(new HostContext(sink, snapshot, daemonOptions)));
        }

        if (_containerCallbacks.Count > 0)
        {
            // A container that cannot be described fails each container check on it as its analyzer would: unknown.
            IReadOnlyList<ContainerSpec>? containers = null;
            Exception? describeFailure = null;
            try
            {
                containers = EngineContainerAdapter.Describe(snapshot);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                describeFailure = exception;
            }

            for (var i = 0; i < snapshot.Containers.Count; i++)
            {
                var target = HostTarget.ForContainer(snapshot.Containers[i]);
                var container = containers?[i];
                foreach (var (analyzer, action) in _containerCallbacks)
                {
                    Invoke(analyzer, target, sink => action(new ContainerContext(sink, container ?? throw new InvalidOperationException("The container could not be described: " + describeFailure!.Message, describeFailure))));
                }
            }
        }

        var origin = Location.FileStart(snapshot.Endpoint.Length > 0 ? snapshot.Endpoint : "docker-engine");
        var diagnostics = new List<Diagnostic>();
        var unique = new HashSet<(string, HostTarget, string)>();
        foreach (var (rule, target, message) in recorder.Reports)
        {
            if (levels[rule.Id] is { } severity && unique.Add((rule.Id, target, message)))
            {
                diagnostics.Add(new Diagnostic(rule, severity, origin, message) { Target = target });
            }
        }

        foreach (var (target, message) in failures)
        {
            diagnostics.Add(new Diagnostic(ToolRules.AnalyzerFailed, ToolRules.AnalyzerFailed.DefaultSeverity, origin, message) { Target = target });
        }

        diagnostics.Sort(CompareHostDiagnostics);
        var outcomes = recorder.Outcomes.Where(outcome => levels[outcome.Rule.Id] is not null).ToArray();
        var evaluatedRules = Rules.Where(rule => evaluated.Contains(rule.Id)).ToArray();
        return new HostAuditResult(snapshot, diagnostics, outcomes, evaluatedRules);
    }

    /// <summary>True when <paramref name="rule"/> checks something of the CIS Docker Benchmark (a <c>cis-docker:</c> equivalent).</summary>
    public static bool IsCisCheck(RuleDescriptor rule) =>
        rule.Equivalents.Any(equivalent => equivalent.StartsWith(CisDockerPrefix, StringComparison.Ordinal));

    private static int CompareHostDiagnostics(Diagnostic x, Diagnostic y)
    {
        var order = string.CompareOrdinal(x.Id, y.Id);
        if (order == 0)
        {
            order = ((int)x.Target!.Kind).CompareTo((int)y.Target!.Kind);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Target!.Name, y.Target!.Name);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }
}
