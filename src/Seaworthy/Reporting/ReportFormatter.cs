using System;
using System.Collections.Generic;
using System.IO;

namespace Seaworthy.Reporting;

/// <summary>Writes an <see cref="AnalysisReport"/> in one output format.</summary>
public abstract class ReportFormatter
{
    /// <summary>The names <see cref="Create"/> accepts, in the order help text should list them.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = new[] { TextFormatter.Name, JsonFormatter.Name, SarifFormatter.Name, MsBuildFormatter.Name, GitHubFormatter.Name, CheckstyleFormatter.Name, JUnitFormatter.Name, GitLabFormatter.Name, SonarQubeFormatter.Name, HtmlFormatter.Name };

    /// <summary>The format's name, as given to <see cref="Create"/>.</summary>
    public abstract string FormatName { get; }

    /// <summary>Writes the whole report to <paramref name="output"/>, ending with a line break.</summary>
    public abstract void Write(AnalysisReport report, TextWriter output);

    /// <summary>The formatter for a format name from <see cref="FormatNames"/> (case-insensitive).</summary>
    /// <param name="format">The format name, such as <c>text</c>, <c>json</c>, <c>sarif</c>, <c>msbuild</c>, <c>github</c>, <c>checkstyle</c>, <c>junit</c>, <c>gitlab</c>, <c>sonarqube</c> or <c>html</c>.</param>
    /// <param name="useColor">Whether the text format may colour its output; other formats ignore it.</param>
    /// <exception cref="ArgumentException">The name is not a known format.</exception>
    public static ReportFormatter Create(string format, bool useColor = false)
    {
        switch (format.ToUpperInvariant())
        {
            case "TEXT":
                return new TextFormatter(useColor);
            case "JSON":
                return new JsonFormatter();
            case "SARIF":
                return new SarifFormatter();
            case "MSBUILD":
                return new MsBuildFormatter();
            case "GITHUB":
                return new GitHubFormatter();
            case "CHECKSTYLE":
                return new CheckstyleFormatter();
            case "JUNIT":
                return new JUnitFormatter();
            case "GITLAB":
                return new GitLabFormatter();
            case "SONARQUBE":
                return new SonarQubeFormatter();
            case "HTML":
                return new HtmlFormatter();
            default:
                throw new ArgumentException(
                    $"Unknown report format '{format}'. Known formats: {string.Join(", ", FormatNames)}.",
                    nameof(format));
        }
    }
}
