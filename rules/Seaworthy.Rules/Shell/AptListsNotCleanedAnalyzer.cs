using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2053: <c>apt-get update</c> leaves the package lists in the image layer.</summary>
public sealed class AptListsNotCleanedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2053",
        "apt-lists-not-cleaned",
        "apt package lists left in the image",
        "{0} update leaves the package lists in the image: end the same RUN with 'rm -rf /var/lib/apt/lists/*'",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2053"),
        new[] { "hadolint:DL3009" })
    {
        FixSafety = FixSafety.Safe,
    };

    // Whether each script removes the lists, decided once per script rather than once per apt command in it
    // (a RUN of thousands of apt-get commands stays linear).
    private static readonly LastKeyMemo<IReadOnlyList<ShellCommand>, bool> RemovedLists = new(RemovesLists);

    private static readonly LastKeyMemo<IReadOnlyList<ShellCommand>, int> LastListUse = new(LastListUseIn);

    private static readonly LastKeyMemo<DockerfileScripts, int> LastUnupdatedUse = new(LastUnupdatedUseIn);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name is not ("apt-get" or "apt" or "aptitude")
            || c.Command.NameWord is not { } name
            || c.Command.GetArguments(PackageManagerQueries.AptGetOptions) is not { Operands: [{ Value: "update" }, ..] }
            || (!c.IsOnbuild && !PackageManagerQueries.EndsUpInTheImage(c.Dockerfile, c.Stage))
            || PackageManagerQueries.HasCacheMount(c.Instruction, "/var/lib/apt/lists")
            || (PackageManagerQueries.HasCacheMount(c.Instruction, "/var/lib/apt") && PackageManagerQueries.HasCacheMount(c.Instruction, "/var/cache/apt"))
            || RemovedLists.Get(c.Script.Commands))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ListsUnusedLater(c) ? ShellFixes.AppendToScript(c, "rm -rf /var/lib/apt/lists/*", "Remove the package lists at the end of the RUN") : null, c.Command.Name);
    });

    private static bool RemovesLists(IReadOnlyList<ShellCommand> commands)
    {
        foreach (var command in commands)
        {
            // apt 2.7.8's dist-clean removes the package lists along with the package cache (docker-library's
            // Debian and Ubuntu images end their RUNs with it).
            if (command.Name is "apt-get" or "apt"
                && command.GetArguments(PackageManagerQueries.AptGetOptions) is { Operands: [{ Value: "dist-clean" }, ..] })
            {
                return true;
            }

            if (command.Name != "rm")
            {
                continue;
            }

            foreach (var operand in command.GetArguments().Operands)
            {
                if (operand.Value is { } path && path.TrimEnd('/') is "/var/lib/apt/lists/*" or "/var/lib/apt/lists" or "/var/lib/apt/lists/*.*" or "/var/lib/apt")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The fix removes the lists at the end of the RUN: only when that RUN installs after its update, and no later RUN
    // installs with apt without an update of its own (a lone 'RUN apt-get update' feeds the next RUN's install). Both
    // are found once per script and per file, so that a RUN of thousands of updates stays linear.
    private static bool ListsUnusedLater(ShellCommandContext c) =>
        LastListUse.Get(c.Script.Commands) > c.Command.Span.Start
        && LastUnupdatedUse.Get(c.Scripts) <= c.Script.OuterInstruction.Span.Start;

    private static int LastListUseIn(IReadOnlyList<ShellCommand> commands)
    {
        var last = -1;
        foreach (var command in commands)
        {
            if (UsesLists(command))
            {
                last = command.Span.Start;
            }
        }

        return last;
    }

    // The start of the last RUN that uses the lists before any update of its own, or -1.
    private static int LastUnupdatedUseIn(DockerfileScripts scripts)
    {
        var last = -1;
        foreach (var script in scripts.Scripts)
        {
            foreach (var command in script.Commands)
            {
                if (IsUpdate(command))
                {
                    break;
                }

                if (UsesLists(command))
                {
                    last = Math.Max(last, script.OuterInstruction.Span.Start);
                    break;
                }
            }
        }

        return last;
    }

    private static bool IsUpdate(ShellCommand command) =>
        command.Name is "apt-get" or "apt" or "aptitude"
        && command.GetArguments(PackageManagerQueries.AptGetOptions) is { Operands: [{ Value: "update" }, ..] };

    private static bool UsesLists(ShellCommand command) =>
        command.Name is "apt-get" or "apt" or "aptitude"
        && command.GetArguments(PackageManagerQueries.AptGetOptions) is { Operands: [{ Value: not ("update" or "clean" or "autoclean" or "dist-clean" or "purge" or "remove" or "autoremove") }, ..] };
}
