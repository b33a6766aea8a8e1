using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Analysis;

/// <summary>
/// Runs analyzers over files: finds and classifies them, parses each once, builds the models and the
/// containers, invokes the registered callbacks, applies suppressions, and returns every diagnostic in a
/// stable order. Files are analyzed in parallel. An analyzer that throws becomes an SW0004 diagnostic for
/// that file; every other analyzer and file still runs.
/// </summary>
public sealed class AnalysisEngine
{
    private readonly List<InstructionRegistration> _instructionCallbacks = new();
    private readonly List<(Analyzer Analyzer, Action<DockerfileContext> Action)> _dockerfileCallbacks = new();
    private readonly List<(Analyzer Analyzer, Action<ShellCommandContext> Action)> _shellCommandCallbacks = new();
    private readonly List<(Analyzer Analyzer, Action<ContainerContext> Action)> _containerCallbacks = new();
    private readonly RuleIndex _index;

    /// <summary>Creates an engine over <paramref name="analyzers"/>; each one's <c>Initialize</c> runs now.</summary>
    public AnalysisEngine(IEnumerable<Analyzer> analyzers)
    {
        var rules = new List<RuleDescriptor>(ToolRules.All);
        foreach (var analyzer in analyzers)
        {
            rules.AddRange(analyzer.SupportedRules);
            analyzer.Initialize(new AnalysisContext(analyzer, this));
        }

        Rules = rules.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();
        _index = new RuleIndex(Rules);
    }

    /// <summary>Every rule the engine can report: its own (SW0xxx) and the analyzers', by id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Analyzes the files and folders in <paramref name="paths"/>.</summary>
    public Task<AnalysisResult> AnalyzeAsync(IEnumerable<string> paths, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AnalysisOptions();
        var files = FileDiscovery.Find(paths, options.Exclude);
        var effectiveOptions = options;
        return Task.Run(() => Run(files.Count, i => ReadAndAnalyze(files[i].Path, files[i].Kind, effectiveOptions, cancellationToken), cancellationToken), cancellationToken);
    }

    /// <summary>Analyzes text that did not come from a file (standard input), reporting it under <paramref name="path"/>.</summary>
    public AnalysisResult AnalyzeText(string path, string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AnalysisOptions();
        var kind = FileDiscovery.Classify(path) ?? FileKind.Dockerfile;
        var effectiveOptions = options;
        return Run(1, _ => Analyze(new SourceText(path, text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text), kind, effectiveOptions, cancellationToken), cancellationToken);
    }

    internal void Add(Registration registration)
    {
        switch (registration)
        {
            case InstructionRegistration instruction:
                _instructionCallbacks.Add(instruction);
                break;
            case DockerfileRegistration dockerfile:
                _dockerfileCallbacks.Add((dockerfile.Analyzer, dockerfile.Action));
                break;
            case ShellCommandRegistration shellCommand:
                _shellCommandCallbacks.Add((shellCommand.Analyzer, shellCommand.Action));
                break;
            case ContainerRegistration container:
                _containerCallbacks.Add((container.Analyzer, container.Action));
                break;
        }
    }

    private static AnalysisResult Run(int count, Func<int, FileOutcome> analyzeOne, CancellationToken cancellationToken)
    {
        var outcomes = new FileOutcome[count];
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[i] = analyzeOne(i));
        var files = new List<AnalyzedFile>(count);
        var diagnostics = new List<Diagnostic>();
        foreach (var outcome in outcomes)
        {
            files.Add(outcome.File);
            diagnostics.AddRange(outcome.Diagnostics);
        }

        diagnostics.Sort(CompareDiagnostics);
        return new AnalysisResult(files, diagnostics);
    }

    private FileOutcome ReadAndAnalyze(string path, FileKind kind, AnalysisOptions options, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Unreadable(path, kind, "no such file", Location.FileStart(path));
            }

            if (info.Length > options.MaxFileSize)
            {
                return Unreadable(path, kind, $"file is {info.Length} bytes, larger than the limit of {options.MaxFileSize}; not analyzed", Location.FileStart(path));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, kind, exception.Message, Location.FileStart(path));
        }

        var decoded = SourceDecoder.Decode(path, bytes);
        if (decoded.Text is null)
        {
            return Unreadable(path, kind, decoded.Problem!, decoded.ProblemLocation!);
        }

        return Analyze(decoded.Text, kind, options, cancellationToken);
    }

    private static FileOutcome Unreadable(string path, FileKind kind, string problem, Location location)
    {
        var rule = problem.StartsWith("invalid UTF-8", StringComparison.Ordinal) ? ToolRules.SyntaxError : ToolRules.UnreadableFile;
        return new FileOutcome(new AnalyzedFile(path, kind, null), new[] { new Diagnostic(rule, rule.DefaultSeverity, location, problem) });
    }

    private FileOutcome Analyze(SourceText text, FileKind kind, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var reports = new List<(RuleDescriptor Rule, Location Location, string Message)>();
        var redactions = new List<Location>();
        var syntax = DockerfileParser.Parse(text);
        foreach (var error in syntax.Errors)
        {
            reports.Add((ToolRules.SyntaxError, text.GetLocation(error.Span), error.Message));
        }

        var suppressions = Suppressions.Read(syntax, _index, reports);
        var model = DockerfileModel.Create(syntax);
        var containers = DockerfileContainerAdapter.Describe(model);

        // RUN scripts are parsed once per file, on first use.
        DockerfileScripts? parsedScripts = null;
        DockerfileScripts Scripts() => parsedScripts ??= DockerfileScripts.Create(model);

        foreach (var (analyzer, action) in _dockerfileCallbacks)
        {
            Invoke(analyzer, text.Path, reports, redactions, options, sink => action(new DockerfileContext(sink, model, Scripts)), cancellationToken);
        }

        if (_instructionCallbacks.Count > 0)
        {
            var stageOf = new Dictionary<Instruction, BuildStage>();
            foreach (var stage in model.Stages)
            {
                stageOf[stage.From] = stage;
                foreach (var instruction in stage.Instructions)
                {
                    stageOf[instruction] = stage;
                }
            }

            foreach (var instruction in syntax.Instructions)
            {
                stageOf.TryGetValue(instruction, out var stage);
                foreach (var registration in _instructionCallbacks)
                {
                    if (registration.InstructionType.IsInstanceOfType(instruction))
                    {
                        Invoke(registration.Analyzer, text.Path, reports, redactions, options, sink => registration.Invoke(sink, model, stage, instruction), cancellationToken);
                    }
                }
            }
        }

        if (_shellCommandCallbacks.Count > 0)
        {
            var scripts = Scripts();
            foreach (var script in scripts.Scripts)
            {
                foreach (var command in script.Commands)
                {
                    foreach (var (analyzer, action) in _shellCommandCallbacks)
                    {
                        Invoke(analyzer, text.Path, reports, redactions, options, sink => action(new ShellCommandContext(sink, model, scripts, script, command)), cancellationToken);
                    }
                }
            }
        }

        foreach (var container in containers)
        {
            foreach (var (analyzer, action) in _containerCallbacks)
            {
                Invoke(analyzer, text.Path, reports, redactions, options, sink => action(new ContainerContext(sink, container)), cancellationToken);
            }
        }

        var diagnostics = new List<Diagnostic>();
        var unique = new HashSet<(string, int, int, string, string)>();
        foreach (var (rule, location, message) in reports)
        {
            if (!IsEnabled(rule, options) || suppressions.IsSuppressed(rule.Id, location)
                || !unique.Add((location.Path, location.Span.Start, location.Span.Length, rule.Id, message)))
            {
                continue;
            }

            diagnostics.Add(new Diagnostic(rule, rule.DefaultSeverity, location, message));
        }

        var file = new AnalyzedFile(text.Path, kind, text) { Redactions = redactions.Select(location => location.Span).ToArray() };
        return new FileOutcome(file, diagnostics);
    }

    private static void Invoke(
        Analyzer analyzer,
        string path,
        List<(RuleDescriptor, Location, string)> reports,
        List<Location> redactions,
        AnalysisOptions options,
        Action<DiagnosticSink> callback,
        CancellationToken cancellationToken)
    {
        if (!analyzer.SupportedRules.Any(rule => IsEnabled(rule, options)))
        {
            return;
        }

        try
        {
            callback(new DiagnosticSink(analyzer, reports, redactions, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var rules = string.Join(", ", analyzer.SupportedRules.Select(rule => rule.Id));
            var message = ToolRules.AnalyzerFailed.FormatMessage(new object?[] { analyzer.GetType().Name, rules, exception.GetType().Name, exception.Message });
            reports.Add((ToolRules.AnalyzerFailed, Location.FileStart(path), message));
        }
    }

    private static bool IsEnabled(RuleDescriptor rule, AnalysisOptions options) => rule.EnabledByDefault || options.EnableAllRules;

    private static int CompareDiagnostics(Diagnostic x, Diagnostic y)
    {
        var order = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (order == 0)
        {
            order = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        }

        if (order == 0)
        {
            order = x.Location.Span.Length.CompareTo(y.Location.Span.Length);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Id, y.Id);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }

    private sealed record FileOutcome(AnalyzedFile File, IReadOnlyList<Diagnostic> Diagnostics);
}
