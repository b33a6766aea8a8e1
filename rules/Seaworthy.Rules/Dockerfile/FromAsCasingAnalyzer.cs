using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2005: the <c>AS</c> of a FROM is not cased like the FROM keyword.</summary>
public sealed class FromAsCasingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2005",
        "from-as-casing",
        "AS is not cased like FROM",
        "'{0}' and '{1}' keywords' casing do not match",
        RuleCategory.Style,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2005"),
        new[] { "buildkit:FromAsCasing" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<FromInstruction>(c =>
    {
        var from = c.Instruction;
        if (from.StageName is null)
        {
            return;
        }

        // A mixed-case keyword (From) is SW2006's finding; then there is no casing for AS to follow.
        var keyword = from.Keyword;
        var @as = from.Arguments[1];
        string expected;
        if (string.Equals(keyword, keyword.ToLowerInvariant(), StringComparison.Ordinal))
        {
            expected = @as.Value.ToLowerInvariant();
        }
        else if (string.Equals(keyword, keyword.ToUpperInvariant(), StringComparison.Ordinal))
        {
            expected = @as.Value.ToUpperInvariant();
        }
        else
        {
            return;
        }

        if (!string.Equals(expected, @as.Value, StringComparison.Ordinal))
        {
            c.Report(Rule, c.GetLocation(@as.Span), Fix.Safe("Case AS like FROM", new TextEdit(@as.Span, expected)), @as.Value, keyword);
        }
    });
}
