using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// The build a Dockerfile describes: its global ARGs, its stages in order, which stage builds on or copies
/// from which, and the value of every FROM after variable expansion with the global ARGs.
/// </summary>
public sealed class DockerfileModel
{
    // BuildKit's automatic platform ARGs, usable in FROM without a declaration. The build machine is not
    // known to a linter; these are the values of the common linux/amd64 build.
    private static readonly (string Name, string Value)[] AutomaticArgs =
    {
        ("BUILDPLATFORM", "linux/amd64"), ("BUILDOS", "linux"), ("BUILDOSVERSION", string.Empty), ("BUILDARCH", "amd64"), ("BUILDVARIANT", string.Empty),
        ("TARGETPLATFORM", "linux/amd64"), ("TARGETOS", "linux"), ("TARGETOSVERSION", string.Empty), ("TARGETARCH", "amd64"), ("TARGETVARIANT", string.Empty),
    };

    private DockerfileModel(DockerfileSyntax syntax, IReadOnlyList<ArgInstruction> globalArgs, VariableScope globalScope, IReadOnlyList<BuildStage> stages, WordExpander expander, DockerIgnore? dockerIgnore)
    {
        DockerIgnore = dockerIgnore;
        Syntax = syntax;
        GlobalArgs = globalArgs;
        GlobalScope = globalScope;
        Stages = stages;
        Expander = expander;
    }

    /// <summary>The parsed file.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The ARG instructions before the first FROM.</summary>
    public IReadOnlyList<ArgInstruction> GlobalArgs { get; }

    /// <summary>The values FROM lines see: global ARG defaults (or build arguments) and the automatic platform ARGs.</summary>
    public VariableScope GlobalScope { get; }

    /// <summary>The stages in file order.</summary>
    public IReadOnlyList<BuildStage> Stages { get; }

    /// <summary>The build context's <c>.dockerignore</c>, when the engine found one beside the file.</summary>
    public DockerIgnore? DockerIgnore { get; }

    /// <summary>Expands variables with this file's escape character, as BuildKit does.</summary>
    public WordExpander Expander { get; }

    /// <summary>
    /// Builds the model; <paramref name="buildArguments"/> override ARG defaults like <c>--build-arg</c>;
    /// <paramref name="dockerIgnore"/> is the build context's ignore file, when there is one.
    /// </summary>
    public static DockerfileModel Create(DockerfileSyntax syntax, IReadOnlyDictionary<string, string>? buildArguments = null, DockerIgnore? dockerIgnore = null)
    {
        var expander = new WordExpander(syntax.EscapeCharacter);
        var globalScope = new VariableScope();
        foreach (var (name, value) in AutomaticArgs)
        {
            globalScope.Set(name, value, null);
        }

        var globalArgs = new List<ArgInstruction>();
        var stages = new List<BuildStage>();
        FromInstruction? from = null;
        var body = new List<Instruction>();
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction is FromInstruction nextFrom)
            {
                if (from is not null)
                {
                    stages.Add(CreateStage(stages, from, body, globalScope, expander));
                }

                from = nextFrom;
                body = new List<Instruction>();
            }
            else if (from is null)
            {
                if (instruction is ArgInstruction arg)
                {
                    globalArgs.Add(arg);
                    DeclareArgs(arg, globalScope, globalScope, expander, buildArguments);
                }
            }
            else
            {
                body.Add(instruction);
            }
        }

        if (from is not null)
        {
            stages.Add(CreateStage(stages, from, body, globalScope, expander));
        }

        MarkReferencedStages(stages);
        return new DockerfileModel(syntax, globalArgs, globalScope, stages, expander, dockerIgnore);
    }

    /// <summary>
    /// Applies an ARG's declarations to <paramref name="scope"/>: a build argument wins, then the default
    /// (expanded with the scope so far), then the global value of the same name.
    /// </summary>
    public static void DeclareArgs(ArgInstruction arg, VariableScope scope, VariableScope globalScope, WordExpander expander, IReadOnlyDictionary<string, string>? buildArguments)
    {
        foreach (var declaration in arg.Declarations)
        {
            if (buildArguments is not null && buildArguments.TryGetValue(declaration.Name, out var given))
            {
                scope.Set(declaration.Name, given, null);
            }
            else if (declaration.DefaultValue is { } defaultValue)
            {
                var expanded = expander.ExpandWord(defaultValue, scope.Lookup);
                scope.Set(declaration.Name, expanded.Error is null ? expanded.Value : defaultValue, declaration.DefaultValueSpan);
            }
            else if (!ReferenceEquals(scope, globalScope) && globalScope.Find(declaration.Name) is { } global)
            {
                scope.Set(declaration.Name, global.Value, global.ValueSpan);
            }

            // Otherwise the name keeps the value it already has, as in BuildKit.
        }
    }

    private static BuildStage CreateStage(List<BuildStage> earlier, FromInstruction from, List<Instruction> body, VariableScope globalScope, WordExpander expander)
    {
        var written = from.Image?.Value ?? string.Empty;
        var expansion = expander.ExpandWord(written, globalScope.Lookup);
        var resolved = expansion.Error is null ? expansion.Value : written;
        var isResolved = expansion.Error is null && expansion.Unmatched.Count == 0 && resolved.Length > 0 && !resolved.EndsWith(":", StringComparison.Ordinal);

        BuildStage? baseStage = null;
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            if (earlier[i].Name is { } name && string.Equals(name, resolved, StringComparison.Ordinal))
            {
                baseStage = earlier[i];
                break;
            }
        }

        var stageName = from.StageName?.Value.ToLowerInvariant();
        return new BuildStage(earlier.Count, stageName, from, body, baseStage, resolved, isResolved, BlameSpan(from, written, expansion.Matched, globalScope));
    }

    // Where the tag of the base image is decided: the ARG default that supplies the tag (or the whole
    // reference), otherwise the image in the FROM line itself.
    private static TextSpan BlameSpan(FromInstruction from, string written, IReadOnlyList<string> matched, VariableScope globalScope)
    {
        var imageSpan = from.Image?.Span ?? from.KeywordSpan;
        if (matched.Count == 0)
        {
            return imageSpan;
        }

        var lastSlash = written.LastIndexOf('/');
        var colon = written.IndexOf(':', lastSlash + 1);
        var tagPart = colon >= 0 ? written.Substring(colon + 1) : written.Substring(lastSlash + 1);
        for (var i = matched.Count - 1; i >= 0; i--)
        {
            if (tagPart.IndexOf(matched[i], StringComparison.Ordinal) >= 0 && globalScope.Find(matched[i]) is { ValueSpan: { } span })
            {
                return span;
            }
        }

        return imageSpan;
    }

    private static void MarkReferencedStages(List<BuildStage> stages)
    {
        foreach (var stage in stages)
        {
            stage.BaseStage?.MarkReferenced();
            foreach (var instruction in stage.Instructions)
            {
                // Only flags name other stages: most instructions have none, and are spared the iterator.
                if (instruction.Flags.Count == 0)
                {
                    continue;
                }

                foreach (var source in StageSources(instruction))
                {
                    FindStage(stages, source, stage.Index)?.MarkReferenced();
                }
            }
        }
    }

    private static IEnumerable<string> StageSources(Instruction instruction)
    {
        foreach (var flag in instruction.Flags)
        {
            if (flag.Value is not { } value)
            {
                continue;
            }

            if (flag.Name == "from")
            {
                yield return value;
            }
            else if (flag.Name == "mount")
            {
                foreach (var option in value.Split(','))
                {
                    if (option.StartsWith("from=", StringComparison.Ordinal))
                    {
                        yield return option.Substring("from=".Length);
                    }
                }
            }
        }
    }

    private static BuildStage? FindStage(List<BuildStage> stages, string reference, int before)
    {
        if (int.TryParse(reference, out var index))
        {
            return index >= 0 && index < before ? stages[index] : null;
        }

        for (var i = before - 1; i >= 0; i--)
        {
            if (string.Equals(stages[i].Name, reference, StringComparison.OrdinalIgnoreCase))
            {
                return stages[i];
            }
        }

        return null;
    }
}

/// <summary>One build stage: its FROM, the instructions up to the next FROM, and how it relates to other stages.</summary>
public sealed class BuildStage
{
    internal BuildStage(int index, string? name, FromInstruction from, IReadOnlyList<Instruction> instructions, BuildStage? baseStage, string baseImage, bool isBaseImageResolved, TextSpan baseImageDecidedAt)
    {
        Index = index;
        Name = name;
        From = from;
        Instructions = instructions;
        BaseStage = baseStage;
        BaseImage = baseImage;
        IsBaseImageResolved = isBaseImageResolved;
        BaseImageDecidedAt = baseImageDecidedAt;
    }

    /// <summary>The 0-based position among the stages.</summary>
    public int Index { get; }

    /// <summary>The name after <c>AS</c>, lower-cased as BuildKit compares it, or null.</summary>
    public string? Name { get; }

    /// <summary>The name, or <c>stage N</c> for an unnamed stage.</summary>
    public string DisplayName => Name ?? "stage " + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The FROM that starts the stage.</summary>
    public FromInstruction From { get; }

    /// <summary>The instructions after the FROM, up to the next FROM.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>The earlier stage this one is built on (<c>FROM builder</c>), or null for an image.</summary>
    public BuildStage? BaseStage { get; }

    /// <summary>The FROM reference with global ARGs expanded (a stage name when <see cref="BaseStage"/> is set).</summary>
    public string BaseImage { get; }

    /// <summary>False when the FROM uses a variable that has no value: the image is only known at build time.</summary>
    public bool IsBaseImageResolved { get; }

    /// <summary>Where the base image's tag is decided: the FROM image, or the ARG default that supplies it.</summary>
    public TextSpan BaseImageDecidedAt { get; }

    /// <summary>True when a later stage builds on this one or copies or mounts from it.</summary>
    public bool IsReferenced { get; private set; }

    /// <summary>The stages this one is built on, from the first ancestor down to this stage.</summary>
    public IReadOnlyList<BuildStage> Chain
    {
        get
        {
            var chain = new List<BuildStage>();
            for (var stage = this; stage is not null; stage = stage.BaseStage)
            {
                chain.Insert(0, stage);
            }

            return chain;
        }
    }

    internal void MarkReferenced() => IsReferenced = true;
}
