using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Runtime;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes a self-contained HTML page (inline CSS, script and SVG; nothing fetched) for a person to read: counts by
/// severity, rule and surface as bar charts, and a table of findings with their code frames that a search box and
/// select filters narrow. The page is rendered by Scriban from an embedded template; the template's model is built
/// here from plain values (no reflection over .NET objects) and the template HTML-escapes every value it writes.
/// Code frames are masked exactly as in the text format.
/// </summary>
public sealed class HtmlFormatter : ReportFormatter
{
    internal const string Name = "html";

    private const string TemplateResource = "Seaworthy.Reporting.HtmlReport.sbn-html";

    // Lines of context shown above and below a finding, and the most lines of a long span shown.
    private const int ContextLines = 1;
    private const int MaxSpanLines = 3;

    private const int BarPixels = 120;

    private static readonly Lazy<Template> Page = new(LoadTemplate);

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output) => Write(report, null, output);

    /// <summary>Writes a host audit: its CIS scorecard by section, then its findings as for <c>lint</c>.</summary>
    public static void WriteScorecard(Scorecard scorecard, TextWriter output, string toolVersion) =>
        Write(ScorecardFormatter.FindingsReport(scorecard, toolVersion), scorecard, output);

    private static void Write(AnalysisReport report, Scorecard? scorecard, TextWriter output)
    {
        var context = new TemplateContext
        {
            // A report may have any number of findings and lines of any length: by default Scriban stops loops at
            // 1000 and silently cuts strings and the output at a million characters, limits meant for untrusted templates.
            LoopLimit = int.MaxValue,
            LimitToString = 0,
            OutputLimit = 0,
            StrictVariables = true,
        };
        var model = Model(report);
        model["scorecard"] = scorecard is null ? null : ScorecardModel(scorecard);
        context.PushGlobal(model);
        output.Write(Page.Value.Render(context));
        output.WriteLine();
    }

    private static ScriptObject Model(AnalysisReport report)
    {
        var frames = new CodeFrames(report.Result);
        var diagnostics = report.Result.Diagnostics;
        var findings = new ScriptArray();
        var bySeverity = new Dictionary<string, int>(StringComparer.Ordinal);
        var byRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySurface = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var severity = ReportNames.Of(diagnostic.Severity);
            var surface = frames.FileOf(diagnostic) is { } file ? ReportNames.Of(file.Kind) : "host";
            var rule = diagnostic.Rule;
            var location = diagnostic.Location;
            Increment(bySeverity, severity);
            Increment(byRule, rule.Id);
            Increment(bySurface, surface);
            files.Add(location.Path);
            findings.Add(new ScriptObject
            {
                ["severity"] = severity,
                ["id"] = rule.Id,
                ["name"] = rule.Name,
                ["help"] = rule.HelpUri,
                ["title"] = rule.Title,
                ["equivalents"] = string.Join(", ", rule.Equivalents),
                ["path"] = location.Path,
                ["place"] = diagnostic.Target is { } target
                    ? target.ToString()
                    : FormattableString.Invariant($"{location.Path}:{location.Line}:{location.Column}"),
                ["message"] = diagnostic.Message,
                ["surface"] = surface,
                ["frame"] = Frame(frames.TextOf(diagnostic), location),
            });
        }

        var severities = new ScriptArray();
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hidden })
        {
            var name = ReportNames.Of(severity);
            severities.Add(Bar(name, name, bySeverity.TryGetValue(name, out var count) ? count : 0, diagnostics.Count));
        }

        var rules = new ScriptArray();
        var names = diagnostics.Select(d => d.Rule).GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        foreach (var pair in byRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            rules.Add(Bar(pair.Key, pair.Key + " " + names[pair.Key], pair.Value, diagnostics.Count));
        }

        var surfaces = new ScriptArray();
        foreach (var pair in bySurface.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            surfaces.Add(Bar(pair.Key, pair.Key, pair.Value, diagnostics.Count));
        }

        var fileList = new ScriptArray();
        foreach (var path in files)
        {
            fileList.Add(path);
        }

        return new ScriptObject
        {
            ["tool"] = report.ToolName,
            ["version"] = report.ToolVersion,
            ["file_count"] = report.Result.Files.Count,
            ["total"] = diagnostics.Count,
            ["severities"] = severities,
            ["rules"] = rules,
            ["surfaces"] = surfaces,
            ["files"] = fileList,
            ["findings"] = findings,
        };
    }

    private static ScriptObject ScorecardModel(Scorecard scorecard)
    {
        var snapshot = scorecard.Snapshot;
        var counts = scorecard.Counts;
        var outcomes = new ScriptArray();
        foreach (var (outcome, count) in new[]
        {
            (CheckOutcome.Pass, counts.Pass), (CheckOutcome.Fail, counts.Fail), (CheckOutcome.Info, counts.Info),
            (CheckOutcome.Manual, counts.Manual), (CheckOutcome.NotApplicable, counts.NotApplicable), (CheckOutcome.Unknown, counts.Unknown),
        })
        {
            outcomes.Add(Bar(ScorecardFormatter.Name(outcome), ScorecardFormatter.Label(outcome), count, counts.Checks));
        }

        var sections = new ScriptArray();
        foreach (var group in scorecard.Entries.GroupBy(entry => entry.Check.Section))
        {
            var checks = new ScriptArray();
            foreach (var entry in group)
            {
                var objects = new ScriptArray();
                foreach (var finding in entry.Findings)
                {
                    objects.Add((finding.Target?.ToString() ?? finding.Location.ToString()) + ": " + finding.Message);
                }

                checks.Add(new ScriptObject
                {
                    ["id"] = entry.Check.Id,
                    ["title"] = entry.Check.Title,
                    ["outcome"] = ScorecardFormatter.Name(entry.Outcome),
                    ["label"] = ScorecardFormatter.Label(entry.Outcome),
                    ["rules"] = string.Join(", ", entry.Rules.Select(rule => rule.Id)),
                    ["objects"] = objects,
                });
            }

            var title = CisDockerBenchmark.Sections.FirstOrDefault(section => section.Id == group.Key)?.Title ?? string.Empty;
            sections.Add(new ScriptObject { ["id"] = group.Key, ["title"] = title, ["checks"] = checks });
        }

        return new ScriptObject
        {
            ["title"] = "CIS Docker Benchmark " + CisDockerBenchmark.Version,
            ["engine"] = "Docker Engine " + (snapshot.Version?.Version ?? snapshot.Info?.ServerVersion ?? "unknown version") + " at " + snapshot.Endpoint,
            ["score"] = scorecard.Score,
            ["bench_score"] = scorecard.BenchScore,
            ["checks"] = counts.Checks,
            ["outcomes"] = outcomes,
            ["sections"] = sections,
        };
    }

    private static ScriptObject Bar(string key, string label, int count, int total) => new()
    {
        ["key"] = key,
        ["label"] = label,
        ["count"] = count,
        // The bar's length in whole pixels of the chart's 120 (no decimal point a culture could spell); a count above
        // zero stays visible.
        ["length"] = total == 0 ? 0 : Math.Max(count == 0 ? 0 : 2, count * BarPixels / total),
    };

    private static ScriptArray Frame(MaskedText? masked, Location location)
    {
        var lines = new ScriptArray();
        if (masked is null || location.Line < 1 || location.Line > masked.Text.LineCount)
        {
            return lines;
        }

        var last = Math.Min(CodeFrames.LastLine(location, masked.Text), location.Line + MaxSpanLines - 1);
        var from = Math.Max(1, location.Line - ContextLines);
        var to = Math.Min(masked.Text.LineCount, last + ContextLines);
        for (var line = from; line <= to; line++)
        {
            lines.Add(new ScriptObject
            {
                ["number"] = line,
                ["text"] = masked.Line(line),
                ["flagged"] = line >= location.Line && line <= last,
            });
        }

        return lines;
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;

    private static Template LoadTemplate()
    {
        using var stream = typeof(HtmlFormatter).Assembly.GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException("The HTML report template is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), TemplateResource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException("The HTML report template does not parse: " + string.Join("; ", template.Messages));
        }

        return template;
    }
}
