using System;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Reporting;

/// <summary>
/// The names reports use for enum values. They are spelled out rather than derived from the C# names
/// so that renaming a member never changes an output format that other tools parse.
/// </summary>
internal static class ReportNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Hidden => "hidden",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    public static string Of(RuleCategory category) => category switch
    {
        RuleCategory.Security => "security",
        RuleCategory.Reliability => "reliability",
        RuleCategory.Efficiency => "efficiency",
        RuleCategory.Maintainability => "maintainability",
        RuleCategory.Style => "style",
        RuleCategory.Correctness => "correctness",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown rule category."),
    };

    public static string Of(FileKind kind) => kind switch
    {
        FileKind.Dockerfile => "dockerfile",
        FileKind.Compose => "compose",
        FileKind.Kubernetes => "kubernetes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };
}
