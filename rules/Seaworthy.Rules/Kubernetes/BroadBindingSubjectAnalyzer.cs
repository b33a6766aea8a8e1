using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4061: a binding grants its role to every user, to anonymous requests, or to pods that name no service account.</summary>
public sealed class BroadBindingSubjectAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4061",
        "binding-to-broad-subject",
        "Binding grants a role to everyone or to the default service account",
        "{0} grants its role to {1}: {2}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4061"),
        new[] { "trivy:KSV01011", "trivy:KSV122", "checkov:CKV_K8S_42" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value is not ("RoleBinding" or "ClusterRoleBinding"))
        {
            return;
        }

        foreach (var subject in ManifestQueries.MappingItems(manifest.Node, "subjects"))
        {
            if (subject.GetScalar("name") is not { } name)
            {
                continue;
            }

            var who = (subject.GetScalar("kind")?.Value, name.Value) switch
            {
                ("Group", "system:authenticated") => ("every authenticated user and service account of the cluster",
                    "on managed clusters that can be any account of the cloud provider"),
                ("Group", "system:unauthenticated") or ("User", "system:anonymous") => ("anonymous requests",
                    "anyone who can reach the API server holds it, without credentials"),
                ("ServiceAccount", "default") => ("the 'default' service account",
                    "every pod of the namespace that names no service account holds it"),
                _ => default,
            };
            if (who.Item1 is not null)
            {
                c.Report(Rule, name.Location, manifest.Description, who.Item1, who.Item2);
            }
        }
    });
}
