using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2075: yarn install leaves its package cache in the image layer.</summary>
public sealed class YarnCacheNotCleanedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2075",
        "yarn-cache-not-cleaned",
        "yarn install keeps its cache in the image",
        "yarn install leaves its cache in the layer: run 'yarn cache clean' after it in the same RUN, or mount a cache on yarn's cache folder",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2075"),
        new[] { "hadolint:DL3060" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "yarn" || c.Command.NameWord is not { } name)
        {
            return;
        }

        // 'yarn' alone installs, as 'yarn install' does.
        var operands = c.Command.GetArguments().Operands;
        ShellNode? install = operands.Count == 0 ? name : operands[0].Value == "install" ? operands[0] : null;
        if (install is null
            || (!c.IsOnbuild && !PackageManagerQueries.EndsUpInTheImage(c.Dockerfile, c.Stage))
            || CleansCacheAfter(c.Script.Commands, c.Command)
            || LanguagePackageQueries.HasCacheMount(c.Instruction, target => target.IndexOf("yarn", StringComparison.Ordinal) >= 0))
        {
            return;
        }

        c.Report(Rule, c.GetLocation(install.Span));
    });

    private static bool CleansCacheAfter(IReadOnlyList<ShellCommand> commands, ShellCommand install)
    {
        foreach (var command in commands)
        {
            if (command.Span.Start > install.Span.Start && command.Name == "yarn"
                && command.GetArguments().Operands is { Count: >= 2 } operands && operands[0].Value == "cache" && operands[1].Value == "clean")
            {
                return true;
            }
        }

        return false;
    }
}
