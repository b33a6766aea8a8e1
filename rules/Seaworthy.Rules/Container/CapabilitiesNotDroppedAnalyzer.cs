using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1010: the container keeps the default capabilities instead of dropping them all.</summary>
public sealed class CapabilitiesNotDroppedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1010",
        "capabilities-not-dropped",
        "Capabilities are not dropped",
        "{0} does not drop ALL capabilities, so it keeps {1} whether it needs them or not",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1010"),
        new[] { "checkov:CKV_K8S_37", "checkov:CKV_K8S_28", "kube-linter:drop-net-raw-capability", "trivy:KSV003", "kubesec:CapDropAll", "polaris:insecureCapabilities", "kics:container_capabilities_unrestricted", "trivy:KSV004", "trivy:KSV106" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var container = c.Container;

        // A privileged container gets every capability whatever it drops; SW1007 reports it.
        if (!container.HasRuntimeSettings || container.Runtime.Privileged is { Value: true })
        {
            return;
        }

        var dropsNetRaw = false;
        foreach (var dropped in container.Runtime.DroppedCapabilities)
        {
            if (string.Equals(dropped.Value, "ALL", StringComparison.Ordinal))
            {
                return;
            }

            dropsNetRaw |= string.Equals(dropped.Value, "NET_RAW", StringComparison.Ordinal);
        }

        // Only where nothing is dropped yet: a list that drops some would need an item added, not a key.
        var fix = container.Runtime.DroppedCapabilities.Count > 0 ? null
            : container.Surface == ContainerSurface.Kubernetes
                ? YamlFixes.Set(container.Node, FixSafety.Unsafe, "Drop ALL capabilities", "[ALL]", "securityContext", "capabilities", "drop")
                : YamlFixes.Set(container.Node, FixSafety.Unsafe, "Drop ALL capabilities", "[ALL]", "cap_drop");
        FixReport.Report(c, Rule, container.Definition, fix, container.Description, dropsNetRaw ? "the rest of the default set (CHOWN, SETUID, DAC_OVERRIDE, ...)" : "the default set (NET_RAW, CHOWN, SETUID, ...)");
    });
}
