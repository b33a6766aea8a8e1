using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4023: a pod spec uses the deprecated serviceAccount field.</summary>
public sealed class DeprecatedServiceAccountFieldAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4023",
        "deprecated-service-account-field",
        "Pod spec uses the deprecated serviceAccount field",
        "{0} sets serviceAccount, a deprecated alias: use serviceAccountName",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4023"),
        new[] { "kube-linter:deprecated-service-account-field" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (c.PodTemplate?.Spec.Find("serviceAccount") is { } field)
        {
            c.Report(Rule, field.Key.Location, manifest.Description);
        }
    });
}
