using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Seaworthy.Analysis;

namespace Seaworthy.Engine;

/// <summary>What fixing one file's text gave: the new text, the fixes applied per rule, and the findings that remain.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="OriginalText">The text before (without a byte-order mark).</param>
/// <param name="Text">The text after every round.</param>
/// <param name="FixedByRule">How many fixes each rule's findings had applied, by rule id.</param>
/// <param name="Remaining">The analysis of <paramref name="Text"/>.</param>
public sealed record FixResult(string Path, string OriginalText, string Text, IReadOnlyDictionary<string, int> FixedByRule, AnalysisResult Remaining)
{
    /// <summary>Whether the text changed.</summary>
    public bool Changed => !string.Equals(OriginalText, Text, StringComparison.Ordinal);

    /// <summary>How many fixes were applied in all.</summary>
    public int Fixed => FixedByRule.Values.Sum();
}

/// <content>Fixing: applying the findings' fixes to a text and analyzing again until nothing fixable remains.</content>
public sealed partial class AnalysisEngine
{
    /// <summary>The most rounds of fix and analyze again <see cref="FixText"/> makes.</summary>
    public const int MaxFixRounds = 10;

    // A round that makes the file fail to parse, or an analyzer fail, is thrown away: a fix must never break a file.
    private static readonly string[] BrokenFileRules = { ToolRules.SyntaxError.Id, ToolRules.AnalyzerFailed.Id, ToolRules.UnreadableFile.Id, ToolRules.SkippedFile.Id };

    /// <summary>
    /// Fixes the text of one file: analyzes it as <see cref="AnalyzeText"/> does, applies the first fix of each finding
    /// in the file whose safety is at most <paramref name="safety"/> (overlapping fixes after the first wait for the next
    /// round; fixes never touch text that holds a secret), and analyzes again, for at most <see cref="MaxFixRounds"/>
    /// rounds or until no fix applies. A round after which the file parses worse than before is undone and ends the work.
    /// </summary>
    /// <exception cref="Seaworthy.Configuration.ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public FixResult FixText(string path, string text, FixSafety safety = FixSafety.Safe, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var original = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        var current = original;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var result = AnalyzeText(path, current, options, cancellationToken);
        for (var round = 0; round < MaxFixRounds; round++)
        {
            var candidates = result.Diagnostics
                .Where(d => d.Location.Path == path && d.Fixes.Count > 0)
                .Select(d => (Diagnostic: d, Fix: d.Fixes.FirstOrDefault(fix => fix.Safety <= safety)))
                .Where(candidate => candidate.Fix is not null)
                .OrderBy(candidate => candidate.Diagnostic.Id, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 0)
            {
                break;
            }

            var redactions = result.Files.FirstOrDefault(file => file.Path == path)?.Redactions;
            var (next, applied) = FixApplier.Apply(current, candidates, candidate => candidate.Fix!, redactions);
            if (applied.Count == 0 || string.Equals(next, current, StringComparison.Ordinal))
            {
                break;
            }

            var after = AnalyzeText(path, next, options, cancellationToken);
            if (BrokenCount(after) > BrokenCount(result))
            {
                break;
            }

            foreach (var (diagnostic, _) in applied)
            {
                counts[diagnostic.Id] = (counts.TryGetValue(diagnostic.Id, out var count) ? count : 0) + 1;
            }

            current = next;
            result = after;
        }

        return new FixResult(path, original, current, counts, result);
    }

    private static int BrokenCount(AnalysisResult result) => result.Diagnostics.Count(d => BrokenFileRules.Contains(d.Id));
}
