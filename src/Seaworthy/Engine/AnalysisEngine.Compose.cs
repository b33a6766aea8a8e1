using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Compose;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Text;
using Seaworthy.Workloads;
using Seaworthy.Yaml;

namespace Seaworthy.Engine;

/// <summary>The Compose side of the engine: a Compose file is analyzed as the project it is the main file of.</summary>
public sealed partial class AnalysisEngine
{
    private readonly List<(Analyzer Analyzer, Action<ComposeProjectContext> Action)> _composeProjectCallbacks = new();
    private readonly List<(Analyzer Analyzer, Action<ComposeServiceContext> Action)> _composeServiceCallbacks = new();

    // Compose interpolation sees the process environment unless the caller gives one; it is read once per run.
    private static AnalysisOptions WithEnvironment(AnalysisOptions options)
    {
        if (options.Environment is not null)
        {
            return options;
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                environment[name] = value;
            }
        }

        return options with { Environment = environment };
    }

    // An override file is analyzed with the main file it belongs to, as docker compose merges it; both are one project.
    private static List<DiscoveredFile> ComposeProjectRoots(IReadOnlyList<DiscoveredFile> files)
    {
        var roots = new List<DiscoveredFile>(files.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = file.Kind == FileKind.Compose && ComposeFileNames.MainFor(file.Path, File.Exists) is { } main
                ? file with { Path = main, IsNamed = false }
                : file;
            if (seen.Add(Path.GetFullPath(root.Path)))
            {
                roots.Add(root);
            }
        }

        return roots;
    }

    private FileOutcome AnalyzeCompose(SourceText text, FileScope scope, FileRun run, SeaworthyConfiguration configuration, AnalysisOptions options)
    {
        // Override files given with --file are named on the command line; everything else the project names is read within the scope.
        var named = new HashSet<string>(options.ComposeOverrideFiles ?? Array.Empty<string>(), StringComparer.Ordinal);
        DecodedSource? Read(string path)
        {
            var source = ReadSource(path, options.MaxFileSize, named.Contains(Path.GetFullPath(path)) ? null : scope);
            ReportUnreadable(run, source);
            return source;
        }

        var project = ComposeProject.Load(text, new ComposeLoadOptions
        {
            Environment = options.Environment!,
            ReadFile = Read,
            FileExists = File.Exists,
            OverrideFiles = options.ComposeOverrideFiles,
        });

        var files = new List<AnalyzedFile>();
        var suppressions = new Dictionary<string, Suppressions>(StringComparer.Ordinal);
        foreach (var yaml in project.Files)
        {
            foreach (var problem in yaml.Problems)
            {
                run.Reports.Add((ToolRules.SyntaxError, problem.Location, problem.Message));
            }

            suppressions[yaml.Path] = Suppressions.Read(yaml, _index, run.Reports);
            files.Add(new AnalyzedFile(yaml.Path, FileKind.Compose, yaml.Text));
        }

        // What docker compose refuses outright is a syntax error; values, references and variables are the Compose rules' (SW3xxx).
        foreach (var problem in project.Problems)
        {
            if (problem.Kind is ComposeProblemKind.InvalidInterpolation or ComposeProblemKind.Conflict or ComposeProblemKind.Cycle)
            {
                run.Reports.Add((ToolRules.SyntaxError, problem.Location, problem.Message));
            }
        }

        // A Dockerfile a service builds is read once; its own problems are reported when it is analyzed itself.
        var dockerfiles = new Dictionary<string, DockerfileSyntax?>(StringComparer.Ordinal);
        DockerfileSyntax? ReadDockerfile(string path)
        {
            if (dockerfiles.TryGetValue(path, out var known))
            {
                return known;
            }

            DockerfileSyntax? syntax = null;
            try
            {
                if (ReadSource(path, options.MaxFileSize, scope)?.Text is { } dockerfile)
                {
                    syntax = DockerfileParser.Parse(dockerfile);
                    suppressions[path] = Suppressions.Read(syntax, _index, new SegmentedList<(RuleDescriptor, Location, FindingMessage)>());
                    files.Add(new AnalyzedFile(path, FileKind.Dockerfile, dockerfile));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The Dockerfile's own analysis reports why; for this project it is one that cannot be read.
                syntax = null;
            }

            dockerfiles[path] = syntax;
            return syntax;
        }

        var buildArguments = Merge(configuration.BuildArguments, options.BuildArguments);
        run.ExternalValues.AddRange(buildArguments.Values);
        run.ExternalValues.AddRange(project.ExternalValues);
        foreach (var (analyzer, action, sink) in run.Enabled(_composeProjectCallbacks))
        {
            run.Invoke(analyzer, action, new ComposeProjectContext(sink, project));
        }

        // Each service is described when its turn comes, so that only one container is held at a time.
        var serviceCallbacks = run.Enabled(_composeServiceCallbacks);
        var containerCallbacks = run.Enabled(_containerCallbacks);
        run.Budget.Check("describing the services");
        foreach (var service in project.Services)
        {
            var container = ComposeContainerAdapter.Describe(project, service, ReadDockerfile, buildArguments);
            var dockerfile = service.Build?.DockerfilePath is { } dockerfilePath ? ReadDockerfile(dockerfilePath) : null;
            foreach (var (analyzer, action, sink) in serviceCallbacks)
            {
                run.Invoke(analyzer, action, new ComposeServiceContext(sink, project, service, container, dockerfile));
            }

            foreach (var (analyzer, action, sink) in containerCallbacks)
            {
                run.Invoke(analyzer, action, new ContainerContext(sink, container));
            }
        }

        return Finish(run, files, suppressions, BuildChecks.None);
    }

    // Why a YAML or JSON file named on the command line, neither Compose by its name nor Kubernetes, was not analyzed;
    // the first mapping document decides, and its first key is where the report points. The YAML is the one the
    // Kubernetes reading parsed, when it did.
    private static (Location Location, string Reason) NeitherComposeNorKubernetes(SourceText text, YamlFile yaml)
    {
        var name = Path.GetFileName(text.Path);

        // Reading that stopped early (a syntax error, an alias bomb, too deep) may have stopped before the keys that
        // tell: say so rather than that the keys are missing.
        var stopped = yaml.Problems.FirstOrDefault(problem => problem.Kind is YamlProblemKind.Syntax or YamlProblemKind.TooDeep or YamlProblemKind.ExcessiveAliasing);
        (Location, string)? unread = stopped is null
            ? null
            : (stopped.Location, $"Skipped: reading the file stopped at line {stopped.Location.Line} ({stopped.Message.TrimEnd('.')}), before it showed a Compose file or Kubernetes manifests");
        foreach (var document in yaml.Documents)
        {
            if (document.Root is not YamlMapping { Entries.Count: > 0 } root)
            {
                continue;
            }

            var lintAsCompose = $"its name is not a Compose file name (compose*.yaml, docker-compose*.yml): rename it, or lint it with 'seaworthy lint --file {name}'";
            if (root.Find("services") is { } services)
            {
                return (services.Key.Location, $"Skipped: the file has a 'services' key like a Compose file, but {lintAsCompose}");
            }

            if (ComposeLegacyFormat.IsLegacy(root))
            {
                return (root.Entries[0].Key.Location, $"Skipped: the file looks like a legacy (version 1) Compose file, with its services at the top level, but {lintAsCompose}");
            }

            return unread ?? (root.Entries[0].Key.Location, "Skipped: the file is neither a Compose file (no 'services' key, no services at the top level) nor Kubernetes manifests (no 'apiVersion' and 'kind')");
        }

        return unread ?? (Location.FileStart(text.Path), "Skipped: the file holds no YAML mapping (it is empty, a list or a scalar), so it is neither a Compose file nor Kubernetes manifests");
    }
}
