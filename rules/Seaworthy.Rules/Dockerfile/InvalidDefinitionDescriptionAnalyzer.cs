using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2018: the comment above a named stage or an ARG does not start with its name, as a description should.</summary>
public sealed class InvalidDefinitionDescriptionAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2018",
        "invalid-definition-description",
        "Comment above a stage or ARG is not a description",
        "The comment above this {0} should start with its name to describe it: '# {1} <description>'",
        RuleCategory.Style,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2018"),
        new[] { "buildkit:InvalidDefinitionDescription" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterInstruction<FromInstruction>(c =>
        {
            if (c.Instruction.StageName is { } name && !Describes(c.Instruction, name.Value.ToLowerInvariant()))
            {
                c.Report(Rule, c.GetLocation(name.Span), "FROM", name.Value.ToLowerInvariant());
            }
        });
        context.RegisterInstruction<ArgInstruction>(c =>
        {
            var declarations = c.Instruction.Declarations;
            if (declarations.Count == 0)
            {
                return;
            }

            var names = new string[declarations.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = declarations[i].Name;
            }

            if (!Describes(c.Instruction, names))
            {
                c.Report(Rule, c.GetLocation(declarations[0].NameSpan), "ARG", names.Length == 1 ? names[0] : "<arg_key>");
            }
        });
    }

    // True when there is no comment above, or the last one starts with one of the names. Pragmas for
    // tools are not descriptions and are passed over.
    private static bool Describes(Instruction instruction, params string[] names)
    {
        for (var i = instruction.Comments.Count - 1; i >= 0; i--)
        {
            var comment = instruction.Comments[i];
            if (IsPragma(comment))
            {
                continue;
            }

            var firstWord = comment.Split(' ')[0];
            return Array.IndexOf(names, firstWord) >= 0;
        }

        return true;
    }

    private static bool IsPragma(string comment)
    {
        if (comment.StartsWith("hadolint ", StringComparison.Ordinal) || comment.StartsWith("seaworthy ", StringComparison.Ordinal))
        {
            return true;
        }

        var equals = comment.IndexOf('=');
        return equals > 0 && string.Equals(comment.Substring(0, equals).Trim(), "check", StringComparison.OrdinalIgnoreCase);
    }
}
