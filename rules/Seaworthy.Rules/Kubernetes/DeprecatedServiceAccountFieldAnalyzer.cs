using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Text;

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
        new[] { "kube-linter:deprecated-service-account-field" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (c.PodTemplate?.Spec is not { } spec || spec.Find("serviceAccount") is not { } field)
        {
            return;
        }

        // Renamed only when written plainly (a quoted key's span holds its quotes) and the new name is not there yet.
        var key = field.Key.Location;
        if (key.Span.Length == "serviceAccount".Length && spec.Find("serviceAccountName") is null)
        {
            c.Report(Rule, key, Fix.Safe("Rename serviceAccount to serviceAccountName", TextEdit.Insert(key.Span.End, "Name")), manifest.Description);
        }
        else
        {
            c.Report(Rule, key, manifest.Description);
        }
    });
}
