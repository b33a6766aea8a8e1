using System.Collections.Generic;
using Seaworthy.Dockerfile;

namespace Seaworthy.Shell;

/// <summary>
/// Every RUN script of a Dockerfile, parsed once, in file order: RUN in every stage and ONBUILD RUN. Each knows
/// the shell it runs with, followed per stage through SHELL instructions and inherited through
/// <c>FROM &lt;stage&gt;</c>.
/// </summary>
public sealed class DockerfileScripts
{
    private readonly Dictionary<RunInstruction, RunScript> _byInstruction;

    private DockerfileScripts(IReadOnlyList<RunScript> scripts)
    {
        Scripts = scripts;
        _byInstruction = new Dictionary<RunInstruction, RunScript>(scripts.Count);
        foreach (var script in scripts)
        {
            _byInstruction[script.Instruction] = script;
        }
    }

    /// <summary>The scripts in file order.</summary>
    public IReadOnlyList<RunScript> Scripts { get; }

    /// <summary>
    /// Parses every RUN of <paramref name="model"/>, with the shell of its <see cref="StageState"/>: the last SHELL
    /// of the stage chain, or the default, <c>/bin/sh -c</c>, or <c>cmd /S /C</c> when the base image is a Windows
    /// one. An ONBUILD RUN runs in a build FROM this image, which starts with the image's last SHELL. A RUN before
    /// the first FROM (an error for BuildKit) has no stage and the default shell.
    /// </summary>
    public static DockerfileScripts Create(DockerfileModel model)
    {
        var scripts = new List<RunScript>();
        foreach (var instruction in model.Syntax.Instructions)
        {
            if (instruction is RunInstruction run)
            {
                var state = model.StateAt(run);
                scripts.Add(RunScript.Create(run, null, state.Stage, state.Shell));
            }
            else if (instruction is OnbuildInstruction { Trigger: RunInstruction trigger } onbuild)
            {
                var stage = model.StateAt(onbuild).Stage;
                var shell = stage is null ? EffectiveShell.Default : model.FinalState(stage).Shell;
                scripts.Add(RunScript.Create(trigger, onbuild, stage, shell));
            }
        }

        return new DockerfileScripts(scripts);
    }

    /// <summary>The script of <paramref name="run"/> (for ONBUILD RUN, pass the trigger), or null when it is not one of this file's.</summary>
    public RunScript? Find(RunInstruction run) => _byInstruction.TryGetValue(run, out var script) ? script : null;
}
