using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2011: a FROM uses a variable that no global ARG declares.</summary>
public sealed class UndefinedArgInFromAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2011",
        "undefined-arg-in-from",
        "FROM uses an undeclared variable",
        "FROM argument '{0}' is not declared{1}: FROM sees only ARGs declared before the first FROM and the automatic platform ARGs",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2011"),
        new[] { "buildkit:UndefinedArgInFrom" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var model = c.Dockerfile;
        var scope = model.GlobalState;
        var declared = new HashSet<string>(scope.Variables.Select(variable => variable.Name), StringComparer.Ordinal);
        foreach (var stage in model.Stages)
        {
            var from = stage.From;
            if (from.Image is { } image)
            {
                Check(from, image.Value, image.Span, 0);
            }

            if (from.Platform is { Value: { } platform } flag)
            {
                Check(from, flag.Text, flag.Span, flag.Text.Length - platform.Length);
            }
        }

        // `valueStart` is where the expanded value starts in `written` (after "--platform=").
        void Check(FromInstruction from, string written, TextSpan span, int valueStart)
        {
            var value = written.Substring(valueStart);
            var expansion = scope.ExpandWord(value);
            var references = model.Expander.FindReferences(value);
            foreach (var name in expansion.Unmatched)
            {
                if (declared.Contains(name))
                {
                    continue;
                }

                var location = span;
                foreach (var reference in references)
                {
                    if (reference.Name == name)
                    {
                        location = StageQueries.Locate(from, span, written, valueStart + reference.Start, reference.Length);
                        break;
                    }
                }

                var suggestion = StageQueries.Suggest(name, declared);
                c.Report(Rule, c.GetLocation(location), name, suggestion is null ? string.Empty : $" (did you mean {suggestion}?)");
            }
        }
    });
}
