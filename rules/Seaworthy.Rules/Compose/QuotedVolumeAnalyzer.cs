using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3008: a volume entry written in quotes (a style rule, off by default).</summary>
public sealed class QuotedVolumeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3008",
        "quoted-volume",
        "Volume entry in quotes",
        "{0} writes the volume '{1}' in quotes, which it does not need",
        RuleCategory.Style,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3008"),
        new[] { "dclint:no-quotes-in-volumes" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        foreach (var mount in c.Service.Volumes)
        {
            if (mount.Node is YamlScalar { Style: YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted } scalar)
            {
                c.Report(Rule, scalar.Location, c.Container.Description, scalar.Value);
            }
        }
    });
}
