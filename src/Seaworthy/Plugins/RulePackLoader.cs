#if NET
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Seaworthy.Analysis;

namespace Seaworthy.Plugins;

/// <summary>
/// Loads rule packs: each path (an assembly, or a folder of them) into a load context of its own, where the pack's
/// dependencies come from its folder and the Seaworthy assemblies from the host, so a pack's analyzers are the
/// host's <see cref="Analyzer"/> and see its models. Every way a pack can be unusable is one
/// <see cref="RulePackException"/> naming the pack.
/// </summary>
internal static class RulePackLoader
{
    // What a pack compiles against: always the host's copy, whatever the pack's folder holds.
    private static readonly string[] SharedAssemblies = { "Seaworthy", "Seaworthy.Rules" };

    // A pack is managed code found by reflection: a native (trimmed, ahead-of-time) build cannot run it.
    private const string NeedsTheJit = "Rule packs are assemblies loaded and searched by reflection; a native build hands them to the framework-dependent one";

    private static readonly string[] OwnAssemblies = { "Seaworthy", "Seaworthy.Rules", "Seaworthy.Testing", "Seaworthy.HostAudit" };

    /// <summary>The packs at <paramref name="paths"/>, in order; a path given twice is loaded once.</summary>
    /// <exception cref="RulePackException">A pack is missing or cannot be used.</exception>
    [RequiresUnreferencedCode(NeedsTheJit)]
    [RequiresDynamicCode(NeedsTheJit)]
    public static IReadOnlyList<RulePack> Load(IEnumerable<string> paths)
    {
        var packs = new List<RulePack>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            if (Directory.Exists(path))
            {
                // A build's output folder holds Seaworthy's own assemblies too: they are the host's, never a pack.
                var assemblies = Directory.GetFiles(path, "*.dll")
                    .Where(file => !OwnAssemblies.Contains(Path.GetFileNameWithoutExtension(file), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(file => file, StringComparer.Ordinal)
                    .Where(ReferencesSeaworthy)
                    .ToArray();
                if (assemblies.Length == 0)
                {
                    throw new RulePackException(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), $"the folder {path} holds no assembly that references Seaworthy");
                }

                // A library beside the packs may reference Seaworthy too: only the assemblies with analyzers are packs.
                var context = new RulePackLoadContext(path, assemblies);
                var fresh = assemblies.Where(seen.Add).ToArray();
                var found = fresh.Select(assembly => LoadOne(assembly, context, isDependency: true)).OfType<RulePack>().ToArray();
                if (found.Length == 0 && fresh.Length == assemblies.Length)
                {
                    throw new RulePackException(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), $"the folder {path} holds no public analyzer (a class deriving from Seaworthy.Analysis.Analyzer)");
                }

                packs.AddRange(found);
            }
            else if (File.Exists(path))
            {
                packs.Add(LoadOne(path, new RulePackLoadContext(Path.GetDirectoryName(path)!, new[] { path }), isDependency: false)!);
            }
            else
            {
                throw new RulePackException(Path.GetFileNameWithoutExtension(path), $"no such file or folder: {path}");
            }
        }

        return packs;
    }

    // Null for an assembly with no analyzer when it may be a dependency of the packs beside it.
    [RequiresUnreferencedCode(NeedsTheJit)]
    [RequiresDynamicCode(NeedsTheJit)]
    private static RulePack? LoadOne(string path, RulePackLoadContext context, bool isDependency)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        CheckAuthoringApi(path, name);
        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(path);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or IOException)
        {
            throw new RulePackException(name, $"cannot load {path}: {exception.Message}", exception);
        }

        name = assembly.GetName().Name ?? name;
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception exception) when (exception is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new RulePackException(name, $"cannot read its types (a dependency missing from {Path.GetDirectoryName(path)}?): {exception.Message}", exception);
        }

        var analyzers = new List<Analyzer>();
        foreach (var type in types.Where(type => type.IsClass && !type.IsAbstract && typeof(Analyzer).IsAssignableFrom(type)).OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is not { } constructor)
            {
                throw new RulePackException(name, $"analyzer {type.FullName} has no public constructor without parameters");
            }

            try
            {
                analyzers.Add((Analyzer)constructor.Invoke(null));
            }
            catch (TargetInvocationException exception)
            {
                var cause = exception.InnerException ?? exception;
                throw new RulePackException(name, $"the constructor of analyzer {type.FullName} threw {cause.GetType().Name}: {cause.Message}", cause);
            }
        }

        if (analyzers.Count == 0 && isDependency)
        {
            return null;
        }

        if (analyzers.Count == 0)
        {
            throw new RulePackException(name, $"{path} holds no public analyzer (a class deriving from Seaworthy.Analysis.Analyzer)");
        }

        try
        {
            return new RulePack(name, VersionOf(assembly), analyzers);
        }
        catch (Exception exception) when (exception is not RulePackException)
        {
            throw new RulePackException(name, $"an analyzer threw while listing its rules: {exception.GetType().Name}: {exception.Message}", exception);
        }
    }

    // A pack built against another major version of the authoring API, or a later version than the host's, would fail
    // later with a missing method: read its reference before loading it and say so now.
    private static void CheckAuthoringApi(string path, string name)
    {
        var host = typeof(Analyzer).Assembly.GetName().Version!;
        Version? referenced;
        try
        {
            referenced = SeaworthyReference(path);
        }
        catch (BadImageFormatException exception)
        {
            throw new RulePackException(name, $"{path} is not a .NET assembly: {exception.Message}", exception);
        }

        if (referenced is null)
        {
            throw new RulePackException(name, $"{path} does not reference Seaworthy, so it holds no analyzer");
        }

        if (referenced.Major != host.Major || referenced > host)
        {
            throw new RulePackException(name, $"it is built against Seaworthy {referenced.ToString(3)}, and this Seaworthy is {host.ToString(3)}; rebuild the pack against Seaworthy {host.Major}.x, no later than {host.ToString(3)}");
        }
    }

    private static bool ReferencesSeaworthy(string path)
    {
        try
        {
            return SeaworthyReference(path) is not null;
        }
        catch (BadImageFormatException)
        {
            // A native library beside the pack's assemblies.
            return false;
        }
    }

    private static Version? SeaworthyReference(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        if (!reader.HasMetadata)
        {
            throw new BadImageFormatException("it has no .NET metadata");
        }

        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.StringComparer.Equals(reference.Name, "Seaworthy"))
            {
                return reference.Version;
            }
        }

        return null;
    }

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            // The SDK appends +<commit>; the package version is what a user knows.
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }

    /// <summary>
    /// One pack's (or one folder's) context: Seaworthy from the host; the pack's dependencies as its build's deps.json
    /// places them (a build output, where a package's runtime-specific and native assets sit under runtimes/), else from
    /// its folder by name (a package's analyzers folder, which has no deps.json); what neither has, from the host.
    /// </summary>
    private sealed class RulePackLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;
        private readonly AssemblyLoadContext _host = GetLoadContext(typeof(Analyzer).Assembly) ?? Default;
        private readonly AssemblyDependencyResolver[] _resolvers;

        public RulePackLoadContext(string folder, IEnumerable<string> packs)
            : base("Seaworthy rule pack " + folder)
        {
            _folder = folder;
            _resolvers = packs.Select(Resolver).OfType<AssemblyDependencyResolver>().ToArray();
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (SharedAssemblies.Contains(assemblyName.Name, StringComparer.OrdinalIgnoreCase))
            {
                // By name alone: the host's version, whichever one the pack was built against (CheckAuthoringApi allowed it).
                return _host.LoadFromAssemblyName(new AssemblyName(assemblyName.Name!));
            }

            var resolved = _resolvers.Select(resolver => resolver.ResolveAssemblyToPath(assemblyName)).FirstOrDefault(path => path is not null);
            var candidate = Path.Combine(_folder, assemblyName.Name + ".dll");
            if (resolved is not null || File.Exists(candidate))
            {
                return LoadFromAssemblyPath(resolved ?? candidate);
            }

            // A package Seaworthy uses itself is not packed with a pack: the host's copy (the MSBuild task's context
            // holds it, not the default one).
            try
            {
                return _host.LoadFromAssemblyName(assemblyName);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var resolved = _resolvers.Select(resolver => resolver.ResolveUnmanagedDllToPath(unmanagedDllName)).FirstOrDefault(path => path is not null);
            return resolved is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(resolved);
        }

        // A pack's deps.json (beside its build output) lists where its dependencies are; a package's folder has none,
        // and a deps.json whose files are not all there (copied away in part) is no use: the folder is searched by name.
        private static AssemblyDependencyResolver? Resolver(string pack)
        {
            if (!File.Exists(Path.ChangeExtension(pack, ".deps.json")))
            {
                return null;
            }

            try
            {
                return new AssemblyDependencyResolver(pack);
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
#endif
