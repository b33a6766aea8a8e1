using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4085: a container declares that it listens on a port below 1024.</summary>
public sealed class PrivilegedContainerPortAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4085",
        "privileged-container-port",
        "Container listens on a privileged port",
        "{0} listens on port {1}, a privileged port (below 1024): binding it takes root or NET_BIND_SERVICE where the runtime keeps the kernel's default",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4085"),
        new[] { "kube-linter:privileged-ports" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            foreach (var port in ManifestQueries.MappingItems(container.Node, "ports"))
            {
                if (port.GetScalar("containerPort") is { } containerPort
                    && int.TryParse(containerPort.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    && number is > 0 and < 1024)
                {
                    c.Report(Rule, containerPort.Location, description, number);
                }
            }
        }
    });
}
