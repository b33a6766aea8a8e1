using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Reporting;

/// <summary>Everything a formatter writes: which tool ran, which rules it ran, and what it found.</summary>
/// <param name="ToolName">The tool's name as reports show it, normally <see cref="DefaultToolName"/>.</param>
/// <param name="ToolVersion">The tool's version, such as <c>0.1.0</c>.</param>
/// <param name="Rules">The rules that ran. Rules of diagnostics missing from this list are still described in reports that list rules.</param>
/// <param name="Result">The files read and the diagnostics found.</param>
public sealed record AnalysisReport(string ToolName, string ToolVersion, IReadOnlyList<RuleDescriptor> Rules, AnalysisResult Result)
{
    /// <summary>The name of this tool.</summary>
    public const string DefaultToolName = "seaworthy";

    /// <summary>The tool's home page, written where a format asks for one (SARIF's <c>informationUri</c>).</summary>
    public string InformationUri { get; init; } = "https://github.com/seaworthy-dev/seaworthy";

    /// <summary>The rule packs that ran (<see cref="AnalysisEngine.Packs"/>): SARIF lists each as an extension with its rules.</summary>
    public IReadOnlyList<RulePack> Packs { get; init; } = System.Array.Empty<RulePack>();

    /// <summary>A report for this tool (<see cref="DefaultToolName"/>).</summary>
    public static AnalysisReport Create(string toolVersion, IReadOnlyList<RuleDescriptor> rules, AnalysisResult result) =>
        new(DefaultToolName, toolVersion, rules, result);
}
