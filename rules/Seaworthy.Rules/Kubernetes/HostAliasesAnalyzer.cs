using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4038: the pods write their own entries into /etc/hosts.</summary>
public sealed class HostAliasesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4038",
        "host-aliases",
        "Pod overrides name resolution with hostAliases",
        "{0} sets hostAliases, which the kubelet writes into its pods' /etc/hosts: those names resolve to fixed addresses whatever DNS says",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4038"),
        new[] { "trivy:KSV007" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        if (c.PodTemplate?.Spec.Find("hostAliases") is { } entry)
        {
            c.Report(Rule, entry.Key.Location, c.KubernetesObject.Description);
        }
    });
}
