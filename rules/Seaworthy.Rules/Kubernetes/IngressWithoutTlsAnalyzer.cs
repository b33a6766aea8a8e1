using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4019: an Ingress serves its hosts over plain HTTP.</summary>
public sealed class IngressWithoutTlsAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4019",
        "ingress-without-tls",
        "Ingress serves plain HTTP",
        "{0} has no tls section, so its hosts are served over plain HTTP",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4019"),
        new[] { "polaris:tlsSettingsMissing" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value == "Ingress" && !ManifestQueries.MappingItems(manifest.Spec, "tls").Any())
        {
            c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description);
        }
    });
}
