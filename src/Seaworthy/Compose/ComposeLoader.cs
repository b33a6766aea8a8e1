using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Compose;

/// <summary>
/// Loads a project in compose-go's order: for each document of each file (the main file, then the override),
/// interpolate its values, apply its <c>include</c>s, resolve its services' <c>extends</c>, and merge it onto what
/// came before. Documents a YAML error cut short are left out, as docker compose refuses such a file.
/// </summary>
internal static class ComposeLoader
{
    public static ComposeProject Load(SourceText mainFile, ComposeLoadOptions options)
    {
        var session = new Session(options);
        var directory = ComposePaths.FolderOf(mainFile.Path);
        var environment = session.Environment(new[] { Path.Combine(directory, ".env") }, explicitFiles: null);
        var model = new Model();
        var chain = new List<string> { mainFile.Path };
        session.ReadProjectFile(session.Add(YamlLoader.Load(mainFile)), directory, environment, model, chain);

        IReadOnlyList<string> overrides = options.OverrideFiles
            ?? (ComposeFileNames.OverrideFor(mainFile.Path, options.FileExists) is { } found ? new[] { found } : Array.Empty<string>());
        foreach (var path in overrides)
        {
            if (session.Read(path, referencedAt: null) is { } file)
            {
                session.ReadProjectFile(file, directory, environment, model, chain);
            }
        }

        var project = model.Build(directory, session.Files, session.Variables, session.Problems);
        session.ReadServiceEnvFiles(project.Services);
        return project.WithExternalValues(session.ExternalValues);
    }

    private sealed class Session
    {
        private readonly ComposeLoadOptions _options;
        private readonly Dictionary<string, YamlFile?> _byPath = new(StringComparer.Ordinal);
        private readonly Dictionary<YamlDocument, IReadOnlyDictionary<YamlScalar, string>> _interpolations = new();
        private readonly Dictionary<YamlFile, (ComposeReader Reader, Dictionary<string, ServiceDefinition> Services)> _extendsFiles = new();
        private readonly Dictionary<ServiceDefinition, ServiceDefinition> _resolved = new(ByReference.Instance);

        public Session(ComposeLoadOptions options) => _options = options;

        public List<YamlFile> Files { get; } = new();

        public List<ComposeProblem> Problems { get; } = new();

        public List<ComposeVariableReference> Variables { get; } = new();

        // Values taken from the environment or an env file, and the values of the services' env_files.
        public HashSet<string> ExternalValues { get; } = new(StringComparer.Ordinal);

        public YamlFile Add(YamlFile file)
        {
            _byPath[file.Path] = file;
            Files.Add(file);
            return file;
        }

        // Each file is read once; a file that cannot be read is a problem where it is named.
        public YamlFile? Read(string path, Location? referencedAt)
        {
            path = ComposePaths.Normalize(path);
            if (_byPath.TryGetValue(path, out var known))
            {
                return known;
            }

            var decoded = _options.ReadFile(path);
            if (decoded?.Text is not { } text)
            {
                var reason = decoded?.Problem ?? "no such file";
                Problems.Add(new ComposeProblem(ComposeProblemKind.MissingFile, $"cannot read '{path}': {reason}", referencedAt ?? Location.FileStart(path)));
                _byPath[path] = null;
                return null;
            }

            return Add(YamlLoader.Load(text));
        }

        // The process environment first, then the env files in order (a later file wins over an earlier one).
        public Func<string, string?> Environment(IReadOnlyList<string> defaultFiles, IReadOnlyList<ComposeValue<string>>? explicitFiles)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var process = _options.Environment;
            string? Lookup(string name)
            {
                var value = process.TryGetValue(name, out var fromProcess) ? fromProcess : values.TryGetValue(name, out var fromFile) ? fromFile : null;
                if (value is not null)
                {
                    ExternalValues.Add(value);
                }

                return value;
            }

            var files = new List<(string Path, Location? NamedAt)>();
            if (explicitFiles is null)
            {
                foreach (var path in defaultFiles)
                {
                    files.Add((path, null));
                }
            }
            else
            {
                foreach (var file in explicitFiles)
                {
                    files.Add((file.Value, file.Location));
                }
            }

            foreach (var (path, namedAt) in files)
            {
                var decoded = _options.ReadFile(path);
                if (decoded?.Text is not { } text)
                {
                    if (namedAt is not null)
                    {
                        Problems.Add(new ComposeProblem(ComposeProblemKind.MissingFile, $"cannot read '{path}': {decoded?.Problem ?? "no such file"}", namedAt));
                    }

                    continue;
                }

                var parsed = DotEnvParser.Parse(text, Lookup);
                foreach (var pair in parsed.Values)
                {
                    values[pair.Key] = pair.Value;
                }

                foreach (var (message, location) in parsed.Problems)
                {
                    Problems.Add(new ComposeProblem(ComposeProblemKind.InvalidValue, message, location));
                }
            }

            return Lookup;
        }

        // A service's env_file values reach only the container, but they are masked in reports all the same.
        public void ReadServiceEnvFiles(IReadOnlyList<ComposeService> services)
        {
            var read = new HashSet<string>(StringComparer.Ordinal);
            foreach (var service in services)
            {
                foreach (var envFile in service.EnvFiles)
                {
                    if (envFile.Exists && read.Add(envFile.ResolvedPath) && _options.ReadFile(envFile.ResolvedPath)?.Text is { } text)
                    {
                        foreach (var value in DotEnvParser.Parse(text, name => _options.Environment.TryGetValue(name, out var value) ? value : null).Values.Values)
                        {
                            ExternalValues.Add(value);
                        }
                    }
                }
            }
        }

        public void ReadProjectFile(YamlFile file, string baseDirectory, Func<string, string?> environment, Model model, List<string> chain)
        {
            foreach (var document in file.Documents)
            {
                if (!document.IsComplete || document.Root is null)
                {
                    continue;
                }

                if (document.Root is not YamlMapping root)
                {
                    Problems.Add(new ComposeProblem(ComposeProblemKind.InvalidValue, "the top level of a Compose file must be a mapping", document.Root.Location));
                    continue;
                }

                var reader = new ComposeReader(baseDirectory, Interpolate(document, environment), Problems, _options.FileExists);
                ReadDocument(file, root, reader, environment, model, chain);
            }
        }

        private void ReadDocument(YamlFile file, YamlMapping root, ComposeReader reader, Func<string, string?> environment, Model model, List<string> chain)
        {
            if (ComposeLegacyFormat.IsLegacy(root))
            {
                model.AddLegacyFile(root.Entries[0].Key.Location);
            }

            foreach (var entry in root.Entries)
            {
                switch (entry.KeyText)
                {
                    case "name":
                        model.Name = reader.String(entry) ?? model.Name;
                        break;
                    case "version":
                        model.Version = reader.String(entry) ?? model.Version;
                        break;
                    case "networks" or "volumes" or "secrets" or "configs":
                        model.AddResources(entry.KeyText, reader.ReadResources(entry.Value, entry.KeyText));
                        break;
                }
            }

            var imported = new HashSet<string>(StringComparer.Ordinal);
            if (root.Find("include") is { } includeEntry)
            {
                foreach (var include in reader.ReadIncludes(includeEntry.Value))
                {
                    model.Includes.Add(include);
                    Include(include, reader.BaseDirectory, model, chain, imported);
                }
            }

            var services = ReadServices(root, reader);
            foreach (var definition in services.Values)
            {
                var resolved = ResolveExtends(definition, file, services, reader, environment);
                model.Merge(resolved, imported, Problems);
            }
        }

        private Dictionary<string, ServiceDefinition> ReadServices(YamlMapping root, ComposeReader reader)
        {
            var services = new Dictionary<string, ServiceDefinition>(StringComparer.Ordinal);
            if (root.Find("services") is not { } entry)
            {
                // A version 1 file: its services are at the top level.
                if (ComposeLegacyFormat.IsLegacy(root))
                {
                    foreach (var serviceEntry in root.Entries)
                    {
                        if (ComposeLegacyFormat.IsService(serviceEntry))
                        {
                            services[serviceEntry.KeyText!] = reader.ReadService(serviceEntry, legacy: true);
                        }
                    }
                }

                return services;
            }

            if (entry.Value is YamlMapping mapping)
            {
                foreach (var serviceEntry in mapping.Entries)
                {
                    if (serviceEntry.KeyText is { } name)
                    {
                        services[name] = reader.ReadService(serviceEntry);
                    }
                }
            }
            else if (entry.Value is not YamlScalar { IsNull: true })
            {
                Problems.Add(new ComposeProblem(ComposeProblemKind.InvalidValue, "'services' must be a mapping", entry.Value.Location));
            }

            return services;
        }

        // The service with its extends chain applied: the base (itself resolved) below, the service on top. The chain is
        // walked down in a loop and merged back up, so that no length of chain can exhaust the stack. A definition
        // resolved without a problem is kept, so that one that many services extend, or a long chain, is resolved once:
        // each service used to resolve its whole chain again. One whose resolution met a problem (a cycle, a missing
        // file or service, a bad value in a file it reads) is resolved again where it is met, as before.
        private ServiceDefinition ResolveExtends(
            ServiceDefinition definition,
            YamlFile file,
            Dictionary<string, ServiceDefinition> services,
            ComposeReader reader,
            Func<string, string?> environment)
        {
            var visiting = new HashSet<string>(StringComparer.Ordinal) { file.Path + "#" + definition.Service.Name };
            var chain = new List<(ServiceDefinition Definition, int Problems)>();
            ServiceDefinition resolved;
            while (true)
            {
                if (definition.Service.Extends is null)
                {
                    resolved = definition;
                    break;
                }

                if (_resolved.TryGetValue(definition, out var known))
                {
                    resolved = known;
                    break;
                }

                var problems = Problems.Count;
                if (BaseOf(definition, file, services, reader, environment, visiting) is not { } below)
                {
                    resolved = definition;
                    if (Problems.Count == problems)
                    {
                        _resolved[definition] = definition;
                    }

                    break;
                }

                chain.Add((definition, problems));
                (definition, file, services, reader) = below;
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var (over, problems) = chain[i];
                var merged = ComposeServiceMerger.Merge(resolved.Service, over) with
                {
                    Name = over.Service.Name,
                    Definition = over.Service.Definition,
                };
                resolved = over with { Service = merged };
                if (Problems.Count == problems)
                {
                    _resolved[over] = resolved;
                }
            }

            return resolved;
        }

        // The service a definition extends, with the file, services and reader it is read with; null, with the problem
        // reported, when the file cannot be read, the service is not there, or the chain comes back to itself.
        private (ServiceDefinition Definition, YamlFile File, Dictionary<string, ServiceDefinition> Services, ComposeReader Reader)? BaseOf(
            ServiceDefinition definition,
            YamlFile file,
            Dictionary<string, ServiceDefinition> services,
            ComposeReader reader,
            Func<string, string?> environment,
            HashSet<string> visiting)
        {
            var extends = definition.Service.Extends!;
            var baseFile = file;
            var baseServices = services;
            var baseReader = reader;
            if (extends.File is { } fileValue)
            {
                var path = ComposePaths.Combine(reader.BaseDirectory, fileValue.Value);
                if (Read(path, fileValue.Location) is not { } other)
                {
                    return null;
                }

                (baseReader, baseServices) = ServicesOf(other, environment);
                baseFile = other;
            }

            var name = extends.Service.Value;
            var key = baseFile.Path + "#" + name;
            if (visiting.Contains(key))
            {
                Problems.Add(new ComposeProblem(ComposeProblemKind.Cycle, $"service '{definition.Service.Name}' extends '{name}', which extends it back", extends.Service.Location));
                return null;
            }

            if (!baseServices.TryGetValue(name, out var baseDefinition))
            {
                var where = extends.File is { } named ? $"'{named.Value}'" : "this file";
                Problems.Add(new ComposeProblem(ComposeProblemKind.UnresolvedReference, $"Service '{definition.Service.Name}' extends service '{name}', which {where} does not define", extends.Service.Location));
                return null;
            }

            visiting.Add(key);
            return (baseDefinition, baseFile, baseServices, baseReader);
        }

        // The services of a file named by extends; its relative paths are relative to it.
        private (ComposeReader Reader, Dictionary<string, ServiceDefinition> Services) ServicesOf(YamlFile file, Func<string, string?> environment)
        {
            if (_extendsFiles.TryGetValue(file, out var known))
            {
                return known;
            }

            var services = new Dictionary<string, ServiceDefinition>(StringComparer.Ordinal);
            ComposeReader? reader = null;
            foreach (var document in file.Documents)
            {
                if (document is { IsComplete: true, Root: YamlMapping root })
                {
                    reader = new ComposeReader(ComposePaths.FolderOf(file.Path), Interpolate(document, environment), Problems, _options.FileExists);
                    foreach (var pair in ReadServices(root, reader))
                    {
                        services[pair.Key] = pair.Value;
                    }
                }
            }

            var result = (reader ?? new ComposeReader(ComposePaths.FolderOf(file.Path), new Dictionary<YamlScalar, string>(), Problems, _options.FileExists), services);
            _extendsFiles[file] = result;
            return result;
        }

        // An included project is loaded on its own (its folder, its env files) and its services added.
        private void Include(ComposeInclude include, string baseDirectory, Model model, List<string> chain, HashSet<string> imported)
        {
            var first = ComposePaths.Combine(baseDirectory, include.Paths[0].Value);
            if (chain.Contains(first))
            {
                Problems.Add(new ComposeProblem(ComposeProblemKind.Cycle, $"'{first}' includes itself", include.Paths[0].Location));
                return;
            }

            var projectDirectory = include.ProjectDirectory is { } directory
                ? ComposePaths.Combine(baseDirectory, directory.Value)
                : ComposePaths.FolderOf(first);
            var envFiles = new List<ComposeValue<string>>();
            foreach (var envFile in include.EnvFiles)
            {
                envFiles.Add(envFile with { Value = ComposePaths.Combine(baseDirectory, envFile.Value) });
            }

            var environment = Environment(new[] { Path.Combine(projectDirectory, ".env") }, envFiles.Count > 0 ? envFiles : null);
            var included = new Model();
            chain.Add(first);
            foreach (var path in include.Paths)
            {
                if (Read(ComposePaths.Combine(baseDirectory, path.Value), path.Location) is { } file)
                {
                    ReadProjectFile(file, projectDirectory, environment, included, chain);
                }
            }

            chain.RemoveAt(chain.Count - 1);
            model.Import(included, imported, Problems);
        }

        private IReadOnlyDictionary<YamlScalar, string> Interpolate(YamlDocument document, Func<string, string?> environment)
        {
            if (_interpolations.TryGetValue(document, out var known))
            {
                return known;
            }

            // Every value (never a key) is interpolated once, even when aliases reach it from several places. Only an
            // anchored node can be reached twice (by an alias, or through the entries a merge key copies from it), so
            // the walk keeps no record of the nodes seen until it meets an anchor or a merge key: then it starts again
            // with one. For a large file without anchors that record was most of the walk's cost.
            var (variables, problems) = (Variables.Count, Problems.Count);
            if (Interpolate(document.Root!, environment, visited: null) is not { } values)
            {
                Variables.RemoveRange(variables, Variables.Count - variables);
                Problems.RemoveRange(problems, Problems.Count - problems);
                values = Interpolate(document.Root!, environment, new HashSet<YamlNode>())!;
            }

            _interpolations[document] = values;
            return values;
        }

        // The interpolated values below root; null, without visited, as soon as an anchor or a merge key is met.
        private Dictionary<YamlScalar, string>? Interpolate(YamlNode root, Func<string, string?> environment, HashSet<YamlNode>? visited)
        {
            var values = new Dictionary<YamlScalar, string>();
            var pending = new Stack<YamlNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (visited is null)
                {
                    if (node.Anchor is not null)
                    {
                        return null;
                    }
                }
                else if (!visited.Add(node))
                {
                    continue;
                }

                switch (node)
                {
                    case YamlMapping mapping:
                        for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                        {
                            if (visited is null && mapping.Entries[i].IsMerged)
                            {
                                return null;
                            }

                            pending.Push(mapping.Entries[i].Value);
                        }

                        break;
                    case YamlSequence sequence:
                        for (var i = sequence.Items.Count - 1; i >= 0; i--)
                        {
                            pending.Push(sequence.Items[i]);
                        }

                        break;
                    case YamlScalar scalar when ComposeInterpolator.HasReferences(scalar.Value):
                        var result = ComposeInterpolator.Interpolate(scalar.Value, environment);
                        foreach (var use in result.Variables)
                        {
                            Variables.Add(new ComposeVariableReference(use.Name, use.Operator, use.IsSet, scalar.GetLocation(use.Start, use.Length)));
                        }

                        if (result.Error is { } error)
                        {
                            Problems.Add(new ComposeProblem(error.IsMissingVariable ? ComposeProblemKind.MissingRequiredVariable : ComposeProblemKind.InvalidInterpolation, error.Message, scalar.GetLocation(error.Start, error.Length)));
                        }

                        values[scalar] = result.Value;
                        break;
                }
            }

            return values;
        }
    }

    /// <summary>What the documents read so far define, merged in order.</summary>
    private sealed class Model
    {
        private readonly List<string> _order = new();
        private readonly Dictionary<string, ComposeService> _services = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, ComposeResource>> _resources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _resourceOrder = new(StringComparer.Ordinal);

        public ComposeValue<string>? Name { get; set; }

        public ComposeValue<string>? Version { get; set; }

        public List<ComposeInclude> Includes { get; } = new();

        // The first key of each file read in the version 1 format, once per file.
        public List<Location> LegacyFiles { get; } = new();

        public void AddLegacyFile(Location firstKey)
        {
            if (!LegacyFiles.Exists(known => known.Path == firstKey.Path))
            {
                LegacyFiles.Add(firstKey);
            }
        }

        public void AddResources(string section, IReadOnlyList<ComposeResource> resources)
        {
            if (!_resources.TryGetValue(section, out var byName))
            {
                _resources[section] = byName = new Dictionary<string, ComposeResource>(StringComparer.Ordinal);
                _resourceOrder[section] = new List<string>();
            }

            foreach (var resource in resources)
            {
                if (!byName.ContainsKey(resource.Name))
                {
                    _resourceOrder[section].Add(resource.Name);
                }

                byName[resource.Name] = resource;
            }
        }

        // A later definition merges onto an earlier one, except one that an include of the same document brought in:
        // that is a conflict docker compose refuses, and the including file's definition is kept.
        public void Merge(ServiceDefinition definition, HashSet<string> imported, List<ComposeProblem> problems)
        {
            var name = definition.Service.Name;
            if (definition.IsReset)
            {
                _services.Remove(name);
                return;
            }

            if (imported.Contains(name))
            {
                problems.Add(new ComposeProblem(ComposeProblemKind.Conflict, $"service '{name}' is also defined by an included file", definition.Service.Definition));
                _services[name] = definition.Service;
                return;
            }

            if (_services.TryGetValue(name, out var existing))
            {
                _services[name] = ComposeServiceMerger.Merge(existing, definition);
                return;
            }

            _order.Add(name);
            _services[name] = definition.Service;
        }

        public void Import(Model included, HashSet<string> imported, List<ComposeProblem> problems)
        {
            foreach (var service in included.Services())
            {
                if (_services.ContainsKey(service.Name))
                {
                    problems.Add(new ComposeProblem(ComposeProblemKind.Conflict, $"service '{service.Name}' is defined by more than one included file", service.Definition));
                    continue;
                }

                imported.Add(service.Name);
                _order.Add(service.Name);
                _services[service.Name] = service;
            }

            foreach (var section in included._resourceOrder.Keys)
            {
                AddResources(section, included.Resources(section));
            }

            foreach (var legacyFile in included.LegacyFiles)
            {
                AddLegacyFile(legacyFile);
            }
        }

        public ComposeProject Build(string directory, List<YamlFile> files, List<ComposeVariableReference> variables, List<ComposeProblem> problems) =>
            new(
                directory,
                files,
                Name,
                Version,
                Services(),
                new ComposeProject.TopLevelResources(Resources("networks"), Resources("volumes"), Resources("secrets"), Resources("configs")),
                Includes,
                LegacyFiles,
                variables,
                problems);

        private List<ComposeService> Services()
        {
            var services = new List<ComposeService>(_services.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in _order)
            {
                if (seen.Add(name) && _services.TryGetValue(name, out var service))
                {
                    services.Add(service);
                }
            }

            return services;
        }

        private List<ComposeResource> Resources(string section)
        {
            var resources = new List<ComposeResource>();
            if (_resourceOrder.TryGetValue(section, out var order))
            {
                foreach (var name in order)
                {
                    resources.Add(_resources[section][name]);
                }
            }

            return resources;
        }
    }

    // Definitions are records, equal by value; the resolved ones are kept by identity.
    private sealed class ByReference : IEqualityComparer<ServiceDefinition>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(ServiceDefinition? x, ServiceDefinition? y) => ReferenceEquals(x, y);

        public int GetHashCode(ServiceDefinition obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
