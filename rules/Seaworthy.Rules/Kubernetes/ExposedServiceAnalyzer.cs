using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4018: a Service is reachable from outside the cluster.</summary>
public sealed class ExposedServiceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4018",
        "exposed-service",
        "Service is exposed outside the cluster",
        "{0} is exposed outside the cluster: {1}",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4018"),
        new[] { "kube-linter:exposed-services", "trivy:KSV108", "kube-score:service-type" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var spec = manifest.Spec;
        if (manifest.Kind.Value != "Service")
        {
            return;
        }

        if (spec?.GetScalar("type") is { Value: "NodePort" or "LoadBalancer" } type)
        {
            c.Report(Rule, type.Location, manifest.Description, "type " + type.Value);
        }

        if (spec?.Find("externalIPs") is { Value: YamlSequence { Items.Count: > 0 } } externalIps)
        {
            c.Report(Rule, externalIps.Key.Location, manifest.Description, "externalIPs");
        }
    });
}
