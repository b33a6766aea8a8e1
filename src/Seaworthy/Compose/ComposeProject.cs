using System;
using System.Collections.Generic;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Compose;

/// <summary>
/// A Compose project as <c>docker compose config</c> sees it: the files read (the main file, its override, the
/// files that <c>extends</c> and <c>include</c> name), interpolated with <c>.env</c> and the environment, merged in
/// order, with every value keeping where it is written. Bad input never throws: YAML errors are in each file's
/// <see cref="YamlFile.Problems"/>, everything else in <see cref="Problems"/>.
/// </summary>
public sealed class ComposeProject
{
    internal ComposeProject(
        string projectDirectory,
        IReadOnlyList<YamlFile> files,
        ComposeValue<string>? name,
        ComposeValue<string>? version,
        IReadOnlyList<ComposeService> services,
        TopLevelResources resources,
        IReadOnlyList<ComposeInclude> includes,
        IReadOnlyList<Location> legacyFiles,
        IReadOnlyList<ComposeVariableReference> variables,
        IReadOnlyList<ComposeProblem> problems)
    {
        ProjectDirectory = projectDirectory;
        Files = files;
        Name = name;
        Version = version;
        Services = services;
        Networks = resources.Networks;
        Volumes = resources.Volumes;
        Secrets = resources.Secrets;
        Configs = resources.Configs;
        Includes = includes;
        LegacyFiles = legacyFiles;
        Variables = variables;
        Problems = problems;
    }

    private Dictionary<string, ComposeService>? _servicesByName;
    private Dictionary<string, (int Start, int End, int Index)[]>? _variablesByFile;
    private Dictionary<string, ComposeResource>? _networksByName;
    private Dictionary<string, ComposeResource>? _volumesByName;
    private Dictionary<string, ComposeResource>? _secretsByName;
    private Dictionary<string, ComposeResource>? _configsByName;

    /// <summary>The folder relative paths are resolved against: the main file's folder.</summary>
    public string ProjectDirectory { get; }

    /// <summary>Every YAML file read for the project, the main file first, each once.</summary>
    public IReadOnlyList<YamlFile> Files { get; }

    /// <summary>The main file.</summary>
    public YamlFile MainFile => Files[0];

    /// <summary>The top-level <c>name</c>.</summary>
    public ComposeValue<string>? Name { get; }

    /// <summary>The obsolete top-level <c>version</c>.</summary>
    public ComposeValue<string>? Version { get; }

    /// <summary>The services, in the order they are first defined.</summary>
    public IReadOnlyList<ComposeService> Services { get; }

    /// <summary>The top-level <c>networks</c>.</summary>
    public IReadOnlyList<ComposeResource> Networks { get; }

    /// <summary>The top-level <c>volumes</c>.</summary>
    public IReadOnlyList<ComposeResource> Volumes { get; }

    /// <summary>The top-level <c>secrets</c>.</summary>
    public IReadOnlyList<ComposeResource> Secrets { get; }

    /// <summary>The top-level <c>configs</c>.</summary>
    public IReadOnlyList<ComposeResource> Configs { get; }

    /// <summary>The top-level <c>include</c> entries (their services are among <see cref="Services"/>).</summary>
    public IReadOnlyList<ComposeInclude> Includes { get; }

    /// <summary>
    /// The files of the project written in the legacy version 1 format (see <see cref="ComposeLegacyFormat"/>), each as
    /// the location of its first key. Their services are among <see cref="Services"/>.
    /// </summary>
    public IReadOnlyList<Location> LegacyFiles { get; }

    /// <summary>Every variable reference in the values of the files read, with whether it has a value.</summary>
    public IReadOnlyList<ComposeVariableReference> Variables { get; }

    /// <summary>Values that are not what Compose accepts, interpolation errors, files and services that cannot be found.</summary>
    public IReadOnlyList<ComposeProblem> Problems { get; }

    /// <summary>
    /// Values that came from outside the files: every value interpolation took from the environment or an env file,
    /// and every value of the services' <c>env_file</c>s. Reports mask them wherever they occur.
    /// </summary>
    public IReadOnlyCollection<string> ExternalValues { get; private set; } = Array.Empty<string>();

    /// <summary>The service named <paramref name="name"/>, or null when the project defines none.</summary>
    public ComposeService? FindService(string name) => Find(ref _servicesByName, Services, service => service.Name, name);

    /// <summary>The top-level network named <paramref name="name"/>, or null when the project declares none.</summary>
    public ComposeResource? FindNetwork(string name) => Find(ref _networksByName, Networks, ResourceName, name);

    /// <summary>The top-level volume named <paramref name="name"/>, or null when the project declares none.</summary>
    public ComposeResource? FindVolume(string name) => Find(ref _volumesByName, Volumes, ResourceName, name);

    /// <summary>The top-level secret named <paramref name="name"/>, or null when the project declares none.</summary>
    public ComposeResource? FindSecret(string name) => Find(ref _secretsByName, Secrets, ResourceName, name);

    /// <summary>The top-level config named <paramref name="name"/>, or null when the project declares none.</summary>
    public ComposeResource? FindConfig(string name) => Find(ref _configsByName, Configs, ResourceName, name);

    /// <summary>
    /// The variable references written inside <paramref name="location"/> (in its file, within its span), in the
    /// order of <see cref="Variables"/>. Found through an index, so asking for each of many values stays linear.
    /// </summary>
    public IReadOnlyList<ComposeVariableReference> VariablesWithin(Location location)
    {
        if (Variables.Count == 0)
        {
            return Array.Empty<ComposeVariableReference>();
        }

        _variablesByFile ??= IndexVariables(Variables);
        if (!_variablesByFile.TryGetValue(location.Path, out var spans))
        {
            return Array.Empty<ComposeVariableReference>();
        }

        // The first reference that starts at or after the location, then each that starts within it.
        var (low, high) = (0, spans.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Start < location.Span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        List<int>? found = null;
        for (var i = low; i < spans.Length && spans[i].Start <= location.Span.End; i++)
        {
            if (spans[i].End <= location.Span.End)
            {
                (found ??= new List<int>()).Add(spans[i].Index);
            }
        }

        if (found is null)
        {
            return Array.Empty<ComposeVariableReference>();
        }

        found.Sort();
        var references = new ComposeVariableReference[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            references[i] = Variables[found[i]];
        }

        return references;
    }

    internal ComposeProject WithExternalValues(IReadOnlyCollection<string> values)
    {
        ExternalValues = values;
        return this;
    }

    private static string ResourceName(ComposeResource resource) => resource.Name;

    // The first of the items with a name, through an index made on the first lookup.
    private static T? Find<T>(ref Dictionary<string, T>? index, IReadOnlyList<T> items, Func<T, string> nameOf, string name)
        where T : class
    {
        if (index is null)
        {
            var byName = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (!byName.ContainsKey(nameOf(item)))
                {
                    byName[nameOf(item)] = item;
                }
            }

            index = byName;
        }

        return index.TryGetValue(name, out var found) ? found : null;
    }

    // Each file's references by where they start (a reference's index in Variables breaks ties).
    private static Dictionary<string, (int Start, int End, int Index)[]> IndexVariables(IReadOnlyList<ComposeVariableReference> variables)
    {
        var byFile = new Dictionary<string, List<(int Start, int End, int Index)>>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            var location = variables[i].Location;
            if (!byFile.TryGetValue(location.Path, out var spans))
            {
                byFile[location.Path] = spans = new List<(int Start, int End, int Index)>();
            }

            spans.Add((location.Span.Start, location.Span.End, i));
        }

        var index = new Dictionary<string, (int Start, int End, int Index)[]>(byFile.Count, StringComparer.Ordinal);
        foreach (var pair in byFile)
        {
            var spans = pair.Value.ToArray();
            Array.Sort(spans);
            index[pair.Key] = spans;
        }

        return index;
    }

    /// <summary>
    /// Loads the project whose main file is <paramref name="mainFile"/>: its override file is merged on top when
    /// <c>docker compose</c> would (see <see cref="ComposeFileNames.OverrideFor"/>), unless
    /// <see cref="ComposeLoadOptions.OverrideFiles"/> names the files to merge.
    /// </summary>
    public static ComposeProject Load(SourceText mainFile, ComposeLoadOptions? options = null) =>
        ComposeLoader.Load(mainFile, options ?? new ComposeLoadOptions());

    internal sealed record TopLevelResources(
        IReadOnlyList<ComposeResource> Networks,
        IReadOnlyList<ComposeResource> Volumes,
        IReadOnlyList<ComposeResource> Secrets,
        IReadOnlyList<ComposeResource> Configs);
}

/// <summary>How a project is loaded: the environment for interpolation, and how other files are read.</summary>
public sealed record ComposeLoadOptions
{
    /// <summary>The largest file read, in bytes.</summary>
    public const long DefaultMaxFileSize = SourceFiles.DefaultMaxBytes;

    /// <summary>The variables interpolation sees before <c>.env</c>'s (the process environment, as docker compose does).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Reads another file (an override, <c>.env</c>, an <c>extends</c> or <c>include</c> file, an <c>env_file</c>):
    /// null when there is no such file. The default reads from disk through <see cref="SourceFiles"/>, up to
    /// <see cref="DefaultMaxFileSize"/>, following links wherever they lead; the engine reads within the run's <see cref="FileScope"/>.
    /// </summary>
    public Func<string, DecodedSource?> ReadFile { get; init; } = path => SourceFiles.Read(path, DefaultMaxFileSize);

    /// <summary>Whether a file exists; the default asks the disk.</summary>
    public Func<string, bool> FileExists { get; init; } = System.IO.File.Exists;

    /// <summary>The files to merge on top of the main file, in order (like further <c>-f</c> options); null looks for the override file beside it.</summary>
    public IReadOnlyList<string>? OverrideFiles { get; init; }
}

/// <summary>A top-level network, volume, secret or config.</summary>
/// <param name="Name">The key.</param>
/// <param name="Location">Where the key is written.</param>
/// <param name="External">True for <c>external: true</c>.</param>
/// <param name="File">A secret's or config's <c>file</c>, as written.</param>
public sealed record ComposeResource(string Name, Location Location, bool External, ComposeValue<string>? File);

/// <summary>A top-level <c>include</c> entry: the files (the first, with the rest merged on top), the project folder and env files.</summary>
public sealed record ComposeInclude(IReadOnlyList<ComposeValue<string>> Paths, ComposeValue<string>? ProjectDirectory, IReadOnlyList<ComposeValue<string>> EnvFiles, Location Location);

/// <summary>
/// A variable reference in a value: its name, its operator (empty for <c>$NAME</c> and <c>${NAME}</c>; <c>:-</c>,
/// <c>-</c>, <c>:?</c>, <c>?</c>, <c>:+</c>, <c>+</c>), whether the environment or <c>.env</c> sets it, and where it is.
/// </summary>
public sealed record ComposeVariableReference(string Name, string Operator, bool IsSet, Location Location);

/// <summary>What a <see cref="ComposeProblem"/> is about.</summary>
public enum ComposeProblemKind
{
    /// <summary>A value of the wrong type or form (a port, a boolean, a mapping where a list is expected).</summary>
    InvalidValue,

    /// <summary>A <c>${...}</c> that is not a valid interpolation.</summary>
    InvalidInterpolation,

    /// <summary>A required variable (<c>${NAME:?message}</c>, <c>${NAME?message}</c>) without a value.</summary>
    MissingRequiredVariable,

    /// <summary>A file that an override list, <c>extends</c> or <c>include</c> names does not exist or cannot be read.</summary>
    MissingFile,

    /// <summary>An <c>extends</c> service that does not exist.</summary>
    UnresolvedReference,

    /// <summary>An included file defines a service the including file defines too.</summary>
    Conflict,

    /// <summary><c>extends</c> or <c>include</c> that comes back to where it started.</summary>
    Cycle,
}

/// <summary>A problem in a Compose project, with the position of the text that causes it.</summary>
public sealed record ComposeProblem(ComposeProblemKind Kind, string Message, Location Location);
