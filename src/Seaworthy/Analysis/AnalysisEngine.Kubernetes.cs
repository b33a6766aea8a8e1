using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Configuration;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Analysis;

/// <summary>The Kubernetes side of the engine: every manifest of the run is read first, so object callbacks see them all.</summary>
public sealed partial class AnalysisEngine
{
    private readonly List<(Analyzer Analyzer, Action<KubernetesObjectContext> Action)> _kubernetesObjectCallbacks = new();

    // Reads and parses every Kubernetes candidate of the run, in parallel, once.
    private static KubernetesRun LoadKubernetes(DiscoveredFile[] files, AnalysisOptions options, CancellationToken cancellationToken)
    {
        var loaded = new (DecodedSource? Source, KubernetesManifest? Manifest, Exception? Failure)[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            // A file that cannot be read or loaded is that file's finding (see ReadAndAnalyzeKubernetes), not the run's end.
            try
            {
                var source = ReadSource(files[i].Path, options.MaxFileSize, files[i].IsNamed ? null : files[i].Scope);
                loaded[i] = (source, source?.Text is { } text ? KubernetesManifest.Load(text) : null, null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                loaded[i] = (null, null, exception);
            }
        });

        var byPath = new Dictionary<string, (DecodedSource? Source, KubernetesManifest? Manifest, Exception? Failure)>(StringComparer.Ordinal);
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

    private FileOutcome ReadAndAnalyzeKubernetes(string path, SeaworthyConfiguration configuration, AnalysisOptions options, KubernetesRun kubernetes, CancellationToken cancellationToken)
    {
        var (source, manifest, failure) = kubernetes.Files[path];
        if (failure is not null)
        {
            return Failed(path, FileKind.Kubernetes, failure);
        }

        if (source is null)
        {
            return Unreadable(path, FileKind.Kubernetes, "no such file", Location.FileStart(path));
        }

        return manifest is null
            ? Unreadable(path, FileKind.Kubernetes, source.Problem!, source.ProblemLocation!)
            : WithinBudget(path, FileKind.Kubernetes, manifest.Text.Text.Length, options, budget => AnalyzeKubernetes(manifest, kubernetes.Objects, configuration, options, budget), cancellationToken);
    }

    private FileOutcome AnalyzeKubernetes(KubernetesManifest manifest, KubernetesObjectSet objects, SeaworthyConfiguration configuration, AnalysisOptions options, FileBudget budget)
    {
        // Other YAML and JSON (Compose under another name, Helm values, CI workflows, settings) is not ours: no report at all.
        if (!manifest.IsKubernetes)
        {
            return new FileOutcome(Array.Empty<AnalyzedFile>(), Array.Empty<Diagnostic>());
        }

        var text = manifest.Text;
        var run = new FileRun(text.Path, LevelsFor(text.Path, configuration, options, BuildChecks.None), configuration.Settings, budget);
        var files = new[] { new AnalyzedFile(text.Path, FileKind.Kubernetes, text) };
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
                reports[kept++] = report;
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
    private sealed record KubernetesRun(
        IReadOnlyDictionary<string, (DecodedSource? Source, KubernetesManifest? Manifest, Exception? Failure)> Files,
        KubernetesObjectSet Objects);
}
