using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5028: the daemon sets no default ulimits.</summary>
public sealed class NoDefaultUlimitsAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5028",
        "no-default-ulimits",
        "No default ulimits for containers",
        "The daemon sets no default ulimits for containers",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5028"),
        new[] { "cis-docker:2.8" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var state = c.DaemonOptions.State("default-ulimits");
        if (state == OptionState.Unknown)
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
        else if (state == OptionState.Unset)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
