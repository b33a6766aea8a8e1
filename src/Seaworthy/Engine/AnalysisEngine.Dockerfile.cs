using System;
using System.Collections.Generic;
using System.IO;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Engine;

/// <summary>The Dockerfile pipeline: syntax, build-check directives, suppressions, the model, the containers, the callbacks.</summary>
public sealed partial class AnalysisEngine
{
    private readonly List<InstructionRegistration> _instructionCallbacks = new();
    private readonly List<(Analyzer Analyzer, Action<DockerfileContext> Action)> _dockerfileCallbacks = new();
    private readonly List<(Analyzer Analyzer, Action<ShellCommandContext> Action)> _shellCommandCallbacks = new();

    private FileOutcome AnalyzeDockerfile(SourceText text, FileKind kind, FileScope scope, SeaworthyConfiguration configuration, AnalysisOptions options, FileBudget budget)
    {
        var syntax = DockerfileParser.Parse(text);
        budget.Check("building the model");
        var checks = BuildChecks.Read(syntax);
        var run = new FileRun(text.Path, LevelsFor(text.Path, configuration, options, checks), ConfigurationResolver.SettingsFor(configuration, text.Path), budget);
        foreach (var error in syntax.Errors)
        {
            run.Reports.Add((ToolRules.SyntaxError, text.GetLocation(error.Span), error.Message));
        }

        var suppressions = Suppressions.Read(syntax, _index, run.Reports);
        var buildArguments = Merge(configuration.BuildArguments, options.BuildArguments);
        run.ExternalValues.AddRange(buildArguments.Values);
        var target = options.Target ?? configuration.Target;
        var model = DockerfileModel.Create(syntax, buildArguments, ReadDockerIgnore(text.Path, scope, run), target);
        if (target is not null && model.TargetStage is null)
        {
            throw new ConfigurationException(UnknownTarget(text.Path, target, options.Target is null ? configuration.Path : null, model));
        }

        // The containers are described before the rules run, while the heap is small, and only when a container rule is on.
        var containerCallbacks = run.Enabled(_containerCallbacks);
        IReadOnlyList<ContainerSpec> containers = Array.Empty<ContainerSpec>();
        if (containerCallbacks.Length > 0)
        {
            budget.Check("describing the containers");
            containers = DockerfileContainerAdapter.Describe(model);
        }

        // RUN scripts are parsed once per file, on first use.
        DockerfileScripts? parsedScripts = null;
        DockerfileScripts Scripts() => parsedScripts ??= DockerfileScripts.Create(model);

        foreach (var (analyzer, action, sink) in run.Enabled(_dockerfileCallbacks))
        {
            run.Invoke(analyzer, action, new DockerfileContext(sink, model, Scripts));
        }

        if (_instructionCallbacks.Count > 0)
        {
            // Which analyzers take an instruction depends only on its type: decided once per type, not per instruction.
            var callbacksOf = new Dictionary<Type, (InstructionRegistration Registration, DiagnosticSink Sink)[]>();
            foreach (var instruction in syntax.Instructions)
            {
                var type = instruction.GetType();
                if (!callbacksOf.TryGetValue(type, out var callbacks))
                {
                    var taking = new List<(InstructionRegistration, DiagnosticSink)>();
                    foreach (var registration in _instructionCallbacks)
                    {
                        if (registration.InstructionType.IsAssignableFrom(type) && run.SinkFor(registration.Analyzer) is { } enabled)
                        {
                            taking.Add((registration, enabled));
                        }
                    }

                    callbacks = taking.ToArray();
                    callbacksOf.Add(type, callbacks);
                }

                var stage = model.StateAt(instruction).Stage;
                foreach (var (registration, sink) in callbacks)
                {
                    run.Invoke(registration.Analyzer, registration.Invoke, (sink, model, stage, instruction));
                }
            }
        }

        // Parsing every RUN is most of a large file's memory: not done when no rule that reads the scripts is on.
        var shellCommandCallbacks = run.Enabled(_shellCommandCallbacks);
        if (shellCommandCallbacks.Length > 0)
        {
            var scripts = Scripts();
            foreach (var script in scripts.Scripts)
            {
                foreach (var command in script.Commands)
                {
                    foreach (var (analyzer, action, sink) in shellCommandCallbacks)
                    {
                        run.Invoke(analyzer, action, new ShellCommandContext(sink, model, scripts, script, command));
                    }
                }
            }
        }

        foreach (var container in containers)
        {
            foreach (var (analyzer, action, sink) in containerCallbacks)
            {
                run.Invoke(analyzer, action, new ContainerContext(sink, container));
            }
        }

        budget.Check("gathering the findings");
        return Finish(run, new[] { new AnalyzedFile(text.Path, kind, text) }, new Dictionary<string, Suppressions>(StringComparer.Ordinal) { [text.Path] = suppressions }, checks);
    }

    // docker build fails the same way ("target stage ... could not be found"): a target that is not there is a usage error.
    private static string UnknownTarget(string path, string target, string? configurationPath, DockerfileModel model)
    {
        var given = configurationPath is null ? $"the build target '{target}'" : $"the build target '{target}' of {configurationPath}";
        var names = new List<string>();
        foreach (var stage in model.Stages)
        {
            if (stage.Name is { } name)
            {
                names.Add(name);
            }
        }

        var stages = names.Count == 0 ? "it has no named stage" : "its stages are " + string.Join(", ", names);
        return $"{path}: {given} names no stage of this Dockerfile; {stages}";
    }

    // BuildKit reads <Dockerfile>.dockerignore beside the Dockerfile first, else the context's .dockerignore;
    // the Dockerfile's folder is taken as the context. One that cannot be read is reported on itself and taken as none.
    private static DockerIgnore? ReadDockerIgnore(string path, FileScope scope, FileRun run)
    {
        var folder = Path.GetDirectoryName(path);
        foreach (var candidate in new[] { path + ".dockerignore", Path.Combine(folder ?? string.Empty, ".dockerignore") })
        {
            if (SourceFiles.Read(candidate, AnalysisOptions.DefaultMaxFileSize, scope) is { } source)
            {
                ReportUnreadable(run, source);
                return source.Text is { } text ? DockerIgnore.Parse(text.Text) : null;
            }
        }

        return null;
    }
}
