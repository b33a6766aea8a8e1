using System;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Engine;

/// <summary>
/// A Dockerfile's BuildKit check directives applied to the rules whose equivalents name BuildKit checks
/// (<c>buildkit:JSONArgsRecommended</c>). As in BuildKit, skipping concerns only checks that run by default: a rule
/// that is off by default (BuildKit's experimental checks) is switched on for the file by <c>experimental=</c> and
/// is not affected by <c>skip=</c>; <c>error=true</c> raises those rules' findings to errors.
/// </summary>
internal static class BuildCheckLevels
{
    private const string Tool = "buildkit:";

    /// <summary>True when <c>experimental=</c> switches on <paramref name="rule"/>, which is off by default.</summary>
    public static bool Enables(this BuildChecks checks, RuleDescriptor rule) =>
        !rule.EnabledByDefault && !checks.IsEmpty && AnyCheck(rule, check => checks.IsSwitchedOn(check));

    /// <summary>True when <c>skip=</c>, for the file or the instruction at <paramref name="location"/>, skips <paramref name="rule"/>.</summary>
    public static bool IsSkipped(this BuildChecks checks, RuleDescriptor rule, Location location) =>
        rule.EnabledByDefault && !checks.IsEmpty && AnyCheck(rule, check => checks.IsSkipped(check, location.Line));

    /// <summary>The severity of <paramref name="rule"/>'s findings in the file: an error under <c>error=true</c>.</summary>
    public static Severity SeverityOf(this BuildChecks checks, RuleDescriptor rule) =>
        checks.RaisesToErrors && AnyCheck(rule, _ => true) ? Severity.Error : rule.DefaultSeverity;

    private static bool AnyCheck(RuleDescriptor rule, Func<string, bool> predicate)
    {
        foreach (var equivalent in rule.Equivalents)
        {
            if (equivalent.StartsWith(Tool, StringComparison.Ordinal) && predicate(equivalent.Substring(Tool.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
