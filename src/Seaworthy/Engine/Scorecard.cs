using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Engine;

/// <summary>The outcome of one CIS check on one engine.</summary>
public enum CheckOutcome
{
    /// <summary>At least one rule evaluated the check and found nothing.</summary>
    Pass,

    /// <summary>A rule found a failing object.</summary>
    Fail,

    /// <summary>A rule gave information for a person to judge.</summary>
    Info,

    /// <summary>No rule decides the check: a person has to look.</summary>
    Manual,

    /// <summary>The check does not apply to this engine.</summary>
    NotApplicable,

    /// <summary>The data the check needs could not be read.</summary>
    Unknown,
}

/// <summary>
/// One line of the scorecard: a CIS check, its outcome, the rules that decide it, the failing objects and what
/// the rules said otherwise (reasons for not applicable or unknown, information).
/// </summary>
public sealed record ScorecardEntry(
    CisCheck Check,
    CheckOutcome Outcome,
    IReadOnlyList<RuleDescriptor> Rules,
    IReadOnlyList<Diagnostic> Findings,
    IReadOnlyList<RuleOutcome> Notes)
{
    /// <summary>True when a rule decided the check (anything but <see cref="CheckOutcome.Manual"/>).</summary>
    public bool IsAutomated => Outcome != CheckOutcome.Manual;
}

/// <summary>The counts of a scorecard, for the whole benchmark or one section.</summary>
public sealed record ScorecardCounts(int Checks, int Pass, int Fail, int Info, int Manual, int NotApplicable, int Unknown)
{
    /// <summary>Checks a rule evaluated (everything but manual).</summary>
    public int Automated => Checks - Manual;

    internal static ScorecardCounts Of(IEnumerable<ScorecardEntry> entries)
    {
        var list = entries.ToArray();
        int Count(CheckOutcome outcome) => list.Count(entry => entry.Outcome == outcome);
        return new ScorecardCounts(list.Length, Count(CheckOutcome.Pass), Count(CheckOutcome.Fail), Count(CheckOutcome.Info), Count(CheckOutcome.Manual), Count(CheckOutcome.NotApplicable), Count(CheckOutcome.Unknown));
    }
}

/// <summary>
/// The CIS Docker Benchmark scorecard of one audit: every check of the catalogue (or those selected) with its
/// outcome, derived from the rules whose equivalents include <c>cis-docker:&lt;id&gt;</c>: fail when any of them
/// found something; else unknown, not applicable or info when one of them said so; else pass when at least one
/// evaluated it; manual when none does. Findings of rules outside the benchmark are listed apart.
/// </summary>
public sealed class Scorecard
{
    private Scorecard(HostAuditResult result, IReadOnlyList<ScorecardEntry> entries, IReadOnlyList<Diagnostic> otherFindings)
    {
        Result = result;
        Entries = entries;
        OtherFindings = otherFindings;
        Counts = ScorecardCounts.Of(entries);
        var sections = new List<(CisSection, ScorecardCounts)>();
        foreach (var section in CisDockerBenchmark.Sections)
        {
            var inSection = entries.Where(entry => entry.Check.Section == section.Id).ToArray();
            if (inSection.Length > 0)
            {
                sections.Add((section, ScorecardCounts.Of(inSection)));
            }
        }

        SectionCounts = sections;
    }

    /// <summary>The audit the scorecard is made from.</summary>
    public HostAuditResult Result { get; }

    /// <summary>The snapshot audited.</summary>
    public HostSnapshot Snapshot => Result.Snapshot;

    /// <summary>One entry per selected check, in benchmark order.</summary>
    public IReadOnlyList<ScorecardEntry> Entries { get; }

    /// <summary>Findings of rules that decide no CIS check (an unpinned image, a secret in an environment variable).</summary>
    public IReadOnlyList<Diagnostic> OtherFindings { get; }

    /// <summary>The counts over every selected check.</summary>
    public ScorecardCounts Counts { get; }

    /// <summary>The counts per section, for the sections with selected checks.</summary>
    public IReadOnlyList<(CisSection Section, ScorecardCounts Counts)> SectionCounts { get; }

    /// <summary>The share of decided checks (pass or fail) that pass, in percent; 100 when none is decided.</summary>
    public int Score => Counts.Pass + Counts.Fail == 0 ? 100 : (int)Math.Round(100.0 * Counts.Pass / (Counts.Pass + Counts.Fail), MidpointRounding.AwayFromZero);

    /// <summary>docker-bench-security's score: +1 for each scored check that passes, -1 for each that fails.</summary>
    public int BenchScore => Entries.Where(entry => entry.Check.Scored).Sum(entry => entry.Outcome switch
    {
        CheckOutcome.Pass => 1,
        CheckOutcome.Fail => -1,
        _ => 0,
    });

    /// <summary>Every finding the scorecard shows: those of the selected checks, then the others.</summary>
    public IEnumerable<Diagnostic> AllFindings => Entries.SelectMany(entry => entry.Findings).Distinct().Concat(OtherFindings);

    /// <summary>
    /// Makes the scorecard of <paramref name="result"/>. <paramref name="rules"/> are every rule of the engine (to tell a
    /// check whose rule was turned off from one no rule decides); <paramref name="include"/> and <paramref name="exclude"/>
    /// select checks by id or section (<c>5</c>, <c>2.1</c>, <c>1.1</c>): empty <paramref name="include"/> means all.
    /// </summary>
    public static Scorecard Create(HostAuditResult result, IReadOnlyList<RuleDescriptor> rules, IReadOnlyCollection<string>? include = null, IReadOnlyCollection<string>? exclude = null)
    {
        var evaluated = new HashSet<string>(result.EvaluatedRules.Select(rule => rule.Id), StringComparer.Ordinal);
        var hasContainers = result.Snapshot.Containers.Count > 0;
        var entries = new List<ScorecardEntry>();
        var mappedRules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in CisDockerBenchmark.Checks)
        {
            var equivalent = AnalysisEngine.CisDockerPrefix + check.Id;
            var checkRules = rules.Where(rule => rule.Equivalents.Contains(equivalent, StringComparer.Ordinal)).ToArray();
            foreach (var rule in checkRules)
            {
                mappedRules.Add(rule.Id);
            }

            if ((include is { Count: > 0 } && !include.Any(check.Matches)) || (exclude is not null && exclude.Any(check.Matches)))
            {
                continue;
            }

            entries.Add(Evaluate(check, checkRules, result, evaluated, hasContainers));
        }

        var other = result.Diagnostics.Where(diagnostic => !mappedRules.Contains(diagnostic.Id)).ToArray();
        return new Scorecard(result, entries, other);
    }

    private static ScorecardEntry Evaluate(CisCheck check, RuleDescriptor[] rules, HostAuditResult result, HashSet<string> evaluated, bool hasContainers)
    {
        var ids = new HashSet<string>(rules.Select(rule => rule.Id), StringComparer.Ordinal);
        var findings = result.Diagnostics.Where(diagnostic => ids.Contains(diagnostic.Id)).ToArray();
        var notes = result.Outcomes.Where(outcome => ids.Contains(outcome.Rule.Id)).ToList();
        CheckOutcome outcome;
        if (findings.Length > 0)
        {
            outcome = CheckOutcome.Fail;
        }
        else if (notes.Any(note => note.Kind == RuleOutcomeKind.Unknown))
        {
            outcome = CheckOutcome.Unknown;
        }
        else if (notes.Any(note => note.Kind == RuleOutcomeKind.NotApplicable))
        {
            outcome = CheckOutcome.NotApplicable;
        }
        else if (notes.Any(note => note.Kind == RuleOutcomeKind.Info))
        {
            outcome = CheckOutcome.Info;
        }
        else if (rules.Any(rule => evaluated.Contains(rule.Id)))
        {
            outcome = CheckOutcome.Pass;
        }
        else if (rules.Length > 0 && !hasContainers && rules.All(rule => (rule.Surfaces & Surfaces.Host) == 0))
        {
            // Container rules have nothing to look at on an engine without containers, or without the list of them.
            if (result.Snapshot.UnavailableReason(HostParts.Containers) is { } reason)
            {
                outcome = CheckOutcome.Unknown;
                notes.Add(new RuleOutcome(rules[0], RuleOutcomeKind.Unknown, null, "the engine's containers were not read: " + reason));
            }
            else
            {
                outcome = CheckOutcome.NotApplicable;
                notes.Add(new RuleOutcome(rules[0], RuleOutcomeKind.NotApplicable, null, "the engine has no containers"));
            }
        }
        else
        {
            outcome = CheckOutcome.Manual;
        }

        return new ScorecardEntry(check, outcome, rules, findings, notes);
    }
}
