using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2020: COPY or ADD of a local file that .dockerignore keeps out of the build context.</summary>
public sealed class CopyIgnoredFileAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2020",
        "copy-ignored-file",
        "COPY or ADD of a file excluded by .dockerignore",
        "{0} of '{1}', which .dockerignore excludes from the build context",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2020"),
        new[] { "buildkit:CopyIgnoredFile" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        var ignore = c.Dockerfile.DockerIgnore;
        var instruction = c.Instruction;
        if (ignore is null || ignore.HasExceptions || instruction.Kind is not (InstructionKind.Copy or InstructionKind.Add)
            || instruction.GetFlag("from") is not null || instruction.Arguments.Count < 2)
        {
            return;
        }

        for (var i = 0; i < instruction.Arguments.Count - 1; i++)
        {
            var source = instruction.Arguments[i];
            if (IsLocalPath(source.Value) && !source.Value.StartsWith("<<", StringComparison.Ordinal) && ignore.Excludes(source.Value))
            {
                c.Report(Rule, c.GetLocation(source.Span), instruction.Kind == InstructionKind.Add ? "ADD" : "COPY", source.Value);
            }
        }
    });

    private static readonly char[] PatternCharacters = { '$', '*', '?', '[' };

    // URLs, git sources, variables and wildcards are not single files of the context.
    private static bool IsLocalPath(string source) =>
        source.IndexOf("://", StringComparison.Ordinal) < 0
        && !source.StartsWith("git@", StringComparison.Ordinal)
        && source.IndexOfAny(PatternCharacters) < 0;
}
