using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

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
        if (manifest.Kind.Value is not ("Role" or "ClusterRole"))
        {
            return;
        }

        foreach (var rule in ManifestQueries.MappingItems(manifest.Node, "rules"))
        {
            if (!CoversCoreGroup(rule) || rule.Find("resourceNames") is not null || GrantedVerb(rule, ReadVerbs) is not { } verb)
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

    // The first of the rule's verbs that is among <paramref name="verbs"/>, or null.
    private static string? GrantedVerb(YamlMapping rule, string[] verbs)
    {
        foreach (var verb in ManifestQueries.ScalarItems(rule, "verbs"))
        {
            if (Array.IndexOf(verbs, verb.Value) >= 0)
            {
                return verb.Value;
            }
        }

        return null;
    }

    // A rule without apiGroups, or with "" or "*" among them, covers the core group, where Secrets and Pods are.
    private static bool CoversCoreGroup(YamlMapping rule)
    {
        if (rule.Find("apiGroups") is null)
        {
            return true;
        }

        foreach (var group in rule.Find("apiGroups")!.Value is YamlSequence groups ? groups.Items : Array.Empty<YamlNode>())
        {
            if (group is YamlScalar { Value: "" or "*" })
            {
                return true;
            }
        }

        return false;
    }
}
