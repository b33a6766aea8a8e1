using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2032: an inline suppression comment (<c># seaworthy ignore=</c> or <c># hadolint ignore=</c>) is used.</summary>
public sealed class InlineSuppressionUsedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2032",
        "inline-suppression-used",
        "Inline suppression comment",
        "Inline suppression '# {0}': findings are hidden in the file instead of being fixed or configured in .seaworthy.yaml",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2032"),
        new[] { "hadolint:DL1001" });

    // "seaworthy ignore=...", "seaworthy global ignore=...", and hadolint's forms, "stage ignore=" included.
    private static readonly Regex Pragma = new(@"^(seaworthy|hadolint)\s+((global|stage)\s+)?ignore\s*=", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        foreach (var comment in c.Dockerfile.Syntax.Comments)
        {
            if (Pragma.IsMatch(comment.Content))
            {
                c.Report(Rule, c.GetLocation(comment.Span), comment.Content);
            }
        }
    });
}
