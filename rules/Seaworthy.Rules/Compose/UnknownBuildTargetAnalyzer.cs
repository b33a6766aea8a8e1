using System;
using System.Collections.Generic;
using System.IO;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3018: a service's <c>build.target</c> names no stage of the Dockerfile it builds.</summary>
public sealed class UnknownBuildTargetAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3018",
        "unknown-build-target",
        "build.target names no stage of the Dockerfile",
        "Service '{0}' builds target '{1}', but {2} has no stage of that name: {3}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3018"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        if (c.Service.Build?.Target is not { Value.Length: > 0 } target || c.Dockerfile is not { } dockerfile)
        {
            return;
        }

        // BuildKit compares stage names without case (it lowercases both).
        var names = new List<string>();
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction is FromInstruction { StageName: { } name })
            {
                if (string.Equals(name.Value, target.Value, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                names.Add(name.Value);
            }
        }

        var stages = names.Count == 0 ? "it names no stage (FROM ... AS name)" : "its stages are " + string.Join(", ", names);
        c.Report(Rule, target.Location, c.Service.Name, target.Value, Path.GetFileName(dockerfile.Text.Path), stages);
    });
}
