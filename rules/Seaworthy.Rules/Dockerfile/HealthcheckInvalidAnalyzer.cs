using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2033: a HEALTHCHECK that BuildKit rejects: wrong type, arguments, flags, durations or retries.</summary>
public sealed class HealthcheckInvalidAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2033",
        "healthcheck-invalid",
        "HEALTHCHECK that BuildKit rejects",
        "{0}{1}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2033"),
        Array.Empty<string>());

    private static readonly Dictionary<string, InstructionQueries.FlagKind> Flags = new(StringComparer.Ordinal)
    {
        ["interval"] = InstructionQueries.FlagKind.String,
        ["timeout"] = InstructionQueries.FlagKind.String,
        ["start-period"] = InstructionQueries.FlagKind.String,
        ["start-interval"] = InstructionQueries.FlagKind.String,
        ["retries"] = InstructionQueries.FlagKind.String,
    };

    // Nanoseconds per Go duration unit (time.ParseDuration).
    private static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["ns"] = 1, ["us"] = 1e3, ["\u00b5s"] = 1e3, ["\u03bcs"] = 1e3, ["ms"] = 1e6, ["s"] = 1e9, ["m"] = 60e9, ["h"] = 3600e9,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        if (InstructionQueries.Unwrap<HealthcheckInstruction>(c.Instruction) is not { } healthcheck)
        {
            return;
        }

        // A trigger is only parsed when a build uses this image as its base, and fails there.
        var where = ReferenceEquals(healthcheck, c.Instruction) ? string.Empty : " (in an ONBUILD trigger: every build FROM this image fails)";
        foreach (var (span, message) in Problems(healthcheck, c.Dockerfile.Syntax.Text))
        {
            c.Report(Rule, c.GetLocation(span), message, where);
        }
    });

    // BuildKit's parseHealthcheck (frontend/dockerfile/instructions/parse.go), every problem rather than the first.
    private static IEnumerable<(TextSpan Span, string Message)> Problems(HealthcheckInstruction healthcheck, SourceText text)
    {
        if (healthcheck.Type is not { } type)
        {
            yield return (healthcheck.KeywordSpan, "HEALTHCHECK requires at least one argument");
            yield break;
        }

        var kind = type.Value.ToUpperInvariant();
        if (kind == "NONE")
        {
            // BuildKit does not read the flags of HEALTHCHECK NONE.
            if (healthcheck.Arguments.Count > 1)
            {
                yield return (healthcheck.Arguments[1].Span, "HEALTHCHECK NONE takes no arguments");
            }

            yield break;
        }

        foreach (var (flag, message) in InstructionQueries.FlagProblems(healthcheck, Flags))
        {
            yield return (flag.Span, message);
        }

        if (kind != "CMD")
        {
            yield return (type.Span, $"Unknown type \"{type.Value}\" in HEALTHCHECK (try CMD)");
        }
        else if (healthcheck.Arguments.Count == 1)
        {
            yield return (type.Span, "Missing command after HEALTHCHECK CMD");
        }

        foreach (var flag in healthcheck.Flags)
        {
            if (flag.Value is not { Length: > 0 } value || !Flags.ContainsKey(flag.Name))
            {
                continue;
            }

            var problem = flag.Name == "retries" ? RetriesProblem(value) : DurationProblem(flag.Name, value);
            if (problem is not null)
            {
                yield return (InstructionQueries.ValueSpan(flag, text), problem);
            }
        }
    }

    private static string? RetriesProblem(string value)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var retries))
        {
            return $"--retries={value} is not a whole number";
        }

        return retries < 0 ? $"--retries cannot be negative ({retries.ToString(CultureInfo.InvariantCulture)})" : null;
    }

    private static string? DurationProblem(string name, string value)
    {
        if (ParseDuration(value, out var nanoseconds) is { } error)
        {
            return $"--{name}={value}: {error} (a Go duration such as 30s, 1m30s or 500ms)";
        }

        return nanoseconds != 0 && nanoseconds < 1e6 ? $"Interval \"{name}\" cannot be less than 1ms (it is {value})" : null;
    }

    // Go's time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+, or "0". Returns Go's error text, or null.
    private static string? ParseDuration(string text, out double nanoseconds)
    {
        nanoseconds = 0;
        var invalid = $"time: invalid duration \"{text}\"";
        var s = text;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        if (s == "0")
        {
            return null;
        }

        if (s.Length == 0)
        {
            return invalid;
        }

        var pos = 0;
        while (pos < s.Length)
        {
            var number = 0.0;
            var hasInteger = false;
            while (pos < s.Length && s[pos] is >= '0' and <= '9')
            {
                number = (number * 10) + (s[pos++] - '0');
                hasInteger = true;
            }

            var hasFraction = false;
            if (pos < s.Length && s[pos] == '.')
            {
                pos++;
                for (var place = 0.1; pos < s.Length && s[pos] is >= '0' and <= '9'; place /= 10)
                {
                    number += (s[pos++] - '0') * place;
                    hasFraction = true;
                }
            }

            if (!hasInteger && !hasFraction)
            {
                return invalid;
            }

            var unitStart = pos;
            while (pos < s.Length && s[pos] is not ('.' or (>= '0' and <= '9')))
            {
                pos++;
            }

            var unit = s.Substring(unitStart, pos - unitStart);
            if (unit.Length == 0)
            {
                return $"time: missing unit in duration \"{text}\"";
            }

            if (!Units.TryGetValue(unit, out var scale))
            {
                return $"time: unknown unit \"{unit}\" in duration \"{text}\"";
            }

            nanoseconds += number * scale;
        }

        // Go's Duration is an int64 of nanoseconds.
        if (nanoseconds > long.MaxValue)
        {
            return invalid;
        }

        nanoseconds = negative ? -nanoseconds : nanoseconds;
        return null;
    }
}
