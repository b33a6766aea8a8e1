using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2010: ENV or LABEL in the legacy <c>key value</c> form.</summary>
public sealed class LegacyKeyValueFormatAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2010",
        "legacy-key-value-format",
        "ENV or LABEL in the legacy 'key value' form",
        "\"{0} {1}=value\" should be used instead of the legacy \"{0} {1} value\" form, which takes the rest of the line as one value",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2010"),
        new[] { "buildkit:LegacyKeyValueFormat" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<KeyValueInstruction>(c =>
    {
        foreach (var pair in c.Instruction.Pairs)
        {
            if (pair.IsLegacyForm)
            {
                c.Report(Rule, c.GetLocation(pair.KeySpan), c.Instruction.Keyword.ToUpperInvariant(), pair.Key);
            }
        }
    });
}
