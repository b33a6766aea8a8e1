using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4028: a probe checks a port the container does not declare.</summary>
public sealed class ProbePortNotExposedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4028",
        "probe-port-not-exposed",
        "Probe checks a port the container does not declare",
        "{0} has a {1} probe on port '{2}', which the container does not declare",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4028"),
        new[] { "kube-linter:liveness-port", "kube-linter:readiness-port", "kube-linter:startup-port" });

    private static readonly (string Key, string Name)[] Probes = { ("livenessProbe", "liveness"), ("readinessProbe", "readiness"), ("startupProbe", "startup") };
    private static readonly string[] Handlers = { "httpGet", "tcpSocket", "grpc" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var port in ManifestQueries.MappingItems(container.Node, "ports"))
            {
                if (port.GetScalar("name") is { } name)
                {
                    names.Add(name.Value);
                }

                if (port.GetScalar("containerPort") is { } number)
                {
                    numbers.Add(number.Value);
                }
            }

            foreach (var (key, probeName) in Probes)
            {
                foreach (var handler in Handlers)
                {
                    if (container.Node.GetMappingAt(key, handler)?.GetScalar("port") is not { } port)
                    {
                        continue;
                    }

                    var isNumber = int.TryParse(port.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
                    if (isNumber ? numbers.Count > 0 && !numbers.Contains(port.Value) : !names.Contains(port.Value))
                    {
                        c.Report(Rule, port.Location, description, probeName, port.Value);
                    }
                }
            }
        }
    });
}
