using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Engine;

/// <summary>The rules the engine itself reports (SW0xxx): bad input, bad suppressions, failing analyzers.</summary>
public static class ToolRules
{
    /// <summary>SW0001: the file does not parse.</summary>
    public static readonly RuleDescriptor SyntaxError = new(
        "SW0001",
        "syntax-error",
        "The file does not parse",
        "{0}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW0001"),
        new[] { "hadolint:DL1000" });

    /// <summary>SW0002: a suppression names a rule that does not exist.</summary>
    public static readonly RuleDescriptor UnknownRuleInSuppression = new(
        "SW0002",
        "unknown-rule-in-suppression",
        "A suppression names an unknown rule",
        "Suppression names '{0}', which is not a Seaworthy rule id or name",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW0002"),
        Array.Empty<string>());

    /// <summary>SW0003: a suppression that suppressed nothing in this run.</summary>
    public static readonly RuleDescriptor UnusedSuppression = new(
        "SW0003",
        "unused-suppression",
        "A suppression suppresses nothing",
        "This suppression ({0}) suppresses nothing here: remove it, or it will hide a finding that appears later",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW0003"),
        Array.Empty<string>());

    /// <summary>SW0004: an analyzer threw; its findings for this file are incomplete.</summary>
    public static readonly RuleDescriptor AnalyzerFailed = new(
        "SW0004",
        "analyzer-failed",
        "An analyzer failed on this file",
        "{0} ({1}) failed on this file with {2}: {3}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW0004"),
        Array.Empty<string>());

    /// <summary>SW0005: the file could not be read as text, so it was not analyzed.</summary>
    public static readonly RuleDescriptor UnreadableFile = new(
        "SW0005",
        "unreadable-file",
        "The file cannot be read as text",
        "{0}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW0005"),
        Array.Empty<string>());

    /// <summary>SW0006: the file was given but not analyzed (named YAML that is neither Compose nor Kubernetes, an unrendered Helm template).</summary>
    public static readonly RuleDescriptor SkippedFile = new(
        "SW0006",
        "skipped-file",
        "The file was skipped",
        "{0}",
        RuleCategory.Correctness,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW0006"),
        Array.Empty<string>());

    /// <summary>All of them, by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { SyntaxError, UnknownRuleInSuppression, UnusedSuppression, AnalyzerFailed, UnreadableFile, SkippedFile };
}
