using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4037: an OpenShift SecurityContextConstraints admits privileged containers.</summary>
public sealed class SccPrivilegedContainerAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4037",
        "scc-privileged-container",
        "SecurityContextConstraints allows privileged containers",
        "{0} sets allowPrivilegedContainer: true, so every pod it admits may run privileged containers with full access to the node",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4037"),
        new[] { "kube-linter:scc-deny-privileged-container" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        // The fields of a SecurityContextConstraints are at the top level, not under spec.
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value == "SecurityContextConstraints"
            && manifest.Node.GetScalar("allowPrivilegedContainer") is { } allowed && YamlNavigation.IsTrue(allowed))
        {
            c.Report(Rule, allowed.Location, manifest.Description);
        }
    });
}
