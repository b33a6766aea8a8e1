using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Container;

/// <summary>SW1024: the container publishes a port below 1024 on the host.</summary>
public sealed class PrivilegedHostPortAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1024",
        "privileged-host-port",
        "Privileged port published on the host",
        "{0} publishes host port {1}, a privileged port (below 1024) that the host reserves for its own services",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1024"),
        new[] { "cis-docker:5.8", "kics:privileged_ports_mapped_in_container" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var port in c.Container.Runtime.PublishedPorts)
        {
            if (port.HostPort is { } hostPort && LowestPort(hostPort) is > 0 and < 1024)
            {
                c.Report(Rule, port.Location, c.Container.Description, hostPort);
            }
        }
    });

    // "80", or the first port of a range "80-90"; 0 when it is not a number (a port the engine picks).
    private static int LowestPort(string hostPort)
    {
        var dash = hostPort.IndexOf('-');
        var first = dash < 0 ? hostPort : hostPort.Substring(0, dash);
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 0;
    }
}
