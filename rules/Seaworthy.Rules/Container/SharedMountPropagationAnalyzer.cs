using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1027: a mount propagates mounts made in the container back to the host.</summary>
public sealed class SharedMountPropagationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1027",
        "shared-mount-propagation",
        "Mount propagation is shared",
        "{0} mounts '{1}' with {2} propagation: a mount made inside the container appears on the host",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1027"),
        new[] { "cis-docker:5.20" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var mount in c.Container.Runtime.Mounts)
        {
            if (mount.Propagation is { } propagation
                && (string.Equals(propagation, "shared", StringComparison.OrdinalIgnoreCase) || string.Equals(propagation, "rshared", StringComparison.OrdinalIgnoreCase)))
            {
                // Kubernetes writes it as mountPropagation: Bidirectional, and a finding points at that value.
                var written = c.Container.Surface == ContainerSurface.Kubernetes ? "Bidirectional" : propagation;
                c.Report(Rule, mount.PropagationLocation ?? mount.Location, c.Container.Description, mount.Source ?? mount.Target, written);
            }
        }
    });
}
