using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4015: an RBAC rule lets its subjects read Secrets.</summary>
public sealed class RbacSecretsAccessAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4015",
        "rbac-secrets-access",
        "RBAC rule grants access to Secrets",
        "{0} grants '{1}' on Secrets: whoever is bound to it can read every credential in its scope",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4015"),
        new[] { "kube-linter:access-to-secrets", "checkov:CKV2_K8S_5", "trivy:KSV041", "trivy:KSV113" });

    private static readonly string[] ReadVerbs = { "get", "list", "watch", "*" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        foreach (var rule in ManifestQueries.RbacRules(manifest))
        {
            if (!ManifestQueries.CoversCoreGroup(rule) || rule.Find("resourceNames") is not null || ManifestQueries.GrantedVerb(rule, ReadVerbs) is not { } verb)
            {
                continue;
            }

            foreach (var resource in ManifestQueries.ScalarItems(rule, "resources"))
            {
                if (resource.Value is "secrets" or "*")
                {
                    c.Report(Rule, resource.Location, manifest.Description, verb);
                }
            }
        }
    });
}
