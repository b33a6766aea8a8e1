using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2042: a label of the configured schema has a value that is not of its type.</summary>
public sealed class InvalidLabelValueAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2042",
        "invalid-label-value",
        "Label value does not match its schema type",
        "Label '{0}' {1}",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2042"),
        new[] { "hadolint:DL3051", "hadolint:DL3052", "hadolint:DL3053", "hadolint:DL3054", "hadolint:DL3055", "hadolint:DL3056", "hadolint:DL3058" });

    // Semantic Versioning 2.0.0, with an optional leading "v" as release tags often have.
    private static readonly Regex SemVer = new(
        @"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$",
        RegexOptions.CultureInvariant);

    // A git object name: abbreviated (7+) or full SHA-1 (40), or SHA-256 (64).
    private static readonly Regex GitHash = new("^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$", RegexOptions.CultureInvariant);

    private static readonly Regex Email = new(@"^[^@\s""<>]+@[^@\s""<>]+\.[^@\s""<>]+$", RegexOptions.CultureInvariant);

    // RFC 3339's date-time: full-date "T" full-time, any number of fraction digits, "Z" or a numeric offset;
    // "t" and "z" may be lower case (section 5.6).
    private static readonly Regex Rfc3339 = new(
        @"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))$",
        RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var schema = c.Settings.RequiredLabels;
        if (schema.Count == 0)
        {
            return;
        }

        foreach (var labels in LabelQueries.ImageLabels(c.Dockerfile))
        {
            foreach (var label in labels.Values)
            {
                if (schema.TryGetValue(label.Key, out var type) && Problem(type, label.Value) is { } problem)
                {
                    c.Report(Rule, c.GetLocation(label.Value.Length == 0 ? label.KeySpan : label.ValueSpan), label.Key, problem);
                }
            }
        }
    });

    /// <summary>What is wrong with <paramref name="value"/> for <paramref name="type"/>, or null when it is fine.</summary>
    internal static string? Problem(string type, string value)
    {
        if (value.Trim().Length == 0)
        {
            return "is empty";
        }

        if (value.IndexOf('$') >= 0)
        {
            return null;
        }

        var valid = type switch
        {
            "url" => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" or "git" or "ssh",
            "rfc3339" => IsRfc3339(value),
            "semver" => SemVer.IsMatch(value),
            "hash" => GitHash.IsMatch(value),
            "spdx" => SpdxExpression.IsValid(value),
            "email" => Email.IsMatch(value),
            _ => true,
        };
        return valid ? null : $"is not a valid {type} value: '{value}'";
    }

    private static bool IsRfc3339(string value)
    {
        var match = Rfc3339.Match(value);
        if (!match.Success)
        {
            return false;
        }

        int Part(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var (year, month, day) = (Part(1), Part(2), Part(3));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Part(4) <= 23 && Part(5) <= 59 && Part(6) <= 60 // 60: a leap second
            && (!match.Groups[9].Success || (Part(9) <= 23 && Part(10) <= 59));
    }
}
