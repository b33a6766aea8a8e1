using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Workloads;
using Seaworthy.Yaml;

namespace Seaworthy.Engine;

/// <summary>The Kubernetes side of the engine: every manifest of the run is read first, so object callbacks see them all.</summary>
public sealed partial class AnalysisEngine
{
    private readonly List<(Analyzer Analyzer, Action<KubernetesObjectContext> Action)> _kubernetesObjectCallbacks = new();

    // Reads and parses every Kubernetes candidate of the run, in parallel, once. Parsing is held to the file's budget
    // like the analysis that follows it, which gets what parsing left of the budget.
    private static KubernetesRun LoadKubernetes(DiscoveredFile[] files, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var loaded = new LoadedManifest[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            // A file that cannot be read or loaded is that file's finding (see ReadAndAnalyzeKubernetes), not the run's end.
            DecodedSource? source = null;
            try
            {
                source = ReadSource(files[i].Path, options.MaxFileSize, files[i].IsNamed ? null : files[i].Scope);
                if (source?.Text is not { } text)
                {
                    loaded[i] = new LoadedManifest(source, null, null, null);
                    return;
                }

                using var budget = new FileBudget(options, text.Text.Length, cancellationToken);
                var manifest = KubernetesManifest.Load(text);
                budget.Check("reading the manifest's objects");
                loaded[i] = new LoadedManifest(source, manifest, null, null) { Spent = budget.Elapsed, Allocated = budget.Allocated };
            }
            catch (FileBudgetExceededException exception)
            {
                loaded[i] = new LoadedManifest(source, null, null, exception.Message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                loaded[i] = new LoadedManifest(null, null, exception, null);
            }
        });

        var byPath = new Dictionary<string, LoadedManifest>(StringComparer.Ordinal);
        var manifests = new List<KubernetesManifest>(files.Length);
        for (var i = 0; i < files.Length; i++)
        {
            byPath[files[i].Path] = loaded[i];
            if (loaded[i].Manifest is { } manifest)
            {
                manifests.Add(manifest);
            }
        }

        return new KubernetesRun(byPath, new KubernetesObjectSet(manifests));
    }

    private FileOutcome ReadAndAnalyzeKubernetes(DiscoveredFile discovered, SeaworthyConfiguration configuration, AnalysisOptions options, KubernetesRun kubernetes, CancellationToken cancellationToken)
    {
        var path = discovered.Path;
        var file = kubernetes.Files[path];
        if (file.Failure is not null)
        {
            return Failed(path, FileKind.Kubernetes, file.Failure);
        }

        if (file.OverBudget is not null)
        {
            return Unreadable(path, FileKind.Kubernetes, file.OverBudget, Location.FileStart(path));
        }

        if (file.Source is null)
        {
            return Unreadable(path, FileKind.Kubernetes, "no such file", Location.FileStart(path));
        }

        if (file.Manifest is not { } manifest)
        {
            return Unreadable(path, FileKind.Kubernetes, file.Source.Problem!, file.Source.ProblemLocation!);
        }

        var length = manifest.Text.Text.Length;
        var left = options with
        {
            MaxFileTime = TimeSpan.FromTicks(Math.Max(options.MaxFileTime.Ticks - file.Spent.Ticks, TimeSpan.TicksPerMillisecond)),
            MaxFileAllocation = Math.Max((options.MaxFileAllocation ?? AnalysisOptions.DefaultMaxFileAllocationFor(length)) - file.Allocated, 1),
        };
        return WithinBudget(path, FileKind.Kubernetes, length, left, budget => AnalyzeKubernetes(manifest, kubernetes.Objects, configuration, options, budget, reportOtherYaml: discovered.IsNamed && !options.LeaveOtherYamlAlone), cancellationToken);
    }

    private FileOutcome AnalyzeKubernetes(KubernetesManifest manifest, KubernetesObjectSet objects, SeaworthyConfiguration configuration, AnalysisOptions options, FileBudget budget, bool reportOtherYaml)
    {
        // Other YAML and JSON (Compose under another name, Helm values, CI workflows, settings) found in a folder is not
        // ours: no report at all. One named on the command line was meant to be linted: SW0006 says why it was not.
        if (!manifest.IsKubernetes && !reportOtherYaml)
        {
            return new FileOutcome(Array.Empty<AnalyzedFile>(), Array.Empty<Diagnostic>());
        }

        var text = manifest.Text;
        var run = new FileRun(text.Path, LevelsFor(text.Path, configuration, options, BuildChecks.None), ConfigurationResolver.SettingsFor(configuration, text.Path), budget);
        var files = new[] { new AnalyzedFile(text.Path, FileKind.Kubernetes, text) };
        if (!manifest.IsKubernetes)
        {
            budget.Check("reading the file");
            var (location, reason) = NeitherComposeNorKubernetes(text, manifest.Yaml ?? YamlLoader.Load(text));
            run.Reports.Add((ToolRules.SkippedFile, location, reason));
            return Finish(run, files, new Dictionary<string, Suppressions>(StringComparer.Ordinal), BuildChecks.None);
        }
        if (manifest.Skipped is { } skipped)
        {
            run.Reports.Add((ToolRules.SkippedFile, skipped.Location, skipped.Reason));
            return Finish(run, files, new Dictionary<string, Suppressions>(StringComparer.Ordinal), BuildChecks.None);
        }

        foreach (var problem in manifest.Problems)
        {
            run.Reports.Add((ToolRules.SyntaxError, problem.Location, problem.Message));
        }

        var suppressions = Suppressions.Read(manifest.Yaml!, _index, run.Reports);
        foreach (var kubernetesObject in manifest.Objects)
        {
            suppressions.AddAnnotations(kubernetesObject, _index, run.Reports);
        }

        var containerCallbacks = run.Enabled(_containerCallbacks);
        var objectCallbacks = run.Enabled(_kubernetesObjectCallbacks);
        foreach (var kubernetesObject in manifest.Objects)
        {
            run.Budget.Check("describing the containers of " + kubernetesObject.Description);
            var containers = KubernetesContainerAdapter.Describe(kubernetesObject);
            var firstContainerReport = run.Reports.Count;
            foreach (var container in containers)
            {
                foreach (var (analyzer, action, sink) in containerCallbacks)
                {
                    run.Invoke(analyzer, action, new ContainerContext(sink, container));
                }
            }

            RemoveRepeatedReports(run.Reports, firstContainerReport);

            foreach (var (analyzer, action, sink) in objectCallbacks)
            {
                run.Invoke(analyzer, action, new KubernetesObjectContext(sink, kubernetesObject, containers, objects));
            }
        }

        return Finish(run, files, new Dictionary<string, Suppressions>(StringComparer.Ordinal) { [text.Path] = suppressions }, BuildChecks.None);
    }

    // A pod-level setting (hostNetwork, the pod's securityContext) decides for every container of the pod: one
    // finding per rule and key, on the first container, rather than one per container at the same span.
    private static void RemoveRepeatedReports(SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> reports, int start)
    {
        if (reports.Count - start < 2)
        {
            return;
        }

        // An object's containers make a handful of reports: compared pairwise, cheapest field first, rather than
        // hashed (a Location's hash reads its whole path); a set only for the rare object with many.
        var seen = reports.Count - start > 32 ? new HashSet<(string, Location)>() : null;
        var kept = start;
        for (var i = start; i < reports.Count; i++)
        {
            var report = reports[i];
            if (seen is null ? !IsRepeated(reports, start, kept, report) : seen.Add((report.Rule.Id, report.Location)))
            {
                // Most objects repeat nothing: a report already in its place is not written again (each write
                // into an old segment costs the collector a card to scan).
                if (kept != i)
                {
                    reports[kept] = report;
                }

                kept++;
            }
        }

        reports.Truncate(kept);
    }

    private static bool IsRepeated(SegmentedList<(RuleDescriptor Rule, Location Location, FindingMessage Message)> reports, int start, int end, (RuleDescriptor Rule, Location Location, FindingMessage Message) report)
    {
        for (var j = start; j < end; j++)
        {
            if (reports[j].Location.Span == report.Location.Span
                && string.Equals(reports[j].Rule.Id, report.Rule.Id, StringComparison.Ordinal)
                && reports[j].Location.Equals(report.Location))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Kubernetes files of one run, read and parsed, and every object in them.</summary>
    private sealed record KubernetesRun(IReadOnlyDictionary<string, LoadedManifest> Files, KubernetesObjectSet Objects);

    /// <summary>
    /// One Kubernetes candidate as the pre-pass left it: its text, its objects, the exception that stopped it, or
    /// why its parsing went over budget; and what parsing took of the file's budget.
    /// </summary>
    private sealed record LoadedManifest(DecodedSource? Source, KubernetesManifest? Manifest, Exception? Failure, string? OverBudget)
    {
        public TimeSpan Spent { get; init; }

        public long Allocated { get; init; }
    }
}
