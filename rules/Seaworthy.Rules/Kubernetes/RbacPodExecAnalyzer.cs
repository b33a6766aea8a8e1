using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4016: an RBAC rule lets its subjects create pods or run commands in them.</summary>
public sealed class RbacPodExecAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4016",
        "rbac-pod-exec",
        "RBAC rule lets subjects run code in pods",
        "{0} grants '{1}' on {2}: whoever is bound to it can run code in pods, with their service accounts and mounts",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4016"),
        new[] { "kube-linter:access-to-create-pods", "checkov:CKV2_K8S_2", "trivy:KSV053", "trivy:KSV054" });

    private static readonly string[] CreateVerbs = { "create", "*" };
    private static readonly string[] ExecVerbs = { "create", "get", "*" };

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
            if (!CoversCoreGroup(rule))
            {
                continue;
            }

            foreach (var resource in ManifestQueries.ScalarItems(rule, "resources"))
            {
                var verb = resource.Value switch
                {
                    "pods" => GrantedVerb(rule, CreateVerbs),
                    "pods/exec" or "pods/attach" => GrantedVerb(rule, ExecVerbs),
                    _ => null,
                };
                if (verb is not null)
                {
                    c.Report(Rule, resource.Location, manifest.Description, verb, resource.Value);
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
