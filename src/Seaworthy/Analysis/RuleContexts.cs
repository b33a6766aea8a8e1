using System;
using System.Collections.Generic;
using System.Threading;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Host;
using Seaworthy.Shell;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Analysis;

/// <summary>What every callback gets: a way to report, and the run's cancellation.</summary>
public abstract class RuleContext
{
    private readonly DiagnosticSink _sink;

    private protected RuleContext(DiagnosticSink sink) => _sink = sink;

    private protected DiagnosticSink Sink => _sink;

    /// <summary>Settings from the configuration that applies to the file (trusted registries, label schema).</summary>
    public RuleSettings Settings => _sink.Settings;

    /// <summary>Signalled when the run is cancelled.</summary>
    public CancellationToken CancellationToken => _sink.CancellationToken;

    /// <summary>
    /// The value of <paramref name="option"/>, one of <paramref name="rule"/>'s <see cref="RuleDescriptor.Options"/>, in the
    /// configuration that applies to the file: what <c>.seaworthy.yaml</c> sets, else the option's default.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rule is not the analyzer's, or does not declare the option.</exception>
    public T GetOption<T>(RuleDescriptor rule, RuleOption<T> option)
        where T : class => _sink.GetOption(rule, option);

    /// <summary>Reports <paramref name="rule"/> at <paramref name="location"/>, formatting its message with <paramref name="arguments"/>.</summary>
    public void Report(RuleDescriptor rule, Location location, params object?[] arguments) => _sink.Report(rule, location, arguments);

    /// <summary>
    /// Reports <paramref name="rule"/> at <paramref name="location"/> with a <paramref name="fix"/> on the text of the
    /// location's file; the rule's <see cref="RuleDescriptor.FixSafety"/> must allow the fix's safety.
    /// </summary>
    public void Report(RuleDescriptor rule, Location location, Fix fix, params object?[] arguments) => _sink.Report(rule, location, fix, arguments);

    /// <summary>Marks text that holds a secret value: every report that shows source text masks it.</summary>
    public void Redact(Location location) => _sink.Redact(location);
}

/// <summary>The context of a whole-Dockerfile callback.</summary>
public sealed class DockerfileContext : RuleContext
{
    private readonly Func<DockerfileScripts> _scripts;

    internal DockerfileContext(DiagnosticSink sink, DockerfileModel dockerfile, Func<DockerfileScripts> scripts)
        : base(sink)
    {
        Dockerfile = dockerfile;
        _scripts = scripts;
    }

    /// <summary>The file's stages, global ARGs and syntax.</summary>
    public DockerfileModel Dockerfile { get; }

    /// <summary>The file's RUN scripts, parsed on first use and shared with every other callback on the file.</summary>
    public DockerfileScripts Scripts => _scripts();

    /// <summary>The location of a span of this file.</summary>
    public Location GetLocation(TextSpan span) => Dockerfile.Syntax.Text.GetLocation(span);
}

/// <summary>The context of a callback on one instruction.</summary>
public sealed class InstructionContext<TInstruction> : RuleContext
    where TInstruction : Instruction
{
    internal InstructionContext(DiagnosticSink sink, DockerfileModel dockerfile, BuildStage? stage, TInstruction instruction)
        : base(sink)
    {
        Dockerfile = dockerfile;
        Stage = stage;
        Instruction = instruction;
    }

    /// <summary>The file the instruction is in.</summary>
    public DockerfileModel Dockerfile { get; }

    /// <summary>The stage the instruction belongs to, or null for a global ARG (or anything else) before the first FROM.</summary>
    public BuildStage? Stage { get; }

    /// <summary>The instruction.</summary>
    public TInstruction Instruction { get; }

    /// <summary>
    /// What the stage has when the instruction runs, before it applies: ARG and ENV values (with
    /// <c>--build-arg</c> applied), SHELL, USER, WORKDIR and HEALTHCHECK, inherited through <c>FROM &lt;stage&gt;</c>.
    /// Before the first FROM, the global scope.
    /// </summary>
    public StageState State => Dockerfile.StateAt(Instruction);

    /// <summary>The location of a span of this file.</summary>
    public Location GetLocation(TextSpan span) => Dockerfile.Syntax.Text.GetLocation(span);
}

/// <summary>The context of a callback on one simple command of a RUN script.</summary>
public sealed class ShellCommandContext : RuleContext
{
    internal ShellCommandContext(DiagnosticSink sink, DockerfileModel dockerfile, DockerfileScripts scripts, RunScript script, ShellCommand command)
        : base(sink)
    {
        Dockerfile = dockerfile;
        Scripts = scripts;
        Script = script;
        Command = command;
    }

    /// <summary>The file the RUN is in.</summary>
    public DockerfileModel Dockerfile { get; }

    /// <summary>Every RUN script of the file (to look at other RUNs of the stage, for example).</summary>
    public DockerfileScripts Scripts { get; }

    /// <summary>The RUN's script: the shell it runs with, its form, every command in it.</summary>
    public RunScript Script { get; }

    /// <summary>The command: its name after wrappers, arguments, options, and where it runs (subshell, pipeline, pipefail).</summary>
    public ShellCommand Command { get; }

    /// <summary>The RUN (for ONBUILD RUN, the trigger).</summary>
    public RunInstruction Instruction => Script.Instruction;

    /// <summary>True for a command of an ONBUILD RUN, which runs in builds based on this image.</summary>
    public bool IsOnbuild => Script.IsOnbuild;

    /// <summary>The stage the RUN is in.</summary>
    public BuildStage? Stage => Script.Stage;

    /// <summary>The shell the RUN runs with (from SHELL, per stage).</summary>
    public EffectiveShell Shell => Script.Shell;

    /// <summary>
    /// What the stage has when the RUN runs (for ONBUILD RUN, at the ONBUILD): ARG and ENV values, USER, WORKDIR
    /// and the rest of the <see cref="StageState"/>.
    /// </summary>
    public StageState State => Dockerfile.StateAt(Script.OuterInstruction);

    /// <summary>The location of a span of this file (spans of shell nodes are file spans).</summary>
    public Location GetLocation(TextSpan span) => Dockerfile.Syntax.Text.GetLocation(span);
}

/// <summary>The context of a callback on one container.</summary>
public sealed class ContainerContext : RuleContext
{
    internal ContainerContext(DiagnosticSink sink, ContainerSpec container)
        : base(sink)
    {
        Container = container;
        Audit = sink.IsHostAudit ? new AuditOutcomes(sink) : null;
    }

    /// <summary>The container, with the location of each setting.</summary>
    public ContainerSpec Container { get; }

    /// <summary>
    /// In a host audit (the engine's containers), the outcomes a check states besides findings; null on every other
    /// surface, where a check that does not apply simply reports nothing.
    /// </summary>
    public AuditOutcomes? Audit { get; }
}
