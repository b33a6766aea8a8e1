using System;
using System.Collections.Generic;
using Seaworthy.Shell;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>Where a variable of a <see cref="StageState"/> comes from.</summary>
public enum StageVariableKind
{
    /// <summary>One of BuildKit's automatic ARGs (<c>TARGETARCH</c>, <c>TARGETSTAGE</c>...), in the global scope.</summary>
    Automatic,

    /// <summary>The <c>PATH</c> BuildKit gives a stage whose image sets none; the image may set another.</summary>
    ImageDefault,

    /// <summary>Declared by an ARG.</summary>
    Argument,

    /// <summary>Set by an ENV.</summary>
    Environment,
}

/// <summary>A variable a stage sees at one instruction: its value, whether that value is known before the build, and where it is written.</summary>
public sealed class StageVariable
{
    internal StageVariable(string name, StageVariableKind kind, string? value, string? displayValue, bool isKnown, Instruction? instruction, TextSpan? nameSpan, TextSpan? valueSpan, bool isBuildArgument, string? error = null)
    {
        Error = error;
        Name = name;
        Kind = kind;
        Value = value;
        DisplayValue = displayValue;
        IsKnown = isKnown;
        Instruction = instruction;
        NameSpan = nameSpan;
        ValueSpan = valueSpan;
        IsBuildArgument = isBuildArgument;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>What declared or set it.</summary>
    public StageVariableKind Kind { get; }

    /// <summary>
    /// The value as BuildKit expands it, with the variables the linter cannot know (those of the base image)
    /// taken as empty; null for an ARG declared without a value that no <c>--build-arg</c> gives.
    /// </summary>
    public string? Value { get; }

    /// <summary>
    /// The value with references to variables whose value is not known left as written (<c>$HOME/bin</c>), for
    /// showing to a person; null when none of it is known (an ARG without a value, the image's <c>PATH</c>).
    /// </summary>
    public string? DisplayValue { get; }

    /// <summary>
    /// True when <see cref="Value"/> is what the build sees: it comes from a <c>--build-arg</c>, or is written
    /// in the file using only variables that are known. False when it uses a variable of the base image, fails
    /// to expand, or is an ARG without a value (outside a chain from scratch, where unset means empty).
    /// </summary>
    public bool IsKnown { get; }

    /// <summary>The ARG or ENV that declared or set it; null for an automatic ARG or the image default.</summary>
    public Instruction? Instruction { get; }

    /// <summary>Where the name is written in <see cref="Instruction"/>, or null.</summary>
    public TextSpan? NameSpan { get; }

    /// <summary>Where the value is written (the ARG default or the ENV value, possibly of an earlier ARG); null when it comes from outside the file.</summary>
    public TextSpan? ValueSpan { get; }

    /// <summary>
    /// BuildKit's message when the written value fails to expand (<c>${A:?}</c> with A unset), which fails the
    /// build; <see cref="Value"/> is then the value as written. Null otherwise.
    /// </summary>
    public string? Error { get; }

    /// <summary>True when the value is a build argument (<c>--build-arg</c>, a Compose <c>args:</c> entry) rather than a default.</summary>
    public bool IsBuildArgument { get; }
}

/// <summary>A setting a stage has at one instruction (USER, WORKDIR): the instruction that made it and its expanded value.</summary>
/// <typeparam name="TInstruction">The kind of instruction.</typeparam>
/// <param name="Instruction">The last instruction of the kind in the stage chain.</param>
/// <param name="Value">
/// The value expanded with the stage's variables, unknown references left as written; for WORKDIR a relative
/// path is joined to the directory before it.
/// </param>
/// <param name="IsKnown">True when <paramref name="Value"/> uses no variable whose value is unknown (and, for WORKDIR, no directory of the base image).</param>
public sealed record StageSetting<TInstruction>(TInstruction Instruction, string Value, bool IsKnown)
    where TInstruction : Instruction;

/// <summary>
/// What a build stage has at one instruction, before the instruction applies: the ARG and ENV variables, the
/// SHELL, USER, WORKDIR and HEALTHCHECK in effect, each inherited through <c>FROM &lt;stage&gt;</c> and
/// with the build arguments and target stage of the analysis applied. <see cref="DockerfileModel"/> works it
/// out in one walk of the file; get it with <see cref="DockerfileModel.StateAt"/> or from a rule's context.
/// </summary>
/// <remarks>
/// A state is immutable and shared by consecutive instructions that change nothing; the states of a stage chain
/// are versions of one table of variables, so no instruction copies the variables it sees.
/// </remarks>
public sealed class StageState
{
    // BuildKit gives every stage a PATH when its image has none.
    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private readonly VariableMap _variables;
    private readonly WordExpander _expander;
    private readonly WordExpander _keepUnset;

    private StageState(BuildStage? stage, bool isComplete, VariableMap variables, EffectiveShell shell, StageSetting<UserInstruction>? user, StageSetting<WorkdirInstruction>? workdir, HealthcheckInstruction? healthcheck, WordExpander expander, WordExpander keepUnset)
    {
        Stage = stage;
        IsComplete = isComplete;
        _variables = variables;
        Shell = shell;
        User = user;
        Workdir = workdir;
        Healthcheck = healthcheck;
        _expander = expander;
        _keepUnset = keepUnset;
    }

    /// <summary>The stage, or null in the global scope (before the first FROM).</summary>
    public BuildStage? Stage { get; }

    /// <summary>
    /// True when the variables hold every variable there is: in the global scope, and in a chain that starts
    /// from <c>scratch</c>. Otherwise the base image may set variables the file does not show.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The shell a shell-form RUN runs with: the last SHELL of the chain, or the default of the image's platform.</summary>
    public EffectiveShell Shell { get; }

    /// <summary>The last USER of the chain, or null: then the base image's user applies.</summary>
    public StageSetting<UserInstruction>? User { get; }

    /// <summary>The last WORKDIR of the chain, or null: then the base image's working directory applies.</summary>
    public StageSetting<WorkdirInstruction>? Workdir { get; }

    /// <summary>The last HEALTHCHECK of the chain (possibly <c>HEALTHCHECK NONE</c>), or null.</summary>
    public HealthcheckInstruction? Healthcheck { get; }

    /// <summary>Every variable, each once, in no particular order: ARGs (with or without a value), ENVs, the image's PATH, and in the global scope the automatic ARGs.</summary>
    public IEnumerable<StageVariable> Variables => _variables.Values;

    /// <summary>The variable named <paramref name="name"/>, or null.</summary>
    public StageVariable? Find(string name) => _variables.Find(name);

    /// <summary>The value of <paramref name="name"/> as BuildKit expands it (see <see cref="StageVariable.Value"/>), or null when it is unset.</summary>
    public string? Lookup(string name) => _variables.Find(name)?.Value;

    /// <summary>True when an ARG or ENV of the chain declares <paramref name="name"/>.</summary>
    public bool IsDeclared(string name) => _variables.Find(name) is { Kind: StageVariableKind.Argument or StageVariableKind.Environment };

    /// <summary>Expands one word as BuildKit does here, unset variables empty (<see cref="WordExpander.ExpandWord(string, Func{string, string})"/>).</summary>
    public WordExpansion ExpandWord(string word) => _expander.ExpandWord(word, Lookup);

    /// <summary>Expands a text and splits it into words as BuildKit does here (<see cref="WordExpander.ExpandWords(string, Func{string, string})"/>).</summary>
    public WordExpansion ExpandWords(string text) => _expander.ExpandWords(text, Lookup);

    /// <summary>
    /// Expands one word with what is known, for showing: references to variables without a known value stay as
    /// written (<c>$U</c>), except in a chain from scratch, where an unset variable is empty. On an expansion
    /// error, the word as written.
    /// </summary>
    public string ExpandForDisplay(string word)
    {
        var expansion = (IsComplete ? _expander : _keepUnset).ExpandWord(word, DisplayLookup);
        return expansion.Error is null ? expansion.Value : word;
    }

    internal static StageState Global(WordExpander expander, WordExpander keepUnset, IReadOnlyList<(string Name, string Value)> automatic)
    {
        var variables = VariableMap.Empty();
        foreach (var (name, value) in automatic)
        {
            variables = variables.Set(new StageVariable(name, StageVariableKind.Automatic, value, value, true, null, null, null, false));
        }

        return new StageState(null, true, variables, EffectiveShell.Default, null, null, null, expander, keepUnset);
    }

    // The state a stage starts with: what its base stage ended with, or a fresh image's.
    internal static StageState Start(BuildStage stage, StageState? baseState, bool fromScratch, EffectiveShell shell, WordExpander expander, WordExpander keepUnset)
    {
        if (baseState is not null)
        {
            return new StageState(stage, baseState.IsComplete, baseState._variables, baseState.Shell, baseState.User, baseState.Workdir, baseState.Healthcheck, expander, keepUnset);
        }

        var path = new StageVariable("PATH", StageVariableKind.ImageDefault, DefaultPath, fromScratch ? DefaultPath : null, fromScratch, null, null, null, false);
        return new StageState(stage, fromScratch, VariableMap.Empty().Set(path), shell, null, null, null, expander, keepUnset);
    }

    // The state after `instruction`: this one when the instruction changes nothing.
    internal StageState Apply(Instruction instruction, StageState global, IReadOnlyDictionary<string, string>? buildArguments) => instruction switch
    {
        ArgInstruction arg => With(DeclareArgs(arg, global, buildArguments)),
        EnvInstruction env => With(SetEnv(env)),
        ShellInstruction shell when EffectiveShell.FromInstruction(shell) is { } declared =>
            new StageState(Stage, IsComplete, _variables, declared, User, Workdir, Healthcheck, _expander, _keepUnset),
        UserInstruction { User: { } written } user =>
            new StageState(Stage, IsComplete, _variables, Shell, Setting(user, written.Value, null), Workdir, Healthcheck, _expander, _keepUnset),
        WorkdirInstruction { Arguments: [var path, ..] } workdir =>
            new StageState(Stage, IsComplete, _variables, Shell, User, Setting(workdir, path.Value, Workdir), Healthcheck, _expander, _keepUnset),
        HealthcheckInstruction healthcheck =>
            new StageState(Stage, IsComplete, _variables, Shell, User, Workdir, healthcheck, _expander, _keepUnset),
        _ => this,
    };

    // The global scope as a VariableScope, for FROM lines.
    internal VariableScope ToScope()
    {
        var scope = new VariableScope();
        foreach (var variable in _variables.Values)
        {
            scope.Set(variable.Name, variable.Value, variable.ValueSpan);
        }

        return scope;
    }

    private string? DisplayLookup(string name) => _variables.Find(name)?.DisplayValue;

    private StageState With(VariableMap variables) =>
        new(Stage, IsComplete, variables, Shell, User, Workdir, Healthcheck, _expander, _keepUnset);

    // An ARG's declarations one after another, each seeing the ones before it: a build argument wins, then the
    // default, then (in a stage) the global value of the same name; otherwise the name keeps the value it has.
    private VariableMap DeclareArgs(ArgInstruction arg, StageState global, IReadOnlyDictionary<string, string>? buildArguments)
    {
        var variables = _variables;
        var inGlobalScope = Stage is null;
        foreach (var declaration in arg.Declarations)
        {
            var name = declaration.Name;
            StageVariable variable;
            if (buildArguments is not null && buildArguments.TryGetValue(name, out var given))
            {
                variable = new StageVariable(name, StageVariableKind.Argument, given, given, true, arg, declaration.NameSpan, null, true);
            }
            else if (declaration.DefaultValue is { } defaultValue)
            {
                var (value, display, known, error) = Expand(defaultValue, variables);
                variable = new StageVariable(name, StageVariableKind.Argument, value, display, known, arg, declaration.NameSpan, declaration.DefaultValueSpan, false, error);
            }
            else if (!inGlobalScope && global.Find(name) is { Value: not null } fromGlobal)
            {
                variable = new StageVariable(name, StageVariableKind.Argument, fromGlobal.Value, fromGlobal.DisplayValue, fromGlobal.IsKnown, arg, declaration.NameSpan, fromGlobal.ValueSpan, fromGlobal.IsBuildArgument, fromGlobal.Error);
            }
            else if (variables.Find(name) is { } existing)
            {
                variable = new StageVariable(name, StageVariableKind.Argument, existing.Value, existing.DisplayValue, existing.IsKnown, arg, declaration.NameSpan, existing.ValueSpan, existing.IsBuildArgument, existing.Error);
            }
            else
            {
                variable = new StageVariable(name, StageVariableKind.Argument, null, null, IsComplete, arg, declaration.NameSpan, null, false);
            }

            variables = variables.Set(variable);
        }

        return variables;
    }

    // Every pair of one ENV sees the variables as they were before the instruction.
    private VariableMap SetEnv(EnvInstruction env)
    {
        var variables = _variables;
        foreach (var pair in env.Pairs)
        {
            var (value, display, known, error) = Expand(pair.Value, _variables);
            variables = variables.Set(new StageVariable(pair.Key, StageVariableKind.Environment, value, display, known, env, pair.KeySpan, pair.ValueSpan, false, error));
        }

        return variables;
    }

    // A value written in the file, expanded with `variables`: a value that fails to expand stays as written.
    private (string Value, string Display, bool IsKnown, string? Error) Expand(string written, VariableMap variables)
    {
        var expansion = _expander.ExpandWord(written, name => variables.Find(name)?.Value);
        if (expansion.Error is not null)
        {
            return (written, written, false, expansion.Error);
        }

        if (IsKnownExpansion(expansion, variables))
        {
            return (expansion.Value, expansion.Value, true, null);
        }

        var display = (IsComplete ? _expander : _keepUnset).ExpandWord(written, name => variables.Find(name)?.DisplayValue);
        return (expansion.Value, display.Error is null ? display.Value : written, false, null);
    }

    private bool IsKnownExpansion(WordExpansion expansion, VariableMap variables)
    {
        if (expansion.Unmatched.Count > 0 && !IsComplete)
        {
            return false;
        }

        foreach (var name in expansion.Matched)
        {
            if (variables.Find(name) is { IsKnown: false })
            {
                return false;
            }
        }

        return true;
    }

    private StageSetting<TInstruction> Setting<TInstruction>(TInstruction instruction, string written, StageSetting<WorkdirInstruction>? before)
        where TInstruction : Instruction
    {
        var expansion = _expander.ExpandWord(written, Lookup);
        var known = expansion.Error is null && IsKnownExpansion(expansion, _variables);
        var value = known ? expansion.Value : ExpandForDisplay(written);
        if (instruction is WorkdirInstruction && !IsAbsolute(value))
        {
            // A relative WORKDIR is joined to the directory before it; the first one to the image's, "/" in scratch.
            var directory = before?.Value ?? (IsComplete ? "/" : string.Empty);
            known &= before?.IsKnown ?? IsComplete;
            value = directory.Length == 0 ? value : directory.TrimEnd('/') + "/" + value;
        }

        return new StageSetting<TInstruction>(instruction, value, known);
    }

    // Windows paths (C:\app, \app) are absolute too: the platform is not known before the build.
    private static bool IsAbsolute(string path) =>
        path.Length > 0 && (path[0] is '/' or '\\'
            || (path.Length > 2 && char.IsLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/'));
}
