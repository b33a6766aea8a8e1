using System;
using System.Collections.Generic;
using Seaworthy.Shell;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// The build a Dockerfile describes: its global ARGs, its stages in order, which stage builds on or copies
/// from which, and the value of every FROM after variable expansion with the global ARGs.
/// </summary>
public sealed class DockerfileModel
{
    // BuildKit's automatic ARGs, usable in FROM without a declaration and in a stage after an ARG without a
    // default. The build machine is not known to a linter; these are the values of the common linux/amd64
    // build. TARGETSTAGE is the stage built, "default" when none is named.
    private static readonly (string Name, string Value)[] PlatformArgs =
    {
        ("BUILDPLATFORM", "linux/amd64"), ("BUILDOS", "linux"), ("BUILDOSVERSION", string.Empty), ("BUILDARCH", "amd64"), ("BUILDVARIANT", string.Empty),
        ("TARGETPLATFORM", "linux/amd64"), ("TARGETOS", "linux"), ("TARGETOSVERSION", string.Empty), ("TARGETARCH", "amd64"), ("TARGETVARIANT", string.Empty),
    };

    private const string TargetStageArg = "TARGETSTAGE";

    private readonly InstructionStates _states;
    private readonly StageState[] _finalStates;

    private DockerfileModel(DockerfileSyntax syntax, IReadOnlyList<ArgInstruction> globalArgs, StageState globalState, VariableScope globalScope, IReadOnlyList<BuildStage> stages, BuildStage? targetStage, WordExpander expander, DockerIgnore? dockerIgnore, InstructionStates states, StageState[] finalStates)
    {
        DockerIgnore = dockerIgnore;
        Syntax = syntax;
        GlobalArgs = globalArgs;
        GlobalState = globalState;
        GlobalScope = globalScope;
        Stages = stages;
        TargetStage = targetStage;
        Expander = expander;
        _states = states;
        _finalStates = finalStates;
    }

    /// <summary>The parsed file.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The ARG instructions before the first FROM.</summary>
    public IReadOnlyList<ArgInstruction> GlobalArgs { get; }

    /// <summary>The values FROM lines see: global ARG defaults (or build arguments) and the automatic ARGs.</summary>
    public VariableScope GlobalScope { get; }

    /// <summary>The global scope after the last global ARG: what FROM lines see, with where each value comes from.</summary>
    public StageState GlobalState { get; }

    /// <summary>The stages in file order.</summary>
    public IReadOnlyList<BuildStage> Stages { get; }

    /// <summary>The stage the build produces: the target stage when one is named (null when no stage has that name), otherwise the last stage.</summary>
    public BuildStage? TargetStage { get; }

    /// <summary>The build context's <c>.dockerignore</c>, when the engine found one beside the file.</summary>
    public DockerIgnore? DockerIgnore { get; }

    /// <summary>Expands variables with this file's escape character, as BuildKit does.</summary>
    public WordExpander Expander { get; }

    /// <summary>True for the names of BuildKit's automatic ARGs (<c>TARGETARCH</c>, <c>BUILDPLATFORM</c>, <c>TARGETSTAGE</c>...).</summary>
    public static bool IsAutomaticArg(string name)
    {
        if (name == TargetStageArg)
        {
            return true;
        }

        foreach (var (automatic, _) in PlatformArgs)
        {
            if (automatic == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The state <paramref name="instruction"/> sees, before it applies: for a FROM, the state its stage starts
    /// with; before the first FROM, the global scope. An ONBUILD's trigger has the state of its ONBUILD.
    /// </summary>
    /// <exception cref="ArgumentException">The instruction is not one of this file's.</exception>
    public StageState StateAt(Instruction instruction) =>
        _states.Find(instruction) ?? throw new ArgumentException("The instruction is not one of this file's.", nameof(instruction));

    /// <summary>The state after the last instruction of <paramref name="stage"/>: what the image it builds has, and what a stage built on it starts with.</summary>
    public StageState FinalState(BuildStage stage) => _finalStates[stage.Index];

    /// <summary>
    /// Builds the model; <paramref name="buildArguments"/> override ARG defaults like <c>--build-arg</c>;
    /// <paramref name="dockerIgnore"/> is the build context's ignore file, when there is one;
    /// <paramref name="targetStage"/> is the stage built (<c>--target</c>), null for the last.
    /// </summary>
    public static DockerfileModel Create(DockerfileSyntax syntax, IReadOnlyDictionary<string, string>? buildArguments = null, DockerIgnore? dockerIgnore = null, string? targetStage = null)
    {
        var expander = new WordExpander(syntax.EscapeCharacter);

        // A variable with no value at lint time stays as written when shown: it is set at build time, not empty.
        var keepUnset = new WordExpander(syntax.EscapeCharacter) { SkipUnsetEnv = true };
        var target = targetStage?.ToLowerInvariant();
        var automatic = new List<(string, string)>(PlatformArgs) { (TargetStageArg, target ?? "default") };
        var global = StageState.Global(expander, keepUnset, automatic);
        var states = new InstructionStates(syntax.Instructions);

        var globalArgs = new List<ArgInstruction>();
        var froms = new List<(FromInstruction From, List<Instruction> Body)>();
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction is FromInstruction from)
            {
                froms.Add((from, new List<Instruction>()));
            }
            else if (froms.Count > 0)
            {
                froms[froms.Count - 1].Body.Add(instruction);
            }
            else
            {
                Record(states, instruction, global);
                if (instruction is ArgInstruction arg)
                {
                    globalArgs.Add(arg);
                    global = global.Apply(arg, global, buildArguments);
                }
            }
        }

        var globalScope = global.ToScope();
        var stages = new List<BuildStage>(froms.Count);
        var finalStates = new StageState[froms.Count];
        foreach (var (from, body) in froms)
        {
            var stage = CreateStage(stages, from, body, globalScope, expander);
            stages.Add(stage);
            var state = StageState.Start(
                stage,
                stage.BaseStage is { } baseStage ? finalStates[baseStage.Index] : null,
                stage.IsBaseImageResolved && stage.BaseImage == "scratch",
                IsWindowsImage(stage) ? EffectiveShell.WindowsDefault : EffectiveShell.Default,
                expander,
                keepUnset);
            states.Record(from, state);
            foreach (var instruction in body)
            {
                Record(states, instruction, state);
                state = state.Apply(instruction, global, buildArguments);
            }

            finalStates[stage.Index] = state;
        }

        MarkReferencedStages(stages);
        var built = target is null
            ? (stages.Count > 0 ? stages[stages.Count - 1] : null)
            : stages.FindLast(stage => string.Equals(stage.Name, target, StringComparison.Ordinal));
        return new DockerfileModel(syntax, globalArgs, global, globalScope, stages, built, expander, dockerIgnore, states, finalStates);
    }

    private static void Record(InstructionStates states, Instruction instruction, StageState state)
    {
        states.Record(instruction, state);
        if (instruction is OnbuildInstruction { Trigger: { } trigger })
        {
            states.Record(trigger, state);
        }
    }

    // A stage starts with cmd as its shell when its image is a Windows one: a --platform=windows/... flag, or an
    // image named nanoserver, servercore or mcr.microsoft.com/windows...
    private static bool IsWindowsImage(BuildStage stage)
    {
        if (stage.From.Platform?.Value is { } platform && platform.StartsWith("windows", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var image = stage.BaseImage;
        return image.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("mcr.microsoft.com/windows", StringComparison.OrdinalIgnoreCase) >= 0;
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

    // The state each instruction of one file sees: by the instruction's index in the file, and for the few that
    // have none (an ONBUILD's trigger) in a dictionary.
    private sealed class InstructionStates
    {
        private readonly IReadOnlyList<Instruction> _instructions;
        private readonly StageState?[] _byIndex;
        private Dictionary<Instruction, StageState>? _triggers;

        public InstructionStates(IReadOnlyList<Instruction> instructions)
        {
            _instructions = instructions;
            _byIndex = new StageState?[instructions.Count];
        }

        public void Record(Instruction instruction, StageState state)
        {
            if (IsListed(instruction))
            {
                _byIndex[instruction.Index] = state;
            }
            else
            {
                (_triggers ??= new Dictionary<Instruction, StageState>())[instruction] = state;
            }
        }

        public StageState? Find(Instruction instruction) =>
            IsListed(instruction) ? _byIndex[instruction.Index]
            : _triggers is not null && _triggers.TryGetValue(instruction, out var state) ? state
            : null;

        // An instruction of another file can have the same index: only this file's own is looked up by it.
        private bool IsListed(Instruction instruction) =>
            instruction.Index >= 0 && instruction.Index < _instructions.Count && ReferenceEquals(_instructions[instruction.Index], instruction);
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
                chain.Add(stage);
            }

            // Collected from this stage up, and turned round once (inserting each at the front is quadratic).
            chain.Reverse();
            return chain;
        }
    }

    /// <summary>True when <paramref name="other"/> is this stage or one of the stages it is built on (<see cref="Chain"/>).</summary>
    /// <param name="other">The stage to look for.</param>
    public bool IsBuiltOn(BuildStage other)
    {
        for (var stage = this; stage is not null; stage = stage.BaseStage)
        {
            if (ReferenceEquals(stage, other))
            {
                return true;
            }
        }

        return false;
    }

    internal void MarkReferenced() => IsReferenced = true;
}
