using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4028: a probe checks a port the container does not declare, or declares for UDP or SCTP only.</summary>
public sealed class ProbePortNotExposedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4028",
        "probe-port-not-exposed",
        "Probe checks a port the container does not declare for TCP",
        "{0} has a {1} probe on port '{2}', which the container {3}",
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
            // Probes connect over TCP: a port declared for UDP or SCTP only does not answer them.
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var port in ManifestQueries.MappingItems(container.Node, "ports"))
            {
                var protocol = port.GetScalar("protocol")?.Value ?? "TCP";
                if (port.GetScalar("name") is { } name)
                {
                    Declare(names, name.Value, protocol);
                }

                if (port.GetScalar("containerPort") is { } number)
                {
                    Declare(numbers, number.Value, protocol);
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
                    var declared = isNumber ? numbers : names;
                    if (declared.TryGetValue(port.Value, out var protocol))
                    {
                        if (protocol != "TCP")
                        {
                            c.Report(Rule, port.Location, description, probeName, port.Value, "declares for " + protocol + " only");
                        }
                    }
                    else if (!isNumber || numbers.Count > 0)
                    {
                        c.Report(Rule, port.Location, description, probeName, port.Value, "does not declare");
                    }
                }
            }
        }
    });

    // A port declared for TCP anywhere in the list keeps TCP (DNS declares 53 for both).
    private static void Declare(Dictionary<string, string> declared, string port, string protocol)
    {
        if (!declared.TryGetValue(port, out var known) || protocol == "TCP")
        {
            declared[port] = protocol;
        }
        else if (known != "TCP" && !(" and " + known + " and ").Contains(" and " + protocol + " and "))
        {
            declared[port] = known + " and " + protocol;
        }
    }
}
