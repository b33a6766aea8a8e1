using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

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
        new[] { "buildkit:LegacyKeyValueFormat" })
    {
        FixSafety = FixSafety.Safe,
    };

    private static readonly char[] Blanks = { ' ', '\t' };

    private static readonly char[] Escapes = { '"', '\'', '\\', '`', '\r', '\n' };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<KeyValueInstruction>(c =>
    {
        foreach (var pair in c.Instruction.Pairs)
        {
            if (pair.IsLegacyForm)
            {
                var location = c.GetLocation(pair.KeySpan);
                var arguments = new object[] { c.Instruction.Keyword.ToUpperInvariant(), pair.Key };
                if (FixOf(c.Dockerfile.Syntax.Text, pair) is { } fix)
                {
                    c.Report(Rule, location, fix, arguments);
                }
                else
                {
                    c.Report(Rule, location, arguments);
                }
            }
        }
    });

    // The legacy form takes the rest of the line as one value, quotes and escapes processed as in key=value. A value
    // without blanks, or that is one quoted word, needs only '=' for the blanks before it; one with blanks is put in
    // double quotes, which keep blanks and $ as they were, unless it holds a quote or a backslash (an escape, a
    // continuation line), whose meaning the quotes would change. That value is rewritten in one edit with the
    // separator, so that the engine refuses the fix when the value is a secret.
    private static Fix? FixOf(SourceText text, KeyValueSyntax pair)
    {
        if (pair.Value.Length == 0 || pair.ValueSpan.Start <= pair.KeySpan.End || pair.ValueSpan.End > text.Text.Length
            || pair.Value[0] == '=' || !string.Equals(text.ToString(pair.ValueSpan), pair.Value, StringComparison.Ordinal))
        {
            return null;
        }

        var separator = TextSpan.FromBounds(pair.KeySpan.End, pair.ValueSpan.Start);
        if (text.ToString(separator).Trim(' ', '\t').Length > 0)
        {
            return null;
        }

        if (pair.Value.IndexOfAny(Blanks) < 0 || IsOneQuotedWord(pair.Value))
        {
            return Fix.Safe("Write key=value", new TextEdit(separator, "="));
        }

        return pair.Value.IndexOfAny(Escapes) >= 0
            ? null
            : Fix.Safe("Write key=\"value\"", new TextEdit(TextSpan.FromBounds(pair.KeySpan.End, pair.ValueSpan.End), "=\"" + pair.Value + "\""));
    }

    // "a b" or 'a b': one word already, with no quote or escape inside that could end it early.
    private static bool IsOneQuotedWord(string value)
    {
        var quote = value[0];
        if (value.Length < 2 || quote is not ('"' or '\'') || value[value.Length - 1] != quote)
        {
            return false;
        }

        var inside = value.Substring(1, value.Length - 2);
        return inside.IndexOf(quote) < 0 && inside.IndexOf('\\') < 0 && inside.IndexOf('\n') < 0;
    }
}
