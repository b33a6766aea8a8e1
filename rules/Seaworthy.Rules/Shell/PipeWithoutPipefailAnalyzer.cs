using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2082: a RUN pipes commands while pipefail is off, so a failure before the last command is lost.</summary>
public sealed class PipeWithoutPipefailAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2082",
        "pipe-without-pipefail",
        "Pipe in RUN without pipefail",
        "Pipeline without pipefail: only '{0}' decides whether the RUN fails; set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2082"),
        new[] { "hadolint:DL4006" });

    // The shells that have a pipefail option. sh is dash on Debian and Ubuntu, which has none (the build fails
    // there) and busybox ash on Alpine, which has it: '/bin/sh -o pipefail' only works by luck of the base image.
    private static readonly HashSet<string> ShellsWithPipefail = new(StringComparer.Ordinal) { "bash", "zsh", "ash", "ksh", "mksh" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    // pipefail given to the interpreter of the RUN (SHELL ["/bin/sh", "-o", "pipefail", "-c"], or a heredoc's
    // "#!/bin/sh -o pipefail") by a shell that may not have it.
    private static bool IsPipefailFromShellWithoutIt(ShellCommandContext c) =>
        c.Script.Script is { } script && ReferenceEquals(c.Command.Script, script)
        && (script.InitialOptions & ShellOptions.Pipefail) != 0
        && !(c.Script.Interpreter is { } interpreter && ShellsWithPipefail.Contains(interpreter));

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.IsPipefailEnabled && !IsPipefailFromShellWithoutIt(c))
        {
            return;
        }

        // Each pipeline is reported once, from the first simple command in it, at its first '|'.
        for (var node = c.Command.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ShellPipeline pipeline when pipeline.Commands.Count > 1:
                    if (!ReferenceEquals(pipeline.FirstCommand, c.Command))
                    {
                        return;
                    }

                    var last = pipeline.Commands[pipeline.Commands.Count - 1];
                    c.Report(Rule, c.GetLocation(pipeline.Operators[0].Span), last is ShellCommand { Name: { } name } ? name : "the last command");
                    break;
                case ShellScript or ShellCommandSubstitution or ShellProcessSubstitution or ShellFunction or ShellHereDocument:
                    return;
            }
        }
    });
}
