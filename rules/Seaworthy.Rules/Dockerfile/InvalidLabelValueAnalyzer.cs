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

    // An SPDX license expression: identifiers (LicenseRef- too) joined by AND, OR, WITH and parentheses.
    private static readonly Regex SpdxExpression = new(
        @"^\(*\s*[A-Za-z0-9.+-]+\s*\)*(\s+(AND|OR|WITH)\s+\(*\s*[A-Za-z0-9.+-]+\s*\)*)*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex Email = new(@"^[^@\s""<>]+@[^@\s""<>]+\.[^@\s""<>]+$", RegexOptions.CultureInvariant);

    private static readonly string[] Rfc3339Formats =
    {
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    };

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

        if (c.Dockerfile.TargetStage is { } stage)
        {
            foreach (var label in LabelQueries.Labels(c.Dockerfile, stage).Values)
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
            "rfc3339" => DateTimeOffset.TryParseExact(value, Rfc3339Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "semver" => SemVer.IsMatch(value),
            "hash" => GitHash.IsMatch(value),
            "spdx" => SpdxExpression.IsMatch(value),
            "email" => Email.IsMatch(value),
            _ => true,
        };
        return valid ? null : $"is not a valid {type} value: '{value}'";
    }
}
