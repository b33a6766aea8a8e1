using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2089: RUN instructions of one command each, with the same flags, follow each other, each adding a layer.</summary>
public sealed class ConsecutiveRunAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2089",
        "consecutive-run",
        "Consecutive RUN instructions",
        "RUN follows another RUN with the same flags: join them with && to build one layer",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2089"),
        new[] { "hadolint:DL3059" });

    // A RUN of more than one command is already a chain (&&, ;, |): the author chose where to split, usually for
    // cache reuse, so only RUNs of a single command each are worth joining.
    private const int MaxCommands = 1;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        RunInstruction? previous = null;
        foreach (var instruction in c.Dockerfile.Syntax.Instructions)
        {
            var run = instruction as RunInstruction;
            if (run is not null && previous is not null && IsShort(c, previous) && IsShort(c, run) && SameFlags(previous, run))
            {
                c.Report(Rule, c.GetLocation(run.KeywordSpan));
            }

            previous = run;
        }
    });

    private static bool IsShort(DockerfileContext c, RunInstruction run) =>
        c.Scripts.Find(run) is { Script: not null } script && script.Commands.Count <= MaxCommands;

    private static bool SameFlags(RunInstruction first, RunInstruction second)
    {
        if (first.Flags.Count != second.Flags.Count)
        {
            return false;
        }

        for (var i = 0; i < first.Flags.Count; i++)
        {
            if (!string.Equals(first.Flags[i].Text, second.Flags[i].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
