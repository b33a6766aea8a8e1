using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4007: a container binds a port of the node.</summary>
public sealed class HostPortAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4007",
        "host-port",
        "Container binds a host port",
        "{0} binds host port {1}, which ties the pod to nodes where that port is free and exposes it on the node's address",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4007"),
        new[] { "checkov:CKV_K8S_26", "trivy:KSV024", "polaris:hostPortSet" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            foreach (var port in ManifestQueries.MappingItems(container.Node, "ports"))
            {
                if (port.GetScalar("hostPort") is { } hostPort && hostPort.Value != "0")
                {
                    c.Report(Rule, hostPort.Location, description, hostPort.Value);
                }
            }
        }
    });
}
