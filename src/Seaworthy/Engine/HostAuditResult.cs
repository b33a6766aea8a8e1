using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Engine;

/// <summary>What a rule said about a check besides findings; <paramref name="Target"/> is null when it concerns the whole engine.</summary>
public sealed record RuleOutcome(RuleDescriptor Rule, RuleOutcomeKind Kind, HostTarget? Target, string Message)
{
    /// <summary>What the rule said, with every credential of the <see cref="Secrets.SecretCatalogue"/> masked.</summary>
    public string Message { get; init => field = Secrets.SecretMasker.Catalogue.MaskText(value); } = Secrets.SecretMasker.Catalogue.MaskText(Message);
}

/// <summary>
/// What a host audit produced: the snapshot, the findings, the other outcomes, and which rules ran and were
/// evaluated (their callback ran at least once), so a scorecard can tell a pass from a check nobody made.
/// </summary>
public sealed record HostAuditResult(
    HostSnapshot Snapshot,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<RuleOutcome> Outcomes,
    IReadOnlyList<RuleDescriptor> EvaluatedRules)
{
    /// <summary>The findings as an ordinary result, for the formatters that lint uses.</summary>
    public AnalysisResult ToAnalysisResult() => new(Array.Empty<AnalyzedFile>(), Diagnostics);
}

/// <summary>Gathers the findings and outcomes of one host audit from every callback.</summary>
internal sealed class HostAuditRecorder
{
    private readonly object _gate = new();

    public List<(RuleDescriptor Rule, HostTarget Target, string Message)> Reports { get; } = new();

    public List<RuleOutcome> Outcomes { get; } = new();

    public void Report(RuleDescriptor rule, HostTarget target, string message)
    {
        lock (_gate)
        {
            Reports.Add((rule, target, message));
        }
    }

    public void Outcome(RuleOutcome outcome)
    {
        lock (_gate)
        {
            Outcomes.Add(outcome);
        }
    }
}
