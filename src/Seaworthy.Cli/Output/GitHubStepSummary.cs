using System;
using Seaworthy.Reporting;

namespace Seaworthy.Cli.Output;

/// <summary>
/// On a GitHub Actions runner (<c>GITHUB_STEP_SUMMARY</c> names a file), the <c>github</c> format also summarises the
/// run on the workflow's summary page: the Markdown is appended, never replacing what other steps wrote.
/// </summary>
internal static class GitHubStepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    /// <summary>Appends the summary of <paramref name="report"/> when the format is <c>github</c> on a runner; null when done or not wanted, else what went wrong.</summary>
    public static string? AppendFor(string format, AnalysisReport report)
    {
        if (!string.Equals(format, "github", StringComparison.OrdinalIgnoreCase)
            || Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } summary)
        {
            return null;
        }

        return ReportFile.Append(summary, writer => GitHubFormatter.WriteStepSummary(report, writer)) is { } problem
            ? $"cannot append the summary to {Variable} ({summary}): {problem}"
            : null;
    }
}
