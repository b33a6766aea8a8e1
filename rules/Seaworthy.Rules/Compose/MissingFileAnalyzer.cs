using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Compose;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3012: a file the project names (an <c>env_file</c>, an <c>extends</c> or <c>include</c> file) does not exist.</summary>
public sealed class MissingFileAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3012",
        "missing-file",
        "A file the project names does not exist",
        "{0}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3012"),
        System.Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        foreach (var problem in c.Project.Problems)
        {
            if (problem.Kind == ComposeProblemKind.MissingFile)
            {
                c.Report(Rule, problem.Location, problem.Message);
            }
        }

        foreach (var service in c.Project.Services)
        {
            foreach (var envFile in service.EnvFiles)
            {
                // required: false makes a missing env file no error (docker compose skips it).
                if (envFile.Required && !envFile.Exists)
                {
                    c.Report(Rule, envFile.Path.Location, $"Service '{service.Name}' reads env_file '{envFile.Path.Value}', which does not exist");
                }
            }
        }
    });
}
