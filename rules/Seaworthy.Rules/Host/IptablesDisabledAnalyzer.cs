using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5024: the daemon may not change iptables.</summary>
public sealed class IptablesDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5024",
        "iptables-disabled",
        "Docker may not change iptables",
        "The daemon runs with iptables disabled: Docker does not manage the firewall rules of its networks",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5024"),
        new[] { "cis-docker:2.4" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.DaemonOptions.Boolean("iptables") == false)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
        else if (c.DaemonOptions.State("iptables") == OptionState.Unknown)
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
    });
}
