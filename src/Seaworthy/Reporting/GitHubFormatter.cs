using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Seaworthy.Analysis;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes GitHub Actions workflow commands, one line per finding, which the runner turns into annotations on the
/// pull request: <c>::error file=Dockerfile,line=3,endLine=3,col=1,endColumn=9,title=SW1001 run-as-root::message</c>
/// (<c>warning</c> and <c>notice</c> for warnings and infos; hidden findings are left out). Property values and the
/// message are escaped as the Actions toolkit escapes them (<c>packages/core/src/command.ts</c>), so a file name or a
/// message can neither end the command nor start one of its own; other control characters are replaced, as the log
/// viewer would act on them. <c>endColumn</c> is inclusive, as GitHub's annotations are. <see cref="WriteStepSummary"/>
/// writes the Markdown the command line appends to <c>$GITHUB_STEP_SUMMARY</c>.
/// </summary>
public sealed class GitHubFormatter : ReportFormatter
{
    internal const string Name = "github";

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var line = new StringBuilder();
        foreach (var diagnostic in report.Result.Diagnostics)
        {
            var command = diagnostic.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                Severity.Info => "notice",
                _ => null,
            };
            if (command is null)
            {
                continue;
            }

            line.Clear().Append("::").Append(command).Append(' ');
            var message = diagnostic.Message;
            if (diagnostic.Target is { } target)
            {
                // A host audit finding has no file to annotate: the object it is about leads the message.
                message = target + ": " + message;
            }
            else
            {
                var location = diagnostic.Location;
                line.Append("file=").Append(EscapeProperty(AnnotationPath(location.Path)))
                    .Append(",line=").Append(location.Line.ToString(CultureInfo.InvariantCulture))
                    .Append(",endLine=").Append(location.EndLine.ToString(CultureInfo.InvariantCulture))
                    .Append(",col=").Append(location.Column.ToString(CultureInfo.InvariantCulture))
                    .Append(",endColumn=").Append(InclusiveEndColumn(location).ToString(CultureInfo.InvariantCulture))
                    .Append(',');
            }

            line.Append("title=").Append(EscapeProperty(diagnostic.Id + " " + diagnostic.Rule.Name))
                .Append("::").Append(EscapeData(message));
            output.Write(line.ToString());
            output.WriteLine();
        }
    }

    /// <summary>
    /// Writes a Markdown summary of the report for a workflow run's summary page: the number of findings of each
    /// severity, and a table of the rules with findings (most findings first). It holds no message, so no text of
    /// the files.
    /// </summary>
    public static void WriteStepSummary(AnalysisReport report, TextWriter output)
    {
        var counts = SeverityCounts.Of(report.Result.Diagnostics);
        var shown = counts.Total - counts.Hidden;
        output.WriteLine("## " + report.ToolName + " " + report.ToolVersion);
        output.WriteLine();
        if (shown == 0)
        {
            output.WriteLine("No findings" + InFiles(report) + ".");
            output.WriteLine();
            return;
        }

        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "**{0}**{1}: {2}, {3}, {4}.",
            Count(shown, "finding"),
            InFiles(report),
            Count(counts.Errors, "error"),
            Count(counts.Warnings, "warning"),
            Count(counts.Infos, "info", "infos")));
        output.WriteLine();
        output.WriteLine("| Rule | Severity | Findings |");
        output.WriteLine("| --- | --- | ---: |");
        var byRule = report.Result.Diagnostics
            .Where(diagnostic => diagnostic.Severity != Severity.Hidden)
            .GroupBy(diagnostic => (diagnostic.Rule.Id, diagnostic.Rule.Name, diagnostic.Rule.HelpUri, diagnostic.Severity))
            .Select(group => (group.Key, Count: group.Count()))
            .OrderByDescending(row => row.Key.Severity)
            .ThenByDescending(row => row.Count)
            .ThenBy(row => row.Key.Id, StringComparer.Ordinal);
        foreach (var (rule, count) in byRule)
        {
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "| [{0}]({1}) {2} | {3} | {4} |",
                MarkdownCell(rule.Id),
                new StringBuilder(rule.HelpUri).Replace(")", "%29").Replace(" ", "%20"),
                MarkdownCell(rule.Name),
                ReportNames.Of(rule.Severity),
                count));
        }

        output.WriteLine();
    }

    /// <summary>A property value escaped as the Actions toolkit's <c>escapeProperty</c> does.</summary>
    internal static string EscapeProperty(string value) => Escape(value, property: true);

    /// <summary>A message escaped as the Actions toolkit's <c>escapeData</c> does, other control characters replaced.</summary>
    internal static string EscapeData(string value) => Escape(value, property: false);

    private static string Escape(string value, bool property)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '%':
                    escaped.Append("%25");
                    break;
                case '\r':
                    escaped.Append("%0D");
                    break;
                case '\n':
                    escaped.Append("%0A");
                    break;
                case ':' when property:
                    escaped.Append("%3A");
                    break;
                case ',' when property:
                    escaped.Append("%2C");
                    break;
                case < ' ' or '\x7f':
                    escaped.Append('\uFFFD');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    // As the checkout's files are named: forward slashes, no leading "./" (an absolute path the runner makes relative itself).
    private static string AnnotationPath(string path)
    {
        var slashed = Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
        while (slashed.StartsWith("./", StringComparison.Ordinal) && slashed.Length > 2)
        {
            slashed = slashed.Substring(2);
        }

        return slashed;
    }

    // Our end column is exclusive; an empty span (the start of a file) still names its one column.
    private static int InclusiveEndColumn(Location location) =>
        location.EndLine == location.Line ? Math.Max(location.Column, location.EndColumn - 1) : Math.Max(1, location.EndColumn - 1);

    // A host audit's report has no files.
    private static string InFiles(AnalysisReport report) =>
        report.Result.Files.Count == 0 ? string.Empty : " in " + Count(report.Result.Files.Count, "file");

    private static string Count(int count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

    private static string MarkdownCell(string text) =>
        new StringBuilder(text).Replace("\\", "\\\\").Replace("|", "\\|").Replace("\n", " ").ToString();
}
