using System.Collections.Generic;

namespace Seaworthy.Analysis;

/// <summary>
/// A rule implementation, in the manner of Roslyn's DiagnosticAnalyzer: it declares the rules it reports
/// and registers callbacks for the units of syntax or model it inspects. An analyzer holds no state between
/// callbacks and reads no files, network or clock: everything it needs is in the callback's context.
/// </summary>
public abstract class Analyzer
{
    /// <summary>The rules this analyzer may report. Reporting any other rule is an error.</summary>
    public abstract IReadOnlyList<RuleDescriptor> SupportedRules { get; }

    /// <summary>Registers the callbacks; called once, before any input is analyzed.</summary>
    public abstract void Initialize(AnalysisContext context);
}
