using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Kubernetes;
using Seaworthy.Shell;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Analysis;

/// <summary>
/// Runs analyzers over files: finds and classifies them, applies each file's configuration, parses each
/// once, builds the models and the containers, invokes the registered callbacks, applies suppressions, and
/// returns every diagnostic in a stable order. Files are analyzed in parallel. An analyzer that throws
/// becomes an SW0004 diagnostic for that file; every other analyzer and file still runs.
/// </summary>
public sealed partial class AnalysisEngine
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

    /// <summary>
    /// The configuration that applies to <paramref name="path"/> (a file, or a file name in the current folder).
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public SeaworthyConfiguration ConfigurationFor(string path, AnalysisOptions? options = null) =>
        new ConfigurationResolver(_index, options?.ConfigurationFile).For(path);

    /// <summary>Analyzes the files and folders in <paramref name="paths"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public Task<AnalysisResult> AnalyzeAsync(IEnumerable<string> paths, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var effectiveOptions = WithEnvironment(options ?? new AnalysisOptions());
        var resolver = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile);
        var files = ComposeProjectRoots(FileDiscovery.Find(paths, effectiveOptions.Exclude))
            .Select(file => (file.Path, file.Kind, Configuration: resolver.For(file.Path)))
            .Where(file => !ConfigurationResolver.IsIgnored(file.Configuration, file.Path))
            .ToArray();
        return Task.Run(
            () =>
            {
                // Every manifest is read before any is analyzed: rules on one object see the objects of every file.
                var kubernetesPaths = files.Where(file => file.Kind == FileKind.Kubernetes).Select(file => file.Path).ToArray();
                var kubernetes = LoadKubernetes(kubernetesPaths, effectiveOptions, cancellationToken);
                return Run(
                    files.Length,
                    i => Guarded(files[i].Path, files[i].Kind, () => files[i].Kind == FileKind.Kubernetes
                        ? ReadAndAnalyzeKubernetes(files[i].Path, files[i].Configuration, effectiveOptions, kubernetes, cancellationToken)
                        : ReadAndAnalyze(files[i].Path, files[i].Kind, files[i].Configuration, effectiveOptions, cancellationToken)),
                    cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Analyzes one Compose project made of <paramref name="files"/>, as <c>docker compose -f first -f second ...</c>
    /// reads it: the first is the main file (whatever its name), each later one is merged on top in order, and no
    /// override file is looked for.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public Task<AnalysisResult> AnalyzeComposeProjectAsync(IReadOnlyList<string> files, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("A Compose project needs at least one file.", nameof(files));
        }

        var overrides = new List<string>(files.Count - 1);
        for (var i = 1; i < files.Count; i++)
        {
            overrides.Add(Path.GetFullPath(files[i]));
        }

        var main = Path.GetFullPath(files[0]);
        var effectiveOptions = WithEnvironment(options ?? new AnalysisOptions()) with { ComposeOverrideFiles = overrides };
        var configuration = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile).For(main);
        return Task.Run(
            () => Run(1, _ => Guarded(main, FileKind.Compose, () => ReadAndAnalyze(main, FileKind.Compose, configuration, effectiveOptions, cancellationToken)), cancellationToken),
            cancellationToken);
    }

    /// <summary>Analyzes text that did not come from a file (standard input), reporting it under <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public AnalysisResult AnalyzeText(string path, string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var effectiveOptions = WithEnvironment(options ?? new AnalysisOptions());
        var configuration = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile).For(path);
        var kind = FileDiscovery.Classify(path) ?? FileKind.Dockerfile;
        var source = new SourceText(path, text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        return Run(1, _ => Guarded(path, kind, () => Analyze(source, kind, configuration, effectiveOptions, cancellationToken)), cancellationToken);
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
            case ComposeProjectRegistration project:
                _composeProjectCallbacks.Add((project.Analyzer, project.Action));
                break;
            case ComposeServiceRegistration service:
                _composeServiceCallbacks.Add((service.Analyzer, service.Action));
                break;
            case KubernetesObjectRegistration kubernetesObject:
                _kubernetesObjectCallbacks.Add((kubernetesObject.Analyzer, kubernetesObject.Action));
                break;
            case HostRegistration host:
                _hostCallbacks.Add((host.Analyzer, host.Action));
                break;
        }
    }

    private static AnalysisResult Run(int count, Func<int, FileOutcome> analyzeOne, CancellationToken cancellationToken)
    {
        var outcomes = new FileOutcome[count];
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[i] = analyzeOne(i));

        // A file can be read by more than one analysis (a Dockerfile that a Compose service builds, a file that
        // extends names): it is listed once, with every secret any of them found masked, and a finding is kept once.
        var files = new List<AnalyzedFile>(count);
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var unique = new HashSet<(string, int, int, string, string)>();
        foreach (var outcome in outcomes)
        {
            foreach (var file in outcome.Files)
            {
                if (!fileIndex.TryGetValue(file.Path, out var index))
                {
                    fileIndex.Add(file.Path, files.Count);
                    files.Add(file);
                }
                else if (file.Redactions.Count > 0)
                {
                    files[index] = files[index] with { Redactions = files[index].Redactions.Concat(file.Redactions).Distinct().ToArray() };
                }
            }

            foreach (var diagnostic in outcome.Diagnostics)
            {
                var location = diagnostic.Location;
                if (unique.Add((location.Path, location.Span.Start, location.Span.Length, diagnostic.Id, diagnostic.Message)))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        diagnostics.Sort(CompareDiagnostics);
        return new AnalysisResult(files, diagnostics);
    }

    // The top-level guard: whatever reading, parsing, building the models or adapting one file throws is one SW0004
    // finding on that file (analyzer callbacks are guarded one by one in FileRun.Invoke); every other file keeps its results.
    private static FileOutcome Guarded(string path, FileKind kind, Func<FileOutcome> analyze)
    {
        try
        {
            return analyze();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(path, kind, exception);
        }
    }

    private static FileOutcome Failed(string path, FileKind kind, Exception exception)
    {
        var message = ToolRules.AnalyzerFailed.FormatMessage(new object?[] { "Seaworthy", "reading and modelling the file, so every rule", exception.GetType().Name, exception.Message });
        var diagnostic = new Diagnostic(ToolRules.AnalyzerFailed, ToolRules.AnalyzerFailed.DefaultSeverity, Location.FileStart(path), message);
        return new FileOutcome(new[] { new AnalyzedFile(path, kind, null) }, new[] { diagnostic });
    }

    private FileOutcome ReadAndAnalyze(string path, FileKind kind, SeaworthyConfiguration configuration, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var decoded = ReadSource(path, options.MaxFileSize);
        if (decoded is null)
        {
            return Unreadable(path, kind, "no such file", Location.FileStart(path));
        }

        return decoded.Text is null
            ? Unreadable(path, kind, decoded.Problem!, decoded.ProblemLocation!)
            : Analyze(decoded.Text, kind, configuration, options, cancellationToken);
    }

    // The file's text, or why there is none; null when there is no such file.
    private static DecodedSource? ReadSource(string path, long maxFileSize)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }

            if (info.Length > maxFileSize)
            {
                return new DecodedSource(null, $"file is {info.Length} bytes, larger than the limit of {maxFileSize}; not analyzed", Location.FileStart(path));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new DecodedSource(null, exception.Message, Location.FileStart(path));
        }

        return SourceDecoder.Decode(path, bytes);
    }

    private static FileOutcome Unreadable(string path, FileKind kind, string problem, Location location)
    {
        var rule = problem.StartsWith("invalid UTF-8", StringComparison.Ordinal) ? ToolRules.SyntaxError : ToolRules.UnreadableFile;
        return new FileOutcome(new[] { new AnalyzedFile(path, kind, null) }, new[] { new Diagnostic(rule, rule.DefaultSeverity, location, problem) });
    }

    private FileOutcome Analyze(SourceText text, FileKind kind, SeaworthyConfiguration configuration, AnalysisOptions options, CancellationToken cancellationToken)
    {
        if (kind == FileKind.Kubernetes)
        {
            var manifest = KubernetesManifest.Load(text);
            return AnalyzeKubernetes(manifest, new KubernetesObjectSet(new[] { manifest }), configuration, options, cancellationToken);
        }

        if (kind == FileKind.Compose)
        {
            var composeRun = new FileRun(text.Path, LevelsFor(text.Path, configuration, options, BuildChecks.None), configuration.Settings, cancellationToken);
            return AnalyzeCompose(text, composeRun, configuration, options);
        }

        var syntax = DockerfileParser.Parse(text);
        var checks = BuildChecks.Read(syntax);
        var run = new FileRun(text.Path, LevelsFor(text.Path, configuration, options, checks), configuration.Settings, cancellationToken);
        foreach (var error in syntax.Errors)
        {
            run.Reports.Add((ToolRules.SyntaxError, text.GetLocation(error.Span), error.Message));
        }

        var suppressions = Suppressions.Read(syntax, _index, run.Reports);
        var buildArguments = Merge(configuration.BuildArguments, options.BuildArguments);
        var model = DockerfileModel.Create(syntax, buildArguments, ReadDockerIgnore(text.Path));
        var containers = DockerfileContainerAdapter.Describe(model, buildArguments);

        // RUN scripts are parsed once per file, on first use.
        DockerfileScripts? parsedScripts = null;
        DockerfileScripts Scripts() => parsedScripts ??= DockerfileScripts.Create(model);

        foreach (var (analyzer, action) in _dockerfileCallbacks)
        {
            run.Invoke(analyzer, sink => action(new DockerfileContext(sink, model, Scripts)));
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
                        run.Invoke(registration.Analyzer, sink => registration.Invoke(sink, model, stage, instruction));
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
                        run.Invoke(analyzer, sink => action(new ShellCommandContext(sink, model, scripts, script, command)));
                    }
                }
            }
        }

        foreach (var container in containers)
        {
            foreach (var (analyzer, action) in _containerCallbacks)
            {
                run.Invoke(analyzer, sink => action(new ContainerContext(sink, container)));
            }
        }

        return Finish(run, new[] { new AnalyzedFile(text.Path, kind, text) }, new Dictionary<string, Suppressions>(StringComparer.Ordinal) { [text.Path] = suppressions }, checks);
    }

    // Keeps the reports whose rule is on and that no suppression in the file they point into covers (duplicates
    // are dropped when the run's files are gathered); each file read gets the redactions that fall in it.
    private static FileOutcome Finish(FileRun run, IReadOnlyList<AnalyzedFile> files, Dictionary<string, Suppressions> suppressions, BuildChecks checks)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var (rule, location, message) in run.Reports)
        {
            if (run.Levels[rule.Id] is not { } severity
                || (suppressions.TryGetValue(location.Path, out var inFile) && inFile.IsSuppressed(rule.Id, location))
                || (location.Path == run.Path && checks.IsSkipped(rule, location)))
            {
                continue;
            }

            diagnostics.Add(new Diagnostic(rule, severity, location, message));
        }

        var withRedactions = new List<AnalyzedFile>(files.Count);
        foreach (var file in files)
        {
            var spans = run.Redactions.Where(location => location.Path == file.Path).Select(location => location.Span).ToArray();
            withRedactions.Add(spans.Length == 0 ? file : file with { Redactions = spans });
        }

        return new FileOutcome(withRedactions, diagnostics);
    }

    // BuildKit reads <Dockerfile>.dockerignore beside the Dockerfile first, else the context's .dockerignore;
    // the Dockerfile's folder is taken as the context.
    private static DockerIgnore? ReadDockerIgnore(string path)
    {
        var folder = Path.GetDirectoryName(path);
        foreach (var candidate in new[] { path + ".dockerignore", Path.Combine(folder ?? string.Empty, ".dockerignore") })
        {
            try
            {
                var info = new FileInfo(candidate);
                if (info.Exists && info.Length <= AnalysisOptions.DefaultMaxFileSize)
                {
                    return DockerIgnore.Parse(File.ReadAllText(candidate));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    // The level of every rule for one file; null when the rule is off. The tool's own rules are always on.
    // A Dockerfile's "# check=" directive can switch experimental checks on and raise BuildKit checks to errors.
    private Dictionary<string, Severity?> LevelsFor(string path, SeaworthyConfiguration configuration, AnalysisOptions options, BuildChecks checks)
    {
        var levels = new Dictionary<string, Severity?>(Rules.Count, StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            var level = ConfigurationResolver.LevelOf(rule, configuration, path, options.EnableAllRules)
                ?? (checks.Enables(rule) ? rule.DefaultSeverity : null);
            levels[rule.Id] = level is not null && checks.SeverityOf(rule) == Severity.Error ? Severity.Error : level;
        }

        return levels;
    }

    private static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> configured, IReadOnlyDictionary<string, string> given)
    {
        if (given.Count == 0)
        {
            return configured;
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in configured.Concat(given))
        {
            merged[pair.Key] = pair.Value;
        }

        return merged;
    }

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

    private sealed record FileOutcome(IReadOnlyList<AnalyzedFile> Files, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>What one file's analysis collects, and how it calls an analyzer safely.</summary>
    private sealed class FileRun
    {
        private readonly RuleSettings _settings;
        private readonly CancellationToken _cancellationToken;

        public FileRun(string path, Dictionary<string, Severity?> levels, RuleSettings settings, CancellationToken cancellationToken)
        {
            Path = path;
            Levels = levels;
            _settings = settings;
            _cancellationToken = cancellationToken;
        }

        public string Path { get; }

        public Dictionary<string, Severity?> Levels { get; }

        public List<(RuleDescriptor Rule, Location Location, string Message)> Reports { get; } = new();

        public List<Location> Redactions { get; } = new();

        public void Invoke(Analyzer analyzer, Action<DiagnosticSink> callback)
        {
            if (!analyzer.SupportedRules.Any(rule => Levels.TryGetValue(rule.Id, out var level) && level is not null))
            {
                return;
            }

            try
            {
                callback(new DiagnosticSink(analyzer, Reports, Redactions, _settings, _cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var rules = string.Join(", ", analyzer.SupportedRules.Select(rule => rule.Id));
                var message = ToolRules.AnalyzerFailed.FormatMessage(new object?[] { analyzer.GetType().Name, rules, exception.GetType().Name, exception.Message });
                Reports.Add((ToolRules.AnalyzerFailed, Location.FileStart(Path), message));
            }
        }
    }
}
