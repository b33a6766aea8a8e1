using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;

namespace Seaworthy.Reporting;

/// <summary>
/// A host audit's scorecard as JUnit XML: one <c>testsuite</c> per CIS section, one <c>testcase</c> per check
/// (<c>classname</c> the benchmark and section, <c>name</c> <c>5.4 Ensure that privileged containers are not used</c>).
/// A failing check holds one <c>failure</c> per failing object; a check no rule could decide (manual, not applicable,
/// unknown) is <c>skipped</c> with the reason; an info check passes with what the rules said in <c>system-out</c>.
/// Findings of rules outside the benchmark make a last suite, a test case per rule.
/// </summary>
internal static class ScorecardJUnit
{
    public static void Write(Scorecard scorecard, TextWriter output)
    {
        var benchmark = "CIS Docker Benchmark " + CisDockerBenchmark.Version;
        var others = scorecard.OtherFindings.GroupBy(finding => finding.Id, StringComparer.Ordinal).ToArray();
        var counts = scorecard.Counts;
        var tests = counts.Checks + others.Length;
        var failures = counts.Fail + others.Length;
        XmlOutput.Write(output, writer =>
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", AnalysisReport.DefaultToolName + " audit: " + benchmark);
            writer.WriteAttributeString("tests", Number(tests));
            writer.WriteAttributeString("failures", Number(failures));
            writer.WriteAttributeString("errors", "0");
            foreach (var (section, sectionCounts) in scorecard.SectionCounts)
            {
                var className = benchmark + "." + section.Id + " " + section.Title;
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", section.Id + " " + section.Title);
                writer.WriteAttributeString("tests", Number(sectionCounts.Checks));
                writer.WriteAttributeString("failures", Number(sectionCounts.Fail));
                writer.WriteAttributeString("errors", "0");
                writer.WriteAttributeString("skipped", Number(sectionCounts.Manual + sectionCounts.NotApplicable + sectionCounts.Unknown));
                foreach (var entry in scorecard.Entries.Where(entry => entry.Check.Section == section.Id))
                {
                    WriteCheck(writer, entry, className);
                }

                writer.WriteEndElement();
            }

            if (others.Length > 0)
            {
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", "Other findings (no CIS check)");
                writer.WriteAttributeString("tests", Number(others.Length));
                writer.WriteAttributeString("failures", Number(others.Length));
                writer.WriteAttributeString("errors", "0");
                writer.WriteAttributeString("skipped", "0");
                foreach (var group in others)
                {
                    var rule = group.First().Rule;
                    writer.WriteStartElement("testcase");
                    writer.WriteAttributeString("name", XmlOutput.Clean(rule.Id + " " + rule.Name));
                    writer.WriteAttributeString("classname", AnalysisReport.DefaultToolName);
                    foreach (var finding in group)
                    {
                        WriteFailure(writer, finding);
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void WriteCheck(XmlWriter writer, ScorecardEntry entry, string className)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("name", XmlOutput.Clean(entry.Check.Id + " " + entry.Check.Title));
        writer.WriteAttributeString("classname", XmlOutput.Clean(className));
        var notes = string.Join("\n", entry.Notes.Select(note => (note.Target is null ? string.Empty : note.Target + ": ") + note.Message).Distinct(StringComparer.Ordinal));
        switch (entry.Outcome)
        {
            case CheckOutcome.Fail:
                foreach (var finding in entry.Findings)
                {
                    WriteFailure(writer, finding);
                }

                break;
            case CheckOutcome.Info:
                writer.WriteElementString("system-out", XmlOutput.Clean(notes));
                break;
            case CheckOutcome.Manual:
                WriteSkipped(writer, "manual: " + (entry.Check.LookAt is { } lookAt ? "look at: " + lookAt : "no rule of this run decides it: see the benchmark's audit procedure"));
                break;
            case CheckOutcome.NotApplicable:
                WriteSkipped(writer, "not applicable" + (notes.Length > 0 ? ": " + notes : string.Empty));
                break;
            case CheckOutcome.Unknown:
                WriteSkipped(writer, "unknown" + (notes.Length > 0 ? ": " + notes : string.Empty));
                break;
        }

        writer.WriteEndElement();
    }

    private static void WriteSkipped(XmlWriter writer, string message)
    {
        writer.WriteStartElement("skipped");
        writer.WriteAttributeString("message", XmlOutput.Clean(message));
        writer.WriteEndElement();
    }

    private static void WriteFailure(XmlWriter writer, Diagnostic finding)
    {
        var place = finding.Target?.ToString() ?? finding.Location.ToString();
        writer.WriteStartElement("failure");
        writer.WriteAttributeString("message", XmlOutput.Clean(place + ": " + finding.Message));
        writer.WriteAttributeString("type", finding.Id);
        writer.WriteString(XmlOutput.Clean(ReportNames.Of(finding.Severity) + " " + finding.Id + " [" + finding.Rule.Name + "] at " + place + ": " + finding.Message + "\n" + finding.Rule.Title + ": " + finding.Rule.HelpUri));
        writer.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
