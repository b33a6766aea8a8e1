using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4015: an RBAC rule lets its subjects read or change Secrets.</summary>
public sealed class RbacSecretsAccessAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4015",
        "rbac-secrets-access",
        "RBAC rule grants access to Secrets",
        "{0} grants '{1}' on Secrets: whoever is bound to it {2}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4015"),
        new[] { "kube-linter:access-to-secrets", "checkov:CKV2_K8S_5", "trivy:KSV041", "trivy:KSV113" });

    // Reading comes first: it is what a finding names when a rule grants both.
    private static readonly string[] ReadVerbs = { "get", "list", "watch", "*" };
    private static readonly string[] WriteVerbs = { "create", "update", "patch", "delete", "deletecollection", "impersonate" };

    // resourceNames cannot restrict create or deletecollection (the API server has no name to check), nor '*' that includes them.
    private static readonly string[] UnnamedVerbs = { "create", "deletecollection", "*" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        foreach (var rule in ManifestQueries.RbacRules(manifest))
        {
            if (!ManifestQueries.CoversCoreGroup(rule))
            {
                continue;
            }

            var named = rule.Find("resourceNames") is not null;
            var verb = named
                ? ManifestQueries.GrantedVerb(rule, UnnamedVerbs)
                : ManifestQueries.GrantedVerb(rule, ReadVerbs) ?? ManifestQueries.GrantedVerb(rule, WriteVerbs);
            if (verb is null)
            {
                continue;
            }

            foreach (var resource in ManifestQueries.ScalarItems(rule, "resources"))
            {
                if (resource.Value is "secrets" or "*")
                {
                    c.Report(Rule, resource.Location, manifest.Description, verb, Consequence(verb, named));
                }
            }
        }
    });

    private static string Consequence(string verb, bool named) => verb switch
    {
        "*" when named => "can create Secrets of any name, a service account's token among them, whatever the resourceNames",
        "get" or "list" or "watch" or "*" => "can read every credential in its scope",
        "create" => "can create Secrets in its scope, a token Secret for any service account among them",
        "update" or "patch" => "can replace every credential in its scope, with values it chooses",
        "delete" or "deletecollection" => "can delete every credential in its scope",
        _ => "holds a verb Secrets have no use for, which only widens what it can do",
    };
}
