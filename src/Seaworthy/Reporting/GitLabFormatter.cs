using System.IO;
using System.Text;
using System.Text.Json;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes a GitLab Code Quality report (a subset of Code Climate's issue format), which GitLab shows in merge
/// requests and pipelines when a job publishes it as <c>artifacts:reports:codequality</c>: a JSON array of
/// <c>{description, check_name, fingerprint, severity, location: {path, lines: {begin, end}, positions}}</c>.
/// Paths are relative to the folder the report is written for (the current folder, normally the checkout) with
/// forward slashes, as GitLab links them. <c>fingerprint</c> is stable while lines move and unique in the report:
/// a hash of the path and of the finding's <see cref="FindingFingerprints">fingerprint</see>. Severities are
/// GitLab's: an error is <c>critical</c>, a warning <c>major</c>, an info <c>info</c>; hidden findings are left
/// out. Positions are 1-based, columns in UTF-16 code units with an exclusive end, as in Seaworthy's JSON.
/// </summary>
public sealed class GitLabFormatter : ReportFormatter
{
    internal const string Name = "gitlab";

    private readonly string? _folder;

    /// <summary>A formatter writing paths relative to <paramref name="folder"/> (default: the current folder).</summary>
    public GitLabFormatter(string? folder = null) => _folder = folder;

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var folder = _folder ?? Directory.GetCurrentDirectory();
        var fingerprints = FindingFingerprints.Of(report.Result);
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartArray();
            for (var i = 0; i < report.Result.Diagnostics.Count; i++)
            {
                var diagnostic = report.Result.Diagnostics[i];
                if (diagnostic.Severity == Severity.Hidden)
                {
                    continue;
                }

                JsonOutput.FlushIfLarge(writer);
                var path = ReportFiles.RelativePath(folder, diagnostic.Location.Path);
                writer.WriteStartObject();
                writer.WriteString("description", diagnostic.Target is { } target ? target + ": " + diagnostic.Message : diagnostic.Message);
                writer.WriteString("check_name", diagnostic.Id);
                writer.WriteString("fingerprint", Fingerprint(path, fingerprints[i]));
                writer.WriteString("severity", GitLabSeverity(diagnostic.Severity));
                writer.WriteStartObject("location");
                writer.WriteString("path", path);
                var location = diagnostic.Location;
                writer.WriteStartObject("lines");
                writer.WriteNumber("begin", location.Line);
                writer.WriteNumber("end", location.EndLine);
                writer.WriteEndObject();
                writer.WriteStartObject("positions");
                WritePosition(writer, "begin", location.Line, location.Column);
                WritePosition(writer, "end", location.EndLine, location.EndColumn);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    // 128 bits of SHA-256: GitLab compares fingerprints between pipelines to tell new findings from fixed ones.
    private static string Fingerprint(string path, string fingerprint) =>
        FindingFingerprints.Hex(FindingFingerprints.Sha256(Encoding.UTF8.GetBytes(path + "\n" + fingerprint)), 16);

    private static string GitLabSeverity(Severity severity) => severity switch
    {
        Severity.Error => "critical",
        Severity.Warning => "major",
        _ => "info",
    };

    private static void WritePosition(Utf8JsonWriter writer, string name, int line, int column)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("line", line);
        writer.WriteNumber("column", column);
        writer.WriteEndObject();
    }
}
