using System;
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
    /// Parses every RUN of <paramref name="model"/>. A stage starts with the shell its base stage ended with, or
    /// with the default: <c>/bin/sh -c</c>, or <c>cmd /S /C</c> when the base image is a Windows one (a
    /// <c>--platform=windows/...</c> flag, or an image named <c>nanoserver</c>, <c>servercore</c> or
    /// <c>mcr.microsoft.com/windows...</c>). A RUN before the first FROM (an error for BuildKit) has no stage and
    /// the default shell.
    /// </summary>
    public static DockerfileScripts Create(DockerfileModel model)
    {
        var scripts = new List<RunScript>();
        foreach (var instruction in model.Syntax.Instructions)
        {
            if (instruction is FromInstruction)
            {
                break;
            }

            Add(scripts, instruction, null, EffectiveShell.Default, EffectiveShell.Default);
        }

        var finalShells = new Dictionary<BuildStage, EffectiveShell>();
        foreach (var stage in model.Stages)
        {
            var shell = stage.BaseStage is { } baseStage && finalShells.TryGetValue(baseStage, out var inherited)
                ? inherited
                : IsWindowsImage(stage) ? EffectiveShell.WindowsDefault : EffectiveShell.Default;

            // ONBUILD triggers run in a build FROM this image, which starts with the image's last SHELL.
            var finalShell = shell;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is ShellInstruction declaration && EffectiveShell.FromInstruction(declaration) is { } declared)
                {
                    finalShell = declared;
                }
            }

            finalShells[stage] = finalShell;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is ShellInstruction declaration && EffectiveShell.FromInstruction(declaration) is { } declared)
                {
                    shell = declared;
                }

                Add(scripts, instruction, stage, shell, finalShell);
            }
        }

        return new DockerfileScripts(scripts);
    }

    private static void Add(List<RunScript> scripts, Instruction instruction, BuildStage? stage, EffectiveShell shell, EffectiveShell finalShell)
    {
        if (instruction is RunInstruction run)
        {
            scripts.Add(RunScript.Create(run, null, stage, shell));
        }
        else if (instruction is OnbuildInstruction { Trigger: RunInstruction trigger } onbuild)
        {
            scripts.Add(RunScript.Create(trigger, onbuild, stage, finalShell));
        }
    }

    /// <summary>The script of <paramref name="run"/> (for ONBUILD RUN, pass the trigger), or null when it is not one of this file's.</summary>
    public RunScript? Find(RunInstruction run) => _byInstruction.TryGetValue(run, out var script) ? script : null;

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
}
