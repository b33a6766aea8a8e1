using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1048: a Kubernetes container adds a capability the Pod Security Standards' restricted profile does not allow.</summary>
public sealed class CapabilityBeyondRestrictedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1048",
        "capability-beyond-restricted",
        "Capability beyond the Pod Security restricted profile",
        "{0} adds capability {1}: the Pod Security Standards' restricted profile lets a container add back only NET_BIND_SERVICE",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1048"),
        new[] { "trivy:KSV106", "trivy:KSV022" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        if (c.Container.Surface != ContainerSurface.Kubernetes)
        {
            return;
        }

        // The rest are beyond the baseline too, and SW1009 or SW1047 reports them.
        foreach (var capability in c.Container.Runtime.AddedCapabilities)
        {
            if (CapabilityBeyondBaselineAnalyzer.Baseline.Contains(capability.Value) && !string.Equals(capability.Value, "NET_BIND_SERVICE", StringComparison.Ordinal))
            {
                c.Report(Rule, capability.Location, c.Container.Description, capability.Value);
            }
        }
    });
}
