using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes a host audit's scorecard: every CIS check with its outcome (<c>text</c>, <c>json</c>), or its findings as
/// SARIF results on logical locations (<c>sarif</c>), or as JUnit XML, a test case per check (<c>junit</c>), or as GitHub Actions annotations (<c>github</c>),
/// or as a page for a person with the scorecard by section and the findings (<c>html</c>).
/// </summary>
public static class ScorecardFormatter
{
    /// <summary>The formats <see cref="Write"/> accepts.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = new[] { "text", "json", "sarif", "junit", "github", "html" };

    /// <summary>Writes <paramref name="scorecard"/> in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="FormatNames"/>.</exception>
    public static void Write(Scorecard scorecard, string format, TextWriter output, string toolVersion)
    {
        switch (format.ToUpperInvariant())
        {
            case "TEXT":
                WriteText(scorecard, output);
                break;
            case "JSON":
                JsonOutput.Write(output, writer => WriteJson(scorecard, writer, toolVersion));
                break;
            case "SARIF":
                new SarifFormatter().Write(FindingsReport(scorecard, toolVersion), output);
                break;
            case "GITHUB":
                new GitHubFormatter().Write(FindingsReport(scorecard, toolVersion), output);
                break;
            case "JUNIT":
                ScorecardJUnit.Write(scorecard, output);
                break;
            case "HTML":
                HtmlFormatter.WriteScorecard(scorecard, output, toolVersion);
                break;
            default:
                throw new ArgumentException($"Unknown audit format '{format}'. Known formats: {string.Join(", ", FormatNames)}.", nameof(format));
        }
    }

    /// <summary>The scorecard's findings as a report of no files, for the formats of findings (SARIF, GitHub's).</summary>
    public static AnalysisReport FindingsReport(Scorecard scorecard, string toolVersion) =>
        AnalysisReport.Create(toolVersion, scorecard.Result.EvaluatedRules, new AnalysisResult(Array.Empty<AnalyzedFile>(), scorecard.AllFindings.ToArray()));

    /// <summary>How the text format labels an outcome.</summary>
    public static string Label(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "PASS",
        CheckOutcome.Fail => "FAIL",
        CheckOutcome.Info => "INFO",
        CheckOutcome.Manual => "MANUAL",
        CheckOutcome.NotApplicable => "N/A",
        _ => "UNKNOWN",
    };

    /// <summary>How the JSON format names an outcome.</summary>
    public static string Name(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "pass",
        CheckOutcome.Fail => "fail",
        CheckOutcome.Info => "info",
        CheckOutcome.Manual => "manual",
        CheckOutcome.NotApplicable => "not-applicable",
        _ => "unknown",
    };

    private static void WriteText(Scorecard scorecard, TextWriter output)
    {
        var snapshot = scorecard.Snapshot;
        var engine = snapshot.Version?.Version ?? snapshot.Info?.ServerVersion ?? "unknown version";
        output.WriteLine($"CIS Docker Benchmark {CisDockerBenchmark.Version}: Docker Engine {engine} at {snapshot.Endpoint} (API {snapshot.ApiVersion ?? "?"})");
        output.WriteLine(FormattableString.Invariant($"Collected {snapshot.CollectedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC in {snapshot.CollectionMilliseconds} ms: {snapshot.Containers.Count} containers, {snapshot.Images.Count} images, {snapshot.Networks.Count} networks"));
        output.WriteLine("Host: " + TerminalText.SingleLine(HostRead(snapshot)));
        output.WriteLine();
        string? section = null;
        foreach (var entry in scorecard.Entries)
        {
            if (entry.Check.Section != section)
            {
                section = entry.Check.Section;
                if (CisDockerBenchmark.Sections.FirstOrDefault(candidate => candidate.Id == section) is { } title)
                {
                    output.WriteLine($"{title.Id} {title.Title}");
                }
            }

            var rules = entry.Rules.Count == 0 ? string.Empty : " (" + string.Join(", ", entry.Rules.Select(rule => rule.Id)) + ")";
            output.WriteLine($"  {("[" + Label(entry.Outcome) + "]").PadRight(10)}{entry.Check.Id.PadRight(7)}{TerminalText.SingleLine(entry.Check.Title)}{rules}");
            foreach (var finding in entry.Findings)
            {
                output.WriteLine($"{Detail}{TerminalText.SingleLine(finding.Target?.ToString() ?? finding.Location.ToString())}: {finding.Id} {TerminalText.SingleLine(finding.Message)}");
            }

            foreach (var note in entry.Notes.Select(note => (note.Target is null ? string.Empty : note.Target + ": ") + note.Message).Distinct(StringComparer.Ordinal))
            {
                output.WriteLine(Detail + TerminalText.SingleLine(note));
            }

            if (entry.Outcome == CheckOutcome.Manual)
            {
                output.WriteLine(Detail + (entry.Check.LookAt is { } lookAt ? "look at: " + lookAt : "no rule of this run decides it: see the benchmark's audit procedure"));
            }
        }

        if (scorecard.OtherFindings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Other findings (no CIS check)");
            foreach (var finding in scorecard.OtherFindings)
            {
                output.WriteLine($"  {TerminalText.SingleLine(finding.Place)}: {ReportNames.Of(finding.Severity)} {finding.Id} [{finding.Rule.Name}] {TerminalText.SingleLine(finding.Message)}");
            }
        }

        if (snapshot.Unavailable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Not read from the engine or its host");
            foreach (var part in snapshot.Unavailable)
            {
                output.WriteLine($"  {part.Part}: {TerminalText.SingleLine(part.Reason)}");
            }
        }

        var counts = scorecard.Counts;
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"{counts.Checks} checks: {counts.Pass} pass, {counts.Fail} fail, {counts.Info} info, {counts.Manual} manual, {counts.NotApplicable} not applicable, {counts.Unknown} unknown"));
        var perSection = string.Join(", ", scorecard.SectionCounts.Select(pair => FormattableString.Invariant($"{pair.Section.Id}: {pair.Counts.Automated}/{pair.Counts.Checks}")));
        output.WriteLine(FormattableString.Invariant($"Evaluated automatically: {counts.Automated} of {counts.Checks} ({perSection})"));
        output.WriteLine(FormattableString.Invariant(
            $"Score: {scorecard.Score}% ({counts.Pass} of {counts.Pass + counts.Fail} decided checks pass); docker-bench-security score {scorecard.BenchScore}"));
    }

    private const string Detail = "            ";

    // Which dockerd's command line and files the host checks read, or why none was.
    private static string HostRead(HostSnapshot snapshot) => snapshot.Local switch
    {
        { DaemonProcess: { } daemon } => FormattableString.Invariant($"read from dockerd pid {daemon.Pid} ({daemon.Executable ?? "executable not known"})"),
        { } => "read, without a dockerd process: " + (snapshot.UnavailableReason(HostParts.DaemonProcess) ?? "no reason recorded"),
        null => "not read: " + (snapshot.UnavailableReason(HostParts.Local) ?? "no reason recorded"),
    };

    private static void WriteJson(Scorecard scorecard, Utf8JsonWriter writer, string toolVersion)
    {
        var snapshot = scorecard.Snapshot;
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteString("name", AnalysisReport.DefaultToolName);
        writer.WriteString("version", toolVersion);
        writer.WriteEndObject();
        writer.WriteString("benchmark", "CIS Docker Benchmark " + CisDockerBenchmark.Version);

        writer.WriteStartObject("engine");
        writer.WriteString("endpoint", snapshot.Endpoint);
        writer.WriteString("version", snapshot.Version?.Version ?? snapshot.Info?.ServerVersion);
        writer.WriteString("apiVersion", snapshot.ApiVersion);
        writer.WriteBoolean("local", snapshot.IsLocal);
        if (snapshot.Local?.DaemonProcess is { } daemon)
        {
            writer.WriteStartObject("daemonProcess");
            writer.WriteNumber("pid", daemon.Pid);
            writer.WriteString("executable", daemon.Executable);
            writer.WriteEndObject();
        }

        writer.WriteString("host", HostRead(snapshot));
        writer.WriteString("collectedAt", snapshot.CollectedAt);
        writer.WriteNumber("collectionMilliseconds", snapshot.CollectionMilliseconds);
        writer.WriteEndObject();

        writer.WriteStartArray("checks");
        foreach (var entry in scorecard.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entry.Check.Id);
            writer.WriteString("section", entry.Check.Section);
            writer.WriteString("title", entry.Check.Title);
            writer.WriteString("outcome", Name(entry.Outcome));
            writer.WriteBoolean("scored", entry.Check.Scored);
            writer.WriteStartArray("rules");
            foreach (var rule in entry.Rules)
            {
                writer.WriteStringValue(rule.Id);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("findings");
            foreach (var finding in entry.Findings)
            {
                WriteFinding(writer, finding);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("notes");
            foreach (var note in entry.Notes)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", note.Rule.Id);
                writer.WriteString("kind", note.Kind switch { RuleOutcomeKind.NotApplicable => "not-applicable", RuleOutcomeKind.Unknown => "unknown", _ => "info" });
                if (note.Target is { } target)
                {
                    writer.WriteString("target", target.ToString());
                }

                writer.WriteString("message", note.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (entry.Outcome == CheckOutcome.Manual && entry.Check.LookAt is { } lookAt)
            {
                writer.WriteString("lookAt", lookAt);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("otherFindings");
        foreach (var finding in scorecard.OtherFindings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("unavailable");
        foreach (var part in snapshot.Unavailable)
        {
            writer.WriteStartObject();
            writer.WriteString("part", part.Part);
            writer.WriteString("reason", part.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        var counts = scorecard.Counts;
        writer.WriteStartObject("summary");
        WriteCounts(writer, counts);
        writer.WriteNumber("score", scorecard.Score);
        writer.WriteNumber("benchScore", scorecard.BenchScore);
        writer.WriteStartObject("sections");
        foreach (var (section, sectionCounts) in scorecard.SectionCounts)
        {
            writer.WriteStartObject(section.Id);
            writer.WriteString("title", section.Title);
            WriteCounts(writer, sectionCounts);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, ScorecardCounts counts)
    {
        writer.WriteNumber("checks", counts.Checks);
        writer.WriteNumber("automated", counts.Automated);
        writer.WriteNumber("pass", counts.Pass);
        writer.WriteNumber("fail", counts.Fail);
        writer.WriteNumber("info", counts.Info);
        writer.WriteNumber("manual", counts.Manual);
        writer.WriteNumber("notApplicable", counts.NotApplicable);
        writer.WriteNumber("unknown", counts.Unknown);
    }

    private static void WriteFinding(Utf8JsonWriter writer, Diagnostic finding)
    {
        writer.WriteStartObject();
        writer.WriteString("id", finding.Id);
        writer.WriteString("name", finding.Rule.Name);
        writer.WriteString("severity", ReportNames.Of(finding.Severity));
        writer.WriteString("target", finding.Place);
        writer.WriteString("message", finding.Message);
        writer.WriteString("helpUri", finding.Rule.HelpUri);
        writer.WriteEndObject();
    }
}
