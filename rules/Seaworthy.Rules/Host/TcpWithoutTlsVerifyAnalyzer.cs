using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5027: the daemon listens on TCP without verifying client certificates.</summary>
public sealed class TcpWithoutTlsVerifyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5027",
        "tcp-without-tls-verify",
        "The daemon listens on TCP without TLS client verification",
        "The daemon listens on {0} without TLS client certificate verification",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5027"),
        new[] { "cis-docker:2.7" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var options = c.DaemonOptions;
        var verified = options.Boolean("tlsverify") == true;
        var listensOnTcp = false;
        foreach (var host in options.Get("hosts"))
        {
            if (IsTcp(host.Value))
            {
                listensOnTcp = true;
                if (!verified)
                {
                    c.Report(Rule, HostTarget.Daemon, host.Value);
                }
            }
        }

        if (listensOnTcp)
        {
            return;
        }

        if (!options.IsKnown)
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
        else
        {
            c.Audit.NotApplicable(Rule, "the daemon listens on no TCP address");
        }
    });

    private static bool IsTcp(string address) => address.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase);
}
