using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3007: an unquoted port mapping that YAML 1.1 reads as a base-60 number.</summary>
public sealed class SexagesimalPortAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3007",
        "unquoted-base-60-port",
        "Unquoted port read as a base-60 number",
        "{0} publishes '{1}' unquoted: YAML 1.1 parsers read it as the base-60 number {2}; quote it",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3007"),
        new[] { "dclint:require-quotes-in-ports" })
    {
        FixSafety = FixSafety.Safe,
    };

    // YAML 1.1's base-60 integer: [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+ (https://yaml.org/type/int.html).
    private static readonly Regex Sexagesimal = new("^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        foreach (var port in c.Service.Ports)
        {
            if (port.Node is YamlScalar { Style: YamlScalarStyle.Plain, Tag: null } scalar && Sexagesimal.IsMatch(scalar.Value))
            {
                FixReport.Report(c, Rule, scalar.Location, YamlEdits.Quote(scalar) is { } quote ? Fix.Safe("Quote the port", quote) : null, c.Container.Description, scalar.Value, Base60(scalar.Value));
            }
        }
    });

    private static long Base60(string text)
    {
        long value = 0;
        foreach (var part in text.TrimStart('+', '-').Split(':'))
        {
            value = (value * 60) + long.Parse(part.Replace("_", string.Empty), System.Globalization.CultureInfo.InvariantCulture);
        }

        return text[0] == '-' ? -value : value;
    }
}
