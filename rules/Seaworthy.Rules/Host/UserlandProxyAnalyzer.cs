using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5036: the userland proxy is on.</summary>
public sealed class UserlandProxyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5036",
        "userland-proxy-enabled",
        "The userland proxy is on",
        "The userland proxy is on: a docker-proxy process serves each published port",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5036"),
        new[] { "cis-docker:2.16" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var proxy = c.DaemonOptions.Boolean("userland-proxy");
        if (proxy == false)
        {
            return;
        }

        if (proxy == true || c.DaemonOptions.IsKnown)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
        else
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
    });
}
