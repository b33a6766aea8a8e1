using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seaworthy.Analysis;
using Seaworthy.Cli.Output;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Cli.Commands;

/// <summary>
/// <c>seaworthy lint --fix</c> and <c>--diff</c>: fixes each file with fixable findings through
/// <see cref="AnalysisEngine.FixText"/>, then writes it (atomically, with its byte-order mark, line endings and
/// permissions) or prints a unified diff that <c>patch -p1</c> applies.
/// </summary>
internal static class LintFixes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<FixOutcome> RunAsync(AnalysisEngine engine, AnalysisResult result, FixSafety safety, bool diffOnly, string root, AnalysisOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var outcome = new FixOutcome();
        var scope = FileScope.OfFolder(root);
        var paths = result.Diagnostics
            .Where(d => d.Fixes.Any(fix => fix.Safety <= safety))
            .Select(d => d.Location.Path)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (WritableTarget(path, scope, out var reason) is not { } target)
            {
                await error.WriteLineAsync($"seaworthy: {path} not fixed: {reason}").ConfigureAwait(false);
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(target, cancellationToken).ConfigureAwait(false);
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            }
            catch (DecoderFallbackException)
            {
                await error.WriteLineAsync($"seaworthy: {path} not fixed: it is not UTF-8 text").ConfigureAwait(false);
                continue;
            }

            var fixedFile = engine.FixText(path, text, safety, options, cancellationToken);
            foreach (var refused in fixedFile.Refused)
            {
                await error.WriteLineAsync($"seaworthy: {refused.Diagnostic.Location}: {refused.Diagnostic.Id} fix \"{refused.Fix.Title}\" not applied: {refused.Reason}").ConfigureAwait(false);
                outcome.Refused++;
            }

            if (!fixedFile.Changed)
            {
                continue;
            }

            if (diffOnly)
            {
                var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path)).Replace('\\', '/');
                var diff = UnifiedDiff.Create("a/" + name, "b/" + name, fixedFile.OriginalText, fixedFile.Text);
                if (ShowsSecret(diff, result, fixedFile))
                {
                    await error.WriteLineAsync($"seaworthy: the diff of {path} is not shown: its lines hold a secret").ConfigureAwait(false);
                }
                else
                {
                    await output.WriteAsync(diff).ConfigureAwait(false);
                }
            }
            else if (Write(target, fixedFile.Text, hasBom) is { } notWritten)
            {
                await error.WriteLineAsync($"seaworthy: {path} not fixed: {notWritten}").ConfigureAwait(false);
                continue;
            }

            outcome.Files++;
            foreach (var (rule, count) in fixedFile.FixedByRule)
            {
                outcome.ByRule[rule] = outcome.ByRule.GetValueOrDefault(rule) + count;
            }
        }

        return outcome;
    }

    // The file to write: the path itself, or what its links lead to, by the rule files are read by (FileScope): a link
    // out of the tree, or into a .git folder, is never written through.
    private static string? WritableTarget(string path, FileScope scope, out string reason)
    {
        if (scope.Check(Path.GetFullPath(path), out var target) is { } refused)
        {
            reason = refused;
            return null;
        }

        if (!File.Exists(target))
        {
            reason = "it is a link that leads nowhere";
            return null;
        }

        reason = string.Empty;
        return target;
    }

    // Moved into place as a report is (ReportFile.ReplaceFile), flushed to the disk first: a fix must not leave half a file.
    private static string? Write(string target, string text, bool hasBom)
    {
        try
        {
            return ReportFile.ReplaceFile(target, stream =>
            {
                if (hasBom)
                {
                    stream.Write(new byte[] { 0xEF, 0xBB, 0xBF });
                }

                stream.Write(StrictUtf8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }
    }

    // A diff shows whole lines: it is withheld when one of them holds a value a rule marked secret, before or after,
    // or one the secret catalogue knows.
    private static bool ShowsSecret(string diff, AnalysisResult before, FixResult after)
    {
        var file = before.Files.FirstOrDefault(f => f.Path == after.Path);
        if (file is not null && !string.Equals(file.Masker.MaskText(diff), diff, StringComparison.Ordinal))
        {
            return true;
        }

        var secrets = (file?.Redactions ?? Array.Empty<Seaworthy.Text.TextSpan>()).Select(span => Slice(after.OriginalText, span))
            .Concat(after.Remaining.Files.Where(f => f.Path == after.Path).SelectMany(f => f.Redactions).Select(span => Slice(after.Text, span)));
        return secrets.Any(secret => secret.Length > 0 && diff.Contains(secret, StringComparison.Ordinal));
    }

    private static string Slice(string text, Seaworthy.Text.TextSpan span) =>
        span.End <= text.Length ? text.Substring(span.Start, span.Length) : string.Empty;
}

/// <summary>What <c>--fix</c> or <c>--diff</c> did: the files changed and the fixes applied per rule.</summary>
internal sealed class FixOutcome
{
    public int Files { get; set; }

    public int Refused { get; set; }

    public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);

    public int Fixed => ByRule.Values.Sum();

    public string Describe() => (Fixed == 0 ? "nothing" : $"{Fixed} findings in {Files} files ({string.Join(", ", ByRule.Select(pair => $"{pair.Key}: {pair.Value}"))})")
        + (Refused == 0 ? string.Empty : $", {Refused} fixes refused by their check");
}
