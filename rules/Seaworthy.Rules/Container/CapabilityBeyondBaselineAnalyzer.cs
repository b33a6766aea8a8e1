using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1047: a Kubernetes container adds a capability the Pod Security Standards' baseline profile does not allow.</summary>
public sealed class CapabilityBeyondBaselineAnalyzer : Analyzer
{
    /// <summary>The capabilities the baseline profile lets a container add (Kubernetes' Pod Security Standards).</summary>
    internal static readonly HashSet<string> Baseline = new(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID",
        "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    // SW1009 reports these, with the reason each is dangerous: one finding per capability.
    private static readonly HashSet<string> Dangerous = new(DangerousCapabilityAnalyzer.Known.Select(known => known.Name), StringComparer.Ordinal);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1047",
        "capability-beyond-baseline",
        "Capability beyond the Pod Security baseline",
        "{0} adds capability {1}, which the Pod Security Standards' baseline profile does not allow: a namespace that enforces baseline refuses the pod",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1047"),
        new[] { "trivy:KSV022", "trivy:KSV106" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        if (c.Container.Surface != ContainerSurface.Kubernetes)
        {
            return;
        }

        foreach (var capability in c.Container.Runtime.AddedCapabilities)
        {
            if (!Baseline.Contains(capability.Value) && !Dangerous.Contains(capability.Value))
            {
                c.Report(Rule, capability.Location, c.Container.Description, capability.Value);
            }
        }
    });
}
