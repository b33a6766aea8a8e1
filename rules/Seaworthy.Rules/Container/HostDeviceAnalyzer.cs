using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Container;

/// <summary>SW1026: the container is given a host device.</summary>
public sealed class HostDeviceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1026",
        "host-device",
        "Host device given to the container",
        "{0} is given the host device '{1}': it reads and writes the hardware directly, past the container's isolation",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose,
        RuleDescriptor.HelpFor("SW1026"),
        new[] { "cis-docker:5.18" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var device in c.Container.Runtime.Devices)
        {
            c.Report(Rule, device.Location, c.Container.Description, device.Value);
        }
    });
}
