using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2023: COPY or ADD with several sources has a destination that does not end in <c>/</c>.</summary>
public sealed class CopyDestinationNotDirectoryAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2023",
        "copy-destination-not-directory",
        "Several sources copied to a destination that is not a directory",
        "{0} has {1} sources, so its destination '{2}' must be a directory and end with '/'",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2023"),
        new[] { "hadolint:DL3021", "trivy:DS011" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // ONBUILD COPY and ONBUILD ADD fail the same way, in every build based on this image.
        var copy = (Instruction?)InstructionQueries.Unwrap<CopyInstruction>(c.Instruction) ?? InstructionQueries.Unwrap<AddInstruction>(c.Instruction);
        if (copy is null || InstructionQueries.Operands(copy) is not { Sources.Count: > 1 } operands || InstructionQueries.IsHistoryLayer(operands))
        {
            return;
        }

        var destination = operands.Destination;
        if (!IsDirectory(InstructionQueries.Unquote(destination.Value)))
        {
            c.Report(Rule, c.GetLocation(destination.Span), copy.Keyword.ToUpperInvariant(), operands.Sources.Count.ToString(CultureInfo.InvariantCulture), destination.Value);
        }
    });

    private static bool IsDirectory(string destination)
    {
        if (destination.Length == 0)
        {
            return true;
        }

        var last = destination[destination.Length - 1];

        // "." and ".." always name directories; "\" ends a Windows directory; a destination that ends in a
        // variable is only known at build time.
        return last is '/' or '\\' or '}'
            || destination is "." or ".."
            || destination.EndsWith("/.", StringComparison.Ordinal)
            || destination.EndsWith("/..", StringComparison.Ordinal)
            || EndsWithBareVariable(destination);
    }

    private static bool EndsWithBareVariable(string destination)
    {
        var dollar = destination.LastIndexOf('$');
        if (dollar < 0 || dollar == destination.Length - 1)
        {
            return false;
        }

        for (var i = dollar + 1; i < destination.Length; i++)
        {
            if (!(char.IsLetterOrDigit(destination[i]) || destination[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
