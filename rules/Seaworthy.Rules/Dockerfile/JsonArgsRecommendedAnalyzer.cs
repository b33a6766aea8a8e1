using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2008: CMD or ENTRYPOINT in shell form while no SHELL instruction chose the shell.</summary>
public sealed class JsonArgsRecommendedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2008",
        "json-args-recommended",
        "CMD or ENTRYPOINT in shell form",
        "{0} in shell form runs under '/bin/sh -c', which does not pass signals such as SIGTERM on to the process; use JSON arguments",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2008"),
        new[] { "buildkit:JSONArgsRecommended", "hadolint:DL3025" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        foreach (var stage in c.Dockerfile.Stages)
        {
            // A SHELL anywhere earlier in the chain says the shell form is meant.
            var shellChosen = false;
            foreach (var link in stage.Chain)
            {
                foreach (var instruction in link.Instructions)
                {
                    if (instruction is ShellInstruction)
                    {
                        shellChosen = true;
                    }
                    else if (link == stage && !shellChosen && instruction is CmdInstruction or EntrypointInstruction
                        && !instruction.IsJsonForm && instruction.Arguments.Count > 0)
                    {
                        c.Report(Rule, c.GetLocation(instruction.ArgumentsSpan), instruction.Keyword.ToUpperInvariant());
                    }
                }
            }
        }
    });
}
