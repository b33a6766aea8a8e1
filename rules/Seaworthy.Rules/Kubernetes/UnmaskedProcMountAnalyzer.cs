using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4008: a container mounts /proc without the runtime's masks.</summary>
public sealed class UnmaskedProcMountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4008",
        "unmasked-proc-mount",
        "Container mounts /proc unmasked",
        "{0} sets procMount: Unmasked, which exposes the host /proc paths the runtime normally masks",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4008"),
        new[] { "kube-linter:unsafe-proc-mount", "trivy:KSV027", "polaris:procMount" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            if (container.SecurityContext?.GetScalar("procMount") is { Value: "Unmasked" } procMount)
            {
                c.Report(Rule, procMount.Location, description);
            }
        }
    });
}
