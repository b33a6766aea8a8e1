using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5102: the swarm management port listens on every interface.</summary>
public sealed class SwarmPortOnAllInterfacesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5102",
        "swarm-port-on-all-interfaces",
        "Swarm management port listens on every interface",
        "The swarm management port 2377 listens on every interface ({0})",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5102"),
        new[] { "cis-docker:7.2" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    private const int ManagementPort = 2377;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.IsSwarmNode(Rule))
        {
            return;
        }

        if (c.Snapshot.Local?.ListeningSockets is not { } sockets)
        {
            c.Audit.Unknown(Rule, "the host's listening sockets were not read: " + (c.Snapshot.UnavailableReason(HostParts.ListeningSockets) ?? c.Snapshot.UnavailableReason(HostParts.Local) ?? "no reason recorded"));
            return;
        }

        foreach (var socket in sockets)
        {
            if (socket.Port == ManagementPort && socket.Address is "" or "0.0.0.0" or "::" or "*")
            {
                c.Report(Rule, HostTarget.Host, socket.Address.Length == 0 ? "*" : socket.Address);
            }
        }
    });
}
