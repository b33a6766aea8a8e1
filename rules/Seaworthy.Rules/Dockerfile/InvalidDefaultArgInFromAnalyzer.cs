using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2013: with only the ARG defaults, a FROM that uses variables is empty or not a valid image reference.</summary>
public sealed class InvalidDefaultArgInFromAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2013",
        "invalid-default-arg-in-from",
        "FROM is invalid with the ARG defaults",
        "With only the ARG defaults, FROM {0} gives {1}, so the build fails without --build-arg",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2013"),
        new[] { "buildkit:InvalidDefaultArgInFrom" });

    // The grammar of github.com/distribution/reference: [host[:port]/]path[:tag][@digest], path components
    // lower-case; the host may have upper case (BuildKit then reads the first component as a registry).
    private static readonly Regex Reference = new(
        @"^(?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?/)?"
        + @"(?<path>[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)"
        + @"(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
        + @"(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$",
        RegexOptions.CultureInvariant);

    // A 64-character hexadecimal name is an image id, which a reference may not be. Names (host and path) are at most 255 characters.
    private static readonly Regex ImageId = new("^[a-f0-9]{64}$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var model = c.Dockerfile;
        // A global ARG whose value fails to expand fails the build before any FROM.
        var defaults = model.GlobalState;
        if (defaults.Variables.Any(variable => variable.Error is not null))
        {
            return;
        }

        foreach (var stage in model.Stages)
        {
            if (stage.From.Image is not { } image)
            {
                continue;
            }

            var expansion = defaults.ExpandWord(image.Value);
            if (expansion.Error is null && expansion.Matched.Count + expansion.Unmatched.Count > 0 && !IsValidReference(expansion.Value))
            {
                var result = expansion.Value.Length == 0 ? "an empty image name" : $"'{expansion.Value}', which is not a valid image reference";
                c.Report(Rule, c.GetLocation(image.Span), image.Value, result);
            }
        }
    });

    /// <summary>True when <paramref name="reference"/> is an image reference Docker accepts.</summary>
    internal static bool IsValidReference(string reference)
    {
        var match = Reference.Match(reference);
        return match.Success && match.Groups["path"].Index + match.Groups["path"].Length <= 255 && !ImageId.IsMatch(reference);
    }
}
