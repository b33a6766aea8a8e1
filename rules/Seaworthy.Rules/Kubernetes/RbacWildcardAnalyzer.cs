using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4014: an RBAC rule grants every verb, resource or API group.</summary>
public sealed class RbacWildcardAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4014",
        "rbac-wildcard",
        "RBAC rule uses a wildcard",
        "{0} grants '{1}' in {2}: list the {2} its subjects need",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4014"),
        new[] { "kube-linter:wildcard-in-rules", "checkov:CKV_K8S_49", "trivy:KSV044", "trivy:KSV045", "trivy:KSV046", "trivy:KSV112" });

    private static readonly string[] Fields = { "verbs", "resources", "apiGroups" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        foreach (var rule in ManifestQueries.RbacRules(manifest))
        {
            foreach (var field in Fields)
            {
                foreach (var item in ManifestQueries.ScalarItems(rule, field))
                {
                    if (item.Value.IndexOf('*') >= 0)
                    {
                        c.Report(Rule, item.Location, manifest.Description, item.Value, field);
                    }
                }
            }
        }
    });
}
