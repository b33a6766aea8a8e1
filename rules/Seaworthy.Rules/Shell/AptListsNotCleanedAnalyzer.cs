using System.Collections.Generic;
using System.Linq;
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

        ShellFixes.Report(c, Rule, c.GetLocation(name.Span), ListsUnusedLater(c) ? ShellFixes.AppendToScript(c, "rm -rf /var/lib/apt/lists/*", "Remove the package lists at the end of the RUN") : null, c.Command.Name);
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
    // installs with apt without an update of its own (a lone 'RUN apt-get update' feeds the next RUN's install).
    private static bool ListsUnusedLater(ShellCommandContext c)
    {
        if (!c.Script.Commands.Any(command => command.Span.Start > c.Command.Span.Start && UsesLists(command)))
        {
            return false;
        }

        foreach (var script in c.Scripts.Scripts)
        {
            if (script.OuterInstruction.Span.Start <= c.Script.OuterInstruction.Span.Start)
            {
                continue;
            }

            var updated = false;
            foreach (var command in script.Commands)
            {
                if (command.Name is "apt-get" or "apt" or "aptitude"
                    && command.GetArguments(PackageManagerQueries.AptGetOptions) is { Operands: [{ Value: "update" }, ..] })
                {
                    updated = true;
                }
                else if (!updated && UsesLists(command))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool UsesLists(ShellCommand command) =>
        command.Name is "apt-get" or "apt" or "aptitude"
        && command.GetArguments(PackageManagerQueries.AptGetOptions) is { Operands: [{ Value: not ("update" or "clean" or "autoclean" or "dist-clean" or "purge" or "remove" or "autoremove") }, ..] };
}
