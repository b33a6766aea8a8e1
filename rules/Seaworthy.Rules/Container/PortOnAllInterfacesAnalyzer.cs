using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1025: the container publishes a port on every host interface instead of one address.</summary>
public sealed class PortOnAllInterfacesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1025",
        "port-on-all-interfaces",
        "Port published on every host interface",
        "{0} publishes {1} on every host interface: {2}",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1025"),
        new[] { "cis-docker:5.14", "dclint:no-unbound-port-interfaces", "kics:container_traffic_not_bound_to_host_interface" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var port in c.Container.Runtime.PublishedPorts)
        {
            if (port.HostIp is null)
            {
                var published = port.HostPort is { } hostPort ? $"host port {hostPort}" : $"container port {port.ContainerPort} (on a host port the engine picks)";
                var fix = c.Container.Surface == ContainerSurface.Kubernetes
                    ? "set hostIP to one node address, or reach the pods through a Service instead of a hostPort"
                    : "bind it to one address (127.0.0.1:...) unless other hosts must reach it";
                c.Report(Rule, port.Location, c.Container.Description, published, fix);
            }
        }
    });
}
