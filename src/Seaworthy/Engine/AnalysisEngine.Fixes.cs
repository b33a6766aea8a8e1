using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Seaworthy.Analysis;
using Seaworthy.Text;

namespace Seaworthy.Engine;

/// <summary>What fixing one file's text gave: the new text, the fixes applied per rule, those refused, and the findings that remain.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="OriginalText">The text before (without a byte-order mark).</param>
/// <param name="Text">The text after every round.</param>
/// <param name="FixedByRule">How many fixes each rule's findings had applied, by rule id.</param>
/// <param name="Remaining">The analysis of <paramref name="Text"/>.</param>
/// <param name="Refused">The fixes the last round refused, each with why: their findings remain in <paramref name="Remaining"/>.</param>
public sealed record FixResult(string Path, string OriginalText, string Text, IReadOnlyDictionary<string, int> FixedByRule, AnalysisResult Remaining, IReadOnlyList<RefusedFix> Refused)
{
    /// <summary>Whether the text changed.</summary>
    public bool Changed => !string.Equals(OriginalText, Text, StringComparison.Ordinal);

    /// <summary>How many fixes were applied in all.</summary>
    public int Fixed => FixedByRule.Values.Sum();
}

/// <summary>A fix that was not applied because its result failed the check (DESIGN §3), and why.</summary>
/// <param name="Diagnostic">The finding that offered it, placed in the text it was tried on.</param>
/// <param name="Fix">The fix.</param>
/// <param name="Reason">Why it was refused (<c>its finding would remain</c>).</param>
public sealed record RefusedFix(Diagnostic Diagnostic, Fix Fix, string Reason);

/// <content>Fixing: applying the findings' fixes to a text, each checked by analyzing the result, until nothing fixable remains.</content>
public sealed partial class AnalysisEngine
{
    /// <summary>The most rounds of fix and analyze again <see cref="FixText"/> makes.</summary>
    public const int MaxFixRounds = 10;

    // Above this many fixes in a round they are checked together before one by one.
    private const int MaxFixesCheckedOneByOne = 32;

    // Findings that say the file did not parse or an analyzer failed on it: a fix must never add one.
    private static readonly string[] BrokenFileRules = { ToolRules.SyntaxError.Id, ToolRules.AnalyzerFailed.Id, ToolRules.UnreadableFile.Id, ToolRules.SkippedFile.Id };

    /// <summary>
    /// Fixes the text of one file: analyzes it as <see cref="AnalyzeText"/> does and takes, per round, the first fix of
    /// each finding whose safety is at most <paramref name="safety"/> (a fix that overlaps an earlier one waits for the
    /// next round; fixes never touch text that holds a secret). Each fix is checked on its own (DESIGN §3): the text
    /// with it is analyzed again, and it is kept only when the file parses as cleanly as before, its finding is gone
    /// and no finding of any rule appears; else it is refused, with the reason in <see cref="FixResult.Refused"/>.
    /// Rounds go on while one keeps a fix, at most <see cref="MaxFixRounds"/>.
    /// </summary>
    /// <exception cref="Seaworthy.Configuration.ConfigurationException">A configuration file cannot be read or is invalid.</exception>
    public FixResult FixText(string path, string text, FixSafety safety = FixSafety.Safe, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        var original = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        var current = original;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var refused = new List<RefusedFix>();
        var result = AnalyzeText(path, current, options, cancellationToken);
        for (var round = 0; round < MaxFixRounds; round++)
        {
            var candidates = result.Diagnostics
                .Where(d => d.Location.Path == path && d.Fixes.Count > 0)
                .Select(d => (Diagnostic: d, Fix: d.Fixes.FirstOrDefault(fix => fix.Safety <= safety)))
                .Where(candidate => candidate.Fix is not null)
                .OrderBy(candidate => candidate.Diagnostic.Id, StringComparer.Ordinal)
                .ToList();
            var redactions = result.Files.FirstOrDefault(file => file.Path == path)?.Redactions;
            var (chosen, secret) = FixApplier.Choose(current, candidates, candidate => candidate.Fix!, redactions);
            refused.Clear();
            refused.AddRange(secret.Select(candidate => new RefusedFix(candidate.Diagnostic, candidate.Fix!, "the text it edits holds a secret")));

            // Many fixes (a generated file of thousands of ENV lines) are checked together first, as an analysis per fix
            // would be quadratic; when the whole fails, the first few are checked one by one and the rest wait.
            if (chosen.Count > MaxFixesCheckedOneByOne)
            {
                var batch = new FixTrial(path, current, result, chosen.Select(candidate => candidate.Diagnostic).ToArray(), safety, options, cancellationToken);
                if (batch.Run(this, chosen.SelectMany(candidate => candidate.Fix!.Edits).ToArray()) is null)
                {
                    Count(batch);
                    current = batch.Text;
                    result = batch.Result;
                    continue;
                }

                chosen = chosen.Take(MaxFixesCheckedOneByOne).ToArray();
            }

            // Checked one by one, each on the text with the fixes kept so far: per fix rather than per round, so that
            // one bad fix does not cost a round's good ones and the reason names the fix. From the last to the first,
            // so that a kept fix never moves the text of those before it; an analysis per fix is cheap on files this size.
            var kept = 0;
            for (var i = chosen.Count - 1; i >= 0; i--)
            {
                // The finding as the text now has it: a fix kept after it in the file may have moved its end.
                var (diagnostic, fix) = chosen[i];
                if (result.Diagnostics.FirstOrDefault(d => d.Id == diagnostic.Id && d.Location.Span.Start == diagnostic.Location.Span.Start
                    && d.Fixes.Any(f => f.Safety <= safety && f.Title == fix!.Title)) is { } now)
                {
                    (diagnostic, fix) = (now, now.Fixes.First(f => f.Safety <= safety));
                }

                var trial = new FixTrial(path, current, result, new[] { diagnostic }, safety, options, cancellationToken);
                if (trial.Run(this, fix!.Edits) is { } reason)
                {
                    refused.Add(new RefusedFix(diagnostic, fix!, reason));
                    continue;
                }

                Count(trial);
                current = trial.Text;
                result = trial.Result;
                kept++;
            }

            if (kept == 0)
            {
                break;
            }
        }

        void Count(FixTrial trial)
        {
            foreach (var id in trial.AppliedRules)
            {
                counts[id] = (counts.TryGetValue(id, out var count) ? count : 0) + 1;
            }
        }

        refused.Sort((a, b) => a.Diagnostic.Location.Span.Start.CompareTo(b.Diagnostic.Location.Span.Start));
        return new FixResult(path, original, current, counts, result, refused.ToArray());
    }

    // One fix on trial: applied to the text, the result analyzed and compared with the analysis before. A finding is
    // the same before and after when its rule and its span, mapped back through the edits, are the same, or failing
    // that its rule and message. New findings that all offer a fix (FROM's casing fixed makes AS's casing a finding)
    // have those fixes applied too, and the whole is checked again, at most MaxFollowUps times: the fix is kept with
    // its follow-ups or refused with them.
    private sealed class FixTrial(string path, string textBefore, AnalysisResult before, IReadOnlyList<Diagnostic> owns, FixSafety safety, AnalysisOptions? options, CancellationToken cancellationToken)
    {
        private const int MaxFollowUps = 5;

        private readonly List<FixApplier.EditMap> _steps = new();

        private readonly AnalysisResult _before = before;

        public string Text { get; private set; } = textBefore;

        public AnalysisResult Result { get; private set; } = before;

        public List<string> AppliedRules { get; } = new();

        public string? Run(AnalysisEngine engine, IReadOnlyList<TextEdit> edits)
        {
            AppliedRules.AddRange(owns.Select(own => own.Id));
            for (var step = 0; ; step++)
            {
                _steps.Add(new FixApplier.EditMap(edits, Text));
                Text = FixApplier.ApplyEdits(Text, edits);
                Result = engine.AnalyzeText(path, Text, options, cancellationToken);
                if (BrokenCount(Result) > BrokenCount(_before))
                {
                    var broken = Result.Diagnostics.First(d => BrokenFileRules.Contains(d.Id) && _before.Diagnostics.Count(b => b.Id == d.Id) < Result.Diagnostics.Count(a => a.Id == d.Id));
                    return $"the file would no longer parse cleanly ({broken.Id} at line {broken.Location.Line})";
                }

                var (remains, appeared) = Compare();
                if (remains)
                {
                    return "its finding would remain";
                }

                if (appeared.Count == 0)
                {
                    return null;
                }

                var followUps = appeared.Select(d => (Diagnostic: d, Fix: d.Fixes.FirstOrDefault(f => f.Safety <= safety))).ToList();
                var first = appeared[0];
                if (step == MaxFollowUps || followUps.Any(f => f.Fix is null))
                {
                    return $"it would make a new finding, {first.Id} [{first.Rule.Name}] at line {first.Location.Line}";
                }

                var redactions = Result.Files.FirstOrDefault(file => file.Path == path)?.Redactions;
                // Follow-ups that overlap (two keys inserted after the same sibling) go one step after the other:
                // what is left over appears again in the next step.
                var (chosen, _) = FixApplier.Choose(Text, followUps, f => f.Fix!, redactions);
                if (chosen.Count == 0)
                {
                    return $"it would make a new finding, {first.Id} [{first.Rule.Name}] at line {first.Location.Line}";
                }

                edits = chosen.SelectMany(f => f.Fix!.Edits).ToArray();
                AppliedRules.AddRange(chosen.Select(f => f.Diagnostic.Id));
            }
        }

        // Indexed by span and by message, so that a file of thousands of findings is compared in linear time.
        private (bool Remains, List<Diagnostic> Appeared) Compare()
        {
            var old = _before.Diagnostics.Where(d => d.Location.Path == path).ToList();
            var used = new bool[old.Count];
            var bySpan = new Dictionary<(string, int, int), Queue<int>>();
            var byMessage = new Dictionary<(string, string), Queue<int>>();
            for (var i = 0; i < old.Count; i++)
            {
                Add(bySpan, (old[i].Id, old[i].Location.Span.Start, old[i].Location.Span.End), i);
                Add(byMessage, (old[i].Id, old[i].Message), i);
            }

            var ownKeys = new HashSet<(string, int, int)>(owns.Select(own => (own.Id, own.Location.Span.Start, own.Location.Span.End)));
            var appeared = new List<Diagnostic>();
            var unmatched = new List<Diagnostic>();
            foreach (var d in Result.Diagnostics.Where(d => d.Location.Path == path))
            {
                var key = (d.Id, MapBack(d.Location.Span.Start, isEnd: false), MapBack(d.Location.Span.End, isEnd: true));
                if (ownKeys.Contains(key))
                {
                    return (true, appeared);
                }

                if (Take(bySpan, key, used) < 0)
                {
                    unmatched.Add(d);
                }
            }

            foreach (var d in unmatched)
            {
                var index = Take(byMessage, (d.Id, d.Message), used);
                if (index < 0)
                {
                    appeared.Add(d);
                }
                else if (ownKeys.Contains((old[index].Id, old[index].Location.Span.Start, old[index].Location.Span.End)))
                {
                    // A finding that moved rather than went: the fixed one remains.
                    return (true, appeared);
                }
            }

            return (false, appeared);
        }

        private static void Add<TKey>(Dictionary<TKey, Queue<int>> index, TKey key, int value)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var queue))
            {
                index[key] = queue = new Queue<int>();
            }

            queue.Enqueue(value);
        }

        // The first finding under the key not matched yet, now matched; -1 when none is left.
        private static int Take<TKey>(Dictionary<TKey, Queue<int>> index, TKey key, bool[] used)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var queue))
            {
                return -1;
            }

            while (queue.Count > 0)
            {
                var value = queue.Dequeue();
                if (!used[value])
                {
                    used[value] = true;
                    return value;
                }
            }

            return -1;
        }

        private int MapBack(int position, bool isEnd)
        {
            for (var i = _steps.Count - 1; i >= 0; i--)
            {
                position = _steps[i].MapBack(position, isEnd);
            }

            return position;
        }
    }

    private static int BrokenCount(AnalysisResult result) => result.Diagnostics.Count(d => BrokenFileRules.Contains(d.Id));
}
