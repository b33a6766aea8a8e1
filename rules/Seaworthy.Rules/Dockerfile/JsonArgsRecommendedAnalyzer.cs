using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2008: CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form while no SHELL instruction chose the shell.</summary>
public sealed class JsonArgsRecommendedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2008",
        "json-args-recommended",
        "CMD, ENTRYPOINT or HEALTHCHECK CMD in shell form",
        "{0} in shell form runs under '/bin/sh -c', {1}; use JSON arguments",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2008"),
        new[] { "buildkit:JSONArgsRecommended", "hadolint:DL3025" })
    {
        FixSafety = FixSafety.Safe,
    };

    private const string NoSignals = "which does not pass signals such as SIGTERM on to the process";

    // What the shell would read as more than words; '=' only matters in the first word, an assignment.
    private static readonly char[] Blanks = { ' ', '\t' };

    private static readonly char[] ShellSyntax = { '$', '\'', '"', '\\', '`', ';', '&', '|', '<', '>', '(', ')', '{', '}', '[', ']', '*', '?', '~', '#', '!', '\r', '\n' };

    private const string ShellPerCheck = "so every check starts a shell, and fails in an image without one";

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        // A fragment without FROM, which hadolint lints too, is one stage of all its instructions.
        if (c.Dockerfile.Stages.Count == 0)
        {
            Check(c, new[] { (c.Dockerfile.Syntax.Instructions, true) });
        }

        foreach (var stage in c.Dockerfile.Stages)
        {
            Check(c, stage.Chain.Select(link => (link.Instructions, link == stage)));
        }
    });

    // The links of a stage chain, base first; only the instructions of the stage itself are reported.
    private static void Check(DockerfileContext c, IEnumerable<(IReadOnlyList<Instruction> Instructions, bool IsStage)> chain)
    {
        // A SHELL anywhere earlier in the chain says the shell form is meant.
        var shellChosen = false;
        foreach (var (instructions, isStage) in chain)
        {
            foreach (var instruction in instructions)
            {
                if (instruction is ShellInstruction)
                {
                    shellChosen = true;
                }
                else if (isStage && !shellChosen && !instruction.IsJsonForm)
                {
                    Report(c, instruction);
                }
            }
        }
    }

    private static void Report(DockerfileContext c, Instruction instruction)
    {
        if (instruction is CmdInstruction or EntrypointInstruction && instruction.Arguments.Count > 0)
        {
            // An ENTRYPOINT in JSON form takes CMD's words as arguments (the base image's CMD too), which the shell
            // form ignores: only CMD keeps its meaning.
            var fix = instruction is CmdInstruction ? ToJsonForm(c, instruction.ArgumentsSpan) : null;
            FixReport.Report(c, Rule, c.GetLocation(instruction.ArgumentsSpan), fix, instruction.Keyword.ToUpperInvariant(), NoSignals);
        }
        else if (instruction is HealthcheckInstruction { IsNone: false, Arguments.Count: > 1 } healthcheck
            && string.Equals(healthcheck.Arguments[0].Value, "CMD", StringComparison.OrdinalIgnoreCase))
        {
            // hadolint's DL3025 reports the shell form of HEALTHCHECK CMD too.
            var command = TextSpan.FromBounds(healthcheck.Arguments[1].Span.Start, healthcheck.Arguments[healthcheck.Arguments.Count - 1].Span.End);
            FixReport.Report(c, Rule, c.GetLocation(command), ToJsonForm(c, command), "HEALTHCHECK CMD", ShellPerCheck);
        }
    }

    // The same command as JSON arguments when the shell would only split it into words: no variable, quote, escape,
    // glob, operator, redirection, comment or leading assignment, on one line.
    private static Fix? ToJsonForm(DockerfileContext c, TextSpan span)
    {
        var text = c.Dockerfile.Syntax.Text.ToString(span);
        if (text.Length == 0 || text.IndexOfAny(ShellSyntax) >= 0 || text.Any(ch => ch < ' ' && ch != '\t'))
        {
            return null;
        }

        var words = text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        if (words[0].IndexOf('=') >= 0)
        {
            return null;
        }

        // No quote, backslash or control character is left, so each word is a JSON string as it is.
        var json = "[" + string.Join(", ", words.Select(word => "\"" + word + "\"")) + "]";
        return Fix.Safe("Write the command as JSON arguments", new TextEdit(span, json));
    }
}
