using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Kubernetes;
using Seaworthy.Secrets;
using Seaworthy.Shell;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Engine;

/// <summary>
/// Runs analyzers over files: finds and classifies them, applies each file's configuration, parses each
/// once, builds the models and the containers, invokes the registered callbacks, applies suppressions, and
/// returns every diagnostic in a stable order. Files are analyzed in parallel. An analyzer that throws
/// becomes an SW0004 diagnostic for that file; every other analyzer and file still runs.
/// </summary>
public sealed partial class AnalysisEngine
{
    private readonly List<(Analyzer Analyzer, Action<ContainerContext> Action)> _containerCallbacks = new();
    private readonly RuleIndex _index;

    /// <summary>Creates an engine over <paramref name="analyzers"/>; each one's <c>Initialize</c> runs now.</summary>
    public AnalysisEngine(IEnumerable<Analyzer> analyzers)
        : this(analyzers, Array.Empty<RulePack>())
    {
    }

    /// <summary>
    /// Creates an engine over <paramref name="analyzers"/> and the analyzers of <paramref name="packs"/>; each one's
    /// <c>Initialize</c> runs now.
    /// </summary>
    /// <exception cref="RulePackException">
    /// A pack's rule id starts with <c>SW</c> (Seaworthy's own prefix), a pack's rule id or name is already taken by
    /// another rule, or a pack's analyzer throws while it declares its rules or initializes.
    /// </exception>
    public AnalysisEngine(IEnumerable<Analyzer> analyzers, IEnumerable<RulePack> packs)
    {
        var rules = new List<RuleDescriptor>(ToolRules.All);
        foreach (var analyzer in analyzers)
        {
            rules.AddRange(analyzer.SupportedRules);
            analyzer.Initialize(new AnalysisContext(analyzer, Add));
        }

        Packs = packs.ToArray();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            owners[rule.Id] = "built-in rule " + rule.Id;
            owners[rule.Name] = "built-in rule " + rule.Id;
        }

        foreach (var pack in Packs)
        {
            foreach (var rule in pack.Rules)
            {
                if (rule.Id.StartsWith("SW", StringComparison.OrdinalIgnoreCase))
                {
                    throw new RulePackException(pack.Name, $"rule id {rule.Id} uses Seaworthy's own prefix SW; give the pack's rules a prefix of its own (CONTOSO001)");
                }

                foreach (var key in new[] { rule.Id, rule.Name })
                {
                    if (owners.TryGetValue(key, out var owner))
                    {
                        throw new RulePackException(pack.Name, $"rule {rule.Id} ({rule.Name}) takes the {(key == rule.Id ? "id" : "name")} '{key}' of {owner}");
                    }
                }

                owners[rule.Id] = owners[rule.Name] = $"rule {rule.Id} of pack '{pack.Name}'";
            }

            rules.AddRange(pack.Rules);
            foreach (var analyzer in pack.Analyzers)
            {
                try
                {
                    analyzer.Initialize(new AnalysisContext(analyzer, Add));
                }
                catch (Exception exception)
                {
                    throw new RulePackException(pack.Name, $"analyzer {analyzer.GetType().FullName} failed to initialize: {exception.GetType().Name}: {exception.Message}", exception);
                }
            }
        }

        Rules = rules.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();
        _index = new RuleIndex(Rules);
    }

    /// <summary>The rule packs whose analyzers the engine runs besides its own, in the order given.</summary>
    public IReadOnlyList<RulePack> Packs { get; }

    /// <summary>Every rule the engine can report: its own (SW0xxx) and the analyzers', by id.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The configuration that applies to the file at <paramref name="path"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public SeaworthyConfiguration ConfigurationFor(string path, AnalysisOptions? options = null) =>
        new ConfigurationResolver(_index, options?.ConfigurationFile).For(path);

    /// <summary>
    /// The configuration that applies in <paramref name="folder"/>: its nearest <c>.seaworthy.yaml</c> (or the explicit
    /// <see cref="AnalysisOptions.ConfigurationFile"/>), for settings of a run rather than of a file (fail-on, baseline).
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public SeaworthyConfiguration ConfigurationIn(string folder, AnalysisOptions? options = null) =>
        new ConfigurationResolver(_index, options?.ConfigurationFile).ForFolder(folder);

    /// <summary>Analyzes the files and folders in <paramref name="paths"/>.</summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public Task<AnalysisResult> AnalyzeAsync(IEnumerable<string> paths, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var effectiveOptions = WithEnvironment(options ?? new AnalysisOptions());
        var resolver = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile, effectiveOptions.ConfigurationFolder);
        var discovery = FileDiscovery.Discover(paths, effectiveOptions.Exclude);
        var files = ComposeProjectRoots(discovery.Files)
            .Select(file => (File: file, Configuration: resolver.For(file.Path)))
            .Where(file => !ConfigurationResolver.IsIgnored(file.Configuration, file.File.Path))
            .ToArray();
        return Task.Run(
            () =>
            {
                // Every manifest is read before any is analyzed: rules on one object see the objects of every file.
                var kubernetesFiles = files.Where(file => file.File.Kind == FileKind.Kubernetes).Select(file => file.File).ToArray();
                var kubernetes = LoadKubernetes(kubernetesFiles, effectiveOptions, cancellationToken);
                var result = Run(
                    files.Length + discovery.Problems.Count,
                    i => i >= files.Length
                        ? DiscoveryFailed(discovery.Problems[i - files.Length])
                        : Guarded(files[i].File.Path, files[i].File.Kind, () => files[i].File.Kind == FileKind.Kubernetes
                            ? ReadAndAnalyzeKubernetes(files[i].File, files[i].Configuration, effectiveOptions, kubernetes, cancellationToken)
                            : ReadAndAnalyze(files[i].File, files[i].Configuration, effectiveOptions, cancellationToken)),
                    cancellationToken);
                return result with { ConfigurationWarnings = resolver.UnusedRunSettings };
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
        var configuration = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile, effectiveOptions.ConfigurationFolder).For(main);
        var file = new DiscoveredFile(main, FileKind.Compose, FileScope.OfFile(main), IsNamed: true);
        return Task.Run(
            () => Run(1, _ => Guarded(main, FileKind.Compose, () => ReadAndAnalyze(file, configuration, effectiveOptions, cancellationToken)), cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Analyzes text that did not come from a file, reporting it under <paramref name="path"/>; the files it names
    /// (<c>.dockerignore</c>, Compose <c>include</c>s) are read within the folder of <paramref name="path"/>.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public AnalysisResult AnalyzeText(string path, string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var effectiveOptions = WithEnvironment(options ?? new AnalysisOptions());
        var configuration = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile, effectiveOptions.ConfigurationFolder).For(path);
        var kind = FileDiscovery.Classify(path) ?? FileKind.Dockerfile;
        var source = new SourceText(path, text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        return Run(1, _ => Guarded(path, kind, () => Analyze(source, kind, FileScope.OfFile(path), configuration, effectiveOptions, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// Analyzes a stream (standard input), reporting it under <paramref name="path"/>. At most
    /// <see cref="AnalysisOptions.MaxFileSize"/> bytes are read: more is one SW0005 diagnostic, as for a file.
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public AnalysisResult AnalyzeStream(string path, Stream input, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var effectiveOptions = WithEnvironment(options ?? new AnalysisOptions());
        var configuration = new ConfigurationResolver(_index, effectiveOptions.ConfigurationFile, effectiveOptions.ConfigurationFolder).For(path);
        var kind = FileDiscovery.Classify(path) ?? FileKind.Dockerfile;
        var decoded = SourceFiles.Read(path, input, effectiveOptions.MaxFileSize);
        return Run(
            1,
            _ => decoded.Text is { } source
                ? Guarded(path, kind, () => Analyze(source, kind, FileScope.OfFile(path), configuration, effectiveOptions, cancellationToken))
                : Unreadable(path, kind, decoded.Problem!, decoded.ProblemLocation!),
            cancellationToken);
    }

    private void Add(Registration registration)
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
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[i] = analyzeOne(i));
        }
        catch (AggregateException exception) when (exception.InnerExceptions.OfType<ConfigurationException>().FirstOrDefault() is { } configuration)
        {
            // A setting that does not fit a file (a --target it has no stage for) stops the run, as a bad configuration does.
            ExceptionDispatchInfo.Capture(configuration).Throw();
            throw;
        }

        // A file can be read by more than one analysis (a Dockerfile that a Compose service builds, a file that
        // extends names): it is listed once, with every secret any of them found masked, and a finding is kept once.
        var files = new List<AnalyzedFile>(count);
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>(outcomes.Sum(outcome => outcome.Diagnostics.Count));

        // The one place every message of the run passes: values from outside the files (environment, .env,
        // env_file, build arguments) are masked in all of them and on every line a code frame shows.
        var masker = SecretMasker.Create(outcomes.SelectMany(outcome => outcome.ExternalValues));
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

            foreach (var found in outcome.Diagnostics)
            {
                diagnostics.Add(masker.Values.Count == 0 ? found : found with { Message = masker.MaskText(found.Message) });
            }
        }

        diagnostics = SortedWithoutDuplicates(diagnostics);
        if (masker.Values.Count > 0)
        {
            for (var i = 0; i < files.Count; i++)
            {
                files[i] = files[i] with { Masker = masker };
            }
        }

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
        catch (Exception exception) when (exception is not (OperationCanceledException or ConfigurationException))
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

    private FileOutcome ReadAndAnalyze(DiscoveredFile file, SeaworthyConfiguration configuration, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var decoded = ReadSource(file.Path, options.MaxFileSize, file.IsNamed ? null : file.Scope);
        if (decoded is null)
        {
            return Unreadable(file.Path, file.Kind, "no such file", Location.FileStart(file.Path));
        }

        return decoded.Text is null
            ? Unreadable(file.Path, file.Kind, decoded.Problem!, decoded.ProblemLocation!)
            : Analyze(decoded.Text, file.Kind, file.Scope, configuration, options, cancellationToken);
    }

    // The file's text, or why there is none; null when there is no such file. Without a scope (a file named on
    // the command line) the file's own links are followed wherever they lead.
    private static DecodedSource? ReadSource(string path, long maxFileSize, FileScope? scope) => SourceFiles.Read(path, maxFileSize, scope);

    private static FileOutcome DiscoveryFailed(DiscoveryProblem problem) =>
        new(Array.Empty<AnalyzedFile>(), new[] { new Diagnostic(ToolRules.UnreadableFile, ToolRules.UnreadableFile.DefaultSeverity, Location.FileStart(problem.Path), problem.Message) });

    private static FileOutcome Unreadable(string path, FileKind kind, string problem, Location location)
    {
        var rule = RuleFor(problem);
        return new FileOutcome(new[] { new AnalyzedFile(path, kind, null) }, new[] { new Diagnostic(rule, rule.DefaultSeverity, location, problem) });
    }

    private FileOutcome Analyze(SourceText text, FileKind kind, FileScope scope, SeaworthyConfiguration configuration, AnalysisOptions options, CancellationToken cancellationToken) =>
        WithinBudget(text.Path, kind, text.Text.Length, options, budget => AnalyzeWithin(text, kind, scope, configuration, options, budget), cancellationToken);

    // Runs one file's analysis within its time and memory budget; a file over budget is one SW0005 and nothing
    // else, and the run goes on with the other files.
    private static FileOutcome WithinBudget(string path, FileKind kind, long length, AnalysisOptions options, Func<FileBudget, FileOutcome> analyze, CancellationToken cancellationToken)
    {
        using var budget = new FileBudget(options, length, cancellationToken);
        try
        {
            return analyze(budget);
        }
        catch (OperationCanceledException exception) when (exception is FileBudgetExceededException || budget.IsTimeUp)
        {
            var message = exception is FileBudgetExceededException ? exception.Message : budget.Exceeded().Message;
            return Unreadable(path, kind, message, Location.FileStart(path));
        }
    }

    private FileOutcome AnalyzeWithin(SourceText text, FileKind kind, FileScope scope, SeaworthyConfiguration configuration, AnalysisOptions options, FileBudget budget)
    {
        budget.Check("parsing");
        if (kind == FileKind.Kubernetes)
        {
            // Text given on standard input is named like a file given on the command line.
            var manifest = KubernetesManifest.Load(text);
            return AnalyzeKubernetes(manifest, new KubernetesObjectSet(new[] { manifest }), configuration, options, budget, reportOtherYaml: !options.LeaveOtherYamlAlone);
        }

        if (kind == FileKind.Compose)
        {
            var composeRun = new FileRun(text.Path, LevelsFor(text.Path, configuration, options, BuildChecks.None), ConfigurationResolver.SettingsFor(configuration, text.Path), budget);
            return AnalyzeCompose(text, scope, composeRun, configuration, options);
        }

        return AnalyzeDockerfile(text, kind, scope, configuration, options, budget);
    }

    // Keeps the reports whose rule is on and that no suppression in the file they point into covers (duplicates
    // are dropped when the run's files are gathered); each file read gets the redactions that fall in it.
    private static FileOutcome Finish(FileRun run, IReadOnlyList<AnalyzedFile> files, Dictionary<string, Suppressions> suppressions, BuildChecks checks)
    {
        var diagnostics = new List<Diagnostic>(run.Reports.Count);
        foreach (var (rule, location, message) in run.Reports)
        {
            if (run.Levels[rule.Id] is not { } severity
                || (suppressions.TryGetValue(location.Path, out var inFile) && inFile.IsSuppressed(rule.Id, location))
                || (location.Path == run.Path && checks.IsSkipped(rule, location)))
            {
                continue;
            }

            var diagnostic = new Diagnostic(rule, severity, location, message);
            diagnostics.Add(run.Fixes.Count > 0 && run.Fixes.TryGetValue((rule, location), out var fix) ? diagnostic with { Fixes = new[] { fix } } : diagnostic);
        }

        // Only the run's own file: a Dockerfile that a Compose service builds is read there for a few rules, and its
        // suppressions of the others are used where the Dockerfile itself is analyzed.
        if (run.Levels.TryGetValue(ToolRules.UnusedSuppression.Id, out var unusedLevel) && unusedLevel is { } unusedSeverity
            && suppressions.TryGetValue(run.Path, out var own))
        {
            foreach (var (location, names) in own.Unused(id => run.Levels.TryGetValue(id, out var level) && level is not null))
            {
                diagnostics.Add(new Diagnostic(ToolRules.UnusedSuppression, unusedSeverity, location, ToolRules.UnusedSuppression.FormatMessage(new object?[] { names })));
            }
        }

        var withRedactions = new List<AnalyzedFile>(files.Count);
        foreach (var file in files)
        {
            var spans = run.Redactions.Where(location => location.Path == file.Path).Select(location => location.Span).ToArray();
            withRedactions.Add(spans.Length == 0 ? file : file with { Redactions = spans });
        }

        return new FileOutcome(withRedactions, diagnostics, run.ExternalValues);
    }

    // A file another names (.dockerignore, a Compose include, extends file or .env) that exists but cannot be read
    // gets its own diagnostic, as a file on the command line would.
    private static void ReportUnreadable(FileRun run, DecodedSource? source)
    {
        if (source is { Text: null, Problem: { } problem, ProblemLocation: { } location })
        {
            run.Reports.Add((RuleFor(problem), location, problem));
        }
    }

    // Text that is not UTF-8 is a syntax error at the first bad byte; every other reason a file has no text is SW0005.
    private static RuleDescriptor RuleFor(string problem) =>
        problem.StartsWith("invalid UTF-8", StringComparison.Ordinal) ? ToolRules.SyntaxError : ToolRules.UnreadableFile;

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

    // The order compares everything that makes two findings the same, so a finding made twice sorts next to itself.
    // The keys are sorted as values, side by side, rather than the findings through their locations: a million
    // findings sort in a fraction of the time, and a message is formatted only to tell apart two findings of one
    // rule at one span.
    private static List<Diagnostic> SortedWithoutDuplicates(List<Diagnostic> diagnostics)
    {
        var keys = new SortKey[diagnostics.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var location = diagnostics[i].Location;
            keys[i] = new SortKey(location.Path, location.Span.Start, location.Span.Length, diagnostics[i].Id, i);
        }

        var comparer = new SortKeyComparer(diagnostics);
        Array.Sort(keys, comparer);
        var sorted = new List<Diagnostic>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || comparer.Compare(keys[i - 1], keys[i]) != 0)
            {
                sorted.Add(diagnostics[keys[i].Index]);
            }
        }

        return sorted;
    }

    private readonly record struct SortKey(string Path, int Start, int Length, string Id, int Index);

    private sealed class SortKeyComparer : IComparer<SortKey>
    {
        private readonly List<Diagnostic> _diagnostics;

        // A message is formatted and masked each time it is read: read once for each finding that ties on the rest.
        private readonly string?[] _messages;

        public SortKeyComparer(List<Diagnostic> diagnostics)
        {
            _diagnostics = diagnostics;
            _messages = new string?[diagnostics.Count];
        }

        public int Compare(SortKey x, SortKey y)
        {
            var order = ReferenceEquals(x.Path, y.Path) ? 0 : string.CompareOrdinal(x.Path, y.Path);
            if (order == 0)
            {
                order = x.Start.CompareTo(y.Start);
            }

            if (order == 0)
            {
                order = x.Length.CompareTo(y.Length);
            }

            if (order == 0)
            {
                order = ReferenceEquals(x.Id, y.Id) ? 0 : string.CompareOrdinal(x.Id, y.Id);
            }

            return order != 0 || x.Index == y.Index ? order : string.CompareOrdinal(MessageOf(x.Index), MessageOf(y.Index));
        }

        private string MessageOf(int index) => _messages[index] ??= _diagnostics[index].Message;
    }

    // A fix is looked up for every finding of a file with fixes: the hash takes the rule's id and the span, not
    // the location record's, which hashes the whole path each time. Equality is the records' own.
    private sealed class FixKeyComparer : IEqualityComparer<(RuleDescriptor Rule, Location Location)>
    {
        public static readonly FixKeyComparer Instance = new();

        public bool Equals((RuleDescriptor Rule, Location Location) x, (RuleDescriptor Rule, Location Location) y) =>
            x.Rule == y.Rule && x.Location == y.Location;

        public int GetHashCode((RuleDescriptor Rule, Location Location) key) =>
            unchecked((((key.Rule.GetHashCode() * 31) + key.Location.Span.Start) * 31) + key.Location.Span.Length);
    }

    private sealed record FileOutcome(IReadOnlyList<AnalyzedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Values = null)
    {
        public IReadOnlyList<string> ExternalValues => Values ?? Array.Empty<string>();
    }

    /// <summary>What one file's analysis collects, and how it calls an analyzer safely.</summary>
    private sealed class FileRun
    {
        private readonly RuleSettings _settings;
        private readonly FileBudget _budget;
        private readonly Dictionary<Analyzer, DiagnosticSink?> _sinks = new();

        public FileRun(string path, Dictionary<string, Severity?> levels, RuleSettings settings, FileBudget budget)
        {
            Path = path;
            Levels = levels;
            _settings = settings;
            _budget = budget;
        }

        public FileBudget Budget => _budget;

        public string Path { get; }

        public Dictionary<string, Severity?> Levels { get; }

        public SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> Reports { get; } = new();

        public List<Location> Redactions { get; } = new();

        public Dictionary<(RuleDescriptor, Location), Fix> Fixes { get; } = new(FixKeyComparer.Instance);

        // Values from outside the files the analysis used (build arguments, interpolated environment): masked in reports.
        public List<string> ExternalValues { get; } = new();

        // Whether the analyzer is on, and its sink, are decided once per analyzer and file, not once per
        // instruction or command: a file of 100,000 instructions makes millions of calls. Null when it is off.
        public DiagnosticSink? SinkFor(Analyzer analyzer)
        {
            if (!_sinks.TryGetValue(analyzer, out var sink))
            {
                sink = analyzer.SupportedRules.Any(rule => Levels.TryGetValue(rule.Id, out var level) && level is not null)
                    ? new DiagnosticSink(analyzer, Reports, Redactions, _settings, _budget.Token, Fixes)
                    : null;
                _sinks.Add(analyzer, sink);
            }

            return sink;
        }

        // The callbacks whose analyzer is on, each with its sink: looked up once per file, not once per call.
        public (Analyzer Analyzer, TAction Action, DiagnosticSink Sink)[] Enabled<TAction>(List<(Analyzer Analyzer, TAction Action)> callbacks)
        {
            var enabled = new List<(Analyzer, TAction, DiagnosticSink)>(callbacks.Count);
            foreach (var (analyzer, action) in callbacks)
            {
                if (SinkFor(analyzer) is { } sink)
                {
                    enabled.Add((analyzer, action, sink));
                }
            }

            return enabled.ToArray();
        }

        // Calls one callback of an analyzer that is on, with its context made by the caller (no closure per call).
        public void Invoke<TContext>(Analyzer analyzer, Action<TContext> callback, TContext context)
        {
            _budget.Check(analyzer);
            try
            {
                callback(context);
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
