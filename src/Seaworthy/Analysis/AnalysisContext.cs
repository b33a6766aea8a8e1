using System;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;

namespace Seaworthy.Analysis;

/// <summary>Where an analyzer registers the callbacks it wants, one kind per unit of syntax or model.</summary>
public sealed class AnalysisContext
{
    private readonly Analyzer _analyzer;
    private readonly Action<Registration> _register;

    internal AnalysisContext(Analyzer analyzer, Action<Registration> register)
    {
        _analyzer = analyzer;
        _register = register;
    }

    /// <summary>Called once per Dockerfile, with its stages and the graph between them.</summary>
    public void RegisterDockerfile(Action<DockerfileContext> action) =>
        _register(new DockerfileRegistration(_analyzer, action));

    /// <summary>Called for each instruction of kind <typeparamref name="TInstruction"/>, with its stage.</summary>
    public void RegisterInstruction<TInstruction>(Action<InstructionContext<TInstruction>> action)
        where TInstruction : Instruction =>
        _register(new InstructionRegistration(
            _analyzer,
            typeof(TInstruction),
            call => action(new InstructionContext<TInstruction>(call.Sink, call.Dockerfile, call.Stage, (TInstruction)call.Instruction))));

    /// <summary>
    /// Called for each simple command of every RUN script, in file order: RUN in every stage and ONBUILD RUN
    /// (<see cref="ShellCommandContext.IsOnbuild"/> tells them apart), commands in subshells, substitutions,
    /// functions and scripts fed to a shell included. Scripts whose shell is not a POSIX shell (PowerShell, cmd,
    /// a heredoc with another interpreter's shebang) are skipped; an exec-form RUN is one command. Each RUN is
    /// parsed once per file, and only when some analyzer registers here or asks for
    /// <see cref="DockerfileContext.Scripts"/>.
    /// </summary>
    public void RegisterShellCommand(Action<ShellCommandContext> action) =>
        _register(new ShellCommandRegistration(_analyzer, action));

    /// <summary>Called for every container from any surface (a Dockerfile stage, a Compose service, a Kubernetes container).</summary>
    public void RegisterContainer(Action<ContainerContext> action) =>
        _register(new ContainerRegistration(_analyzer, action));

    /// <summary>Called once per Compose project (a Compose file with its override, extends and include files merged).</summary>
    public void RegisterComposeProject(Action<ComposeProjectContext> action) =>
        _register(new ComposeProjectRegistration(_analyzer, action));

    /// <summary>Called for each service of a Compose project, with the project and the service's container.</summary>
    public void RegisterComposeService(Action<ComposeServiceContext> action) =>
        _register(new ComposeServiceRegistration(_analyzer, action));

    /// <summary>
    /// Called for each Kubernetes object (List items one by one), with its pod template and containers when it has
    /// them, and every object of the run across files. Every manifest is read before the first call.
    /// </summary>
    public void RegisterKubernetesObject(Action<KubernetesObjectContext> action) =>
        _register(new KubernetesObjectRegistration(_analyzer, action));

    /// <summary>
    /// Called once per host audit, with the <see cref="Seaworthy.Host.HostSnapshot"/> of a Docker Engine. The
    /// callback reports failures on objects (<see cref="HostContext.Report(RuleDescriptor, Seaworthy.Host.HostTarget, object?[])"/>)
    /// or says the check does not apply, cannot be decided, or is only informative; a rule that runs and says
    /// nothing passes. The engine's containers go to <see cref="RegisterContainer"/> callbacks as well.
    /// </summary>
    public void RegisterHost(Action<HostContext> action) =>
        _register(new HostRegistration(_analyzer, action));
}

internal abstract record Registration(Analyzer Analyzer);

internal sealed record DockerfileRegistration(Analyzer Analyzer, Action<DockerfileContext> Action) : Registration(Analyzer);

internal sealed record InstructionRegistration(Analyzer Analyzer, Type InstructionType, Action<(DiagnosticSink Sink, DockerfileModel Dockerfile, BuildStage? Stage, Instruction Instruction)> Invoke)
    : Registration(Analyzer);

internal sealed record ShellCommandRegistration(Analyzer Analyzer, Action<ShellCommandContext> Action) : Registration(Analyzer);

internal sealed record ContainerRegistration(Analyzer Analyzer, Action<ContainerContext> Action) : Registration(Analyzer);

internal sealed record ComposeProjectRegistration(Analyzer Analyzer, Action<ComposeProjectContext> Action) : Registration(Analyzer);

internal sealed record ComposeServiceRegistration(Analyzer Analyzer, Action<ComposeServiceContext> Action) : Registration(Analyzer);

internal sealed record KubernetesObjectRegistration(Analyzer Analyzer, Action<KubernetesObjectContext> Action) : Registration(Analyzer);

internal sealed record HostRegistration(Analyzer Analyzer, Action<HostContext> Action) : Registration(Analyzer);
