using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using Seaworthy.Analysis;

namespace Seaworthy.Reporting;

/// <summary>
/// Writes JUnit XML, which test dashboards read (Azure Pipelines' PublishTestResults, GitLab's test reports,
/// Jenkins' junit step): one <c>testsuite</c> per file, one <c>testcase</c> per rule with findings in it
/// (<c>classname</c> the file, <c>name</c> <c>SW1001 run-as-root</c>) holding one <c>failure</c> per finding, and a
/// passing test case for a file without findings, so that the dashboard shows the file was checked. Hidden findings
/// are left out.
/// </summary>
public sealed class JUnitFormatter : ReportFormatter
{
    internal const string Name = "junit";

    /// <summary>The name of the passing test case of a file without findings.</summary>
    internal const string CleanTestName = "no findings";

    /// <inheritdoc />
    public override string FormatName => Name;

    /// <inheritdoc />
    public override void Write(AnalysisReport report, TextWriter output)
    {
        var files = ReportFiles.FindingsByFile(report.Result);
        var suites = new List<(string Path, List<(RuleDescriptor Rule, List<Diagnostic> Findings)> Cases)>(files.Count);
        int tests = 0, failures = 0;
        foreach (var (path, diagnostics) in files)
        {
            var cases = ByRule(diagnostics);
            suites.Add((path, cases));
            tests += Math.Max(cases.Count, 1);
            failures += cases.Count;
        }

        XmlOutput.Write(output, writer =>
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", report.ToolName);
            writer.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("errors", "0");
            foreach (var (path, cases) in suites)
            {
                var name = XmlOutput.Clean(path);
                writer.WriteStartElement("testsuite");
                writer.WriteAttributeString("name", name);
                writer.WriteAttributeString("tests", Math.Max(cases.Count, 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("failures", cases.Count.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("errors", "0");
                writer.WriteAttributeString("skipped", "0");
                if (cases.Count == 0)
                {
                    writer.WriteStartElement("testcase");
                    writer.WriteAttributeString("name", CleanTestName);
                    writer.WriteAttributeString("classname", name);
                    writer.WriteEndElement();
                }

                foreach (var (rule, findings) in cases)
                {
                    writer.WriteStartElement("testcase");
                    writer.WriteAttributeString("name", XmlOutput.Clean(rule.Id + " " + rule.Name));
                    writer.WriteAttributeString("classname", name);
                    foreach (var finding in findings)
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

    // A file's findings by rule, rules in the order their first finding comes.
    private static List<(RuleDescriptor Rule, List<Diagnostic> Findings)> ByRule(List<Diagnostic> diagnostics)
    {
        var cases = new List<(RuleDescriptor Rule, List<Diagnostic> Findings)>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!indexes.TryGetValue(diagnostic.Id, out var index))
            {
                index = cases.Count;
                indexes.Add(diagnostic.Id, index);
                cases.Add((diagnostic.Rule, new List<Diagnostic>()));
            }

            cases[index].Findings.Add(diagnostic);
        }

        return cases;
    }

    private static void WriteFailure(XmlWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartElement("failure");
        writer.WriteAttributeString("message", XmlOutput.Clean(diagnostic.Message));
        writer.WriteAttributeString("type", diagnostic.Id);
        var location = diagnostic.Location;
        var text = new StringBuilder()
            .Append(ReportNames.Of(diagnostic.Severity)).Append(' ').Append(diagnostic.Id).Append(" at ");
        if (diagnostic.Target is { } target)
        {
            text.Append(target);
        }
        else
        {
            text.Append(location.Path).Append(':')
                .Append(location.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append(location.Column.ToString(CultureInfo.InvariantCulture));
        }

        text.Append(": ").Append(diagnostic.Message).Append('\n')
            .Append(diagnostic.Rule.Title).Append(": ").Append(diagnostic.Rule.HelpUri);
        writer.WriteString(XmlOutput.Clean(text.ToString()));
        writer.WriteEndElement();
    }
}
