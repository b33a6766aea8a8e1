using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4016: an RBAC rule lets its subjects create or change pods (directly or through a workload) or run commands in them.</summary>
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
        new[] { "kube-linter:access-to-create-pods", "checkov:CKV2_K8S_2", "trivy:KSV053", "trivy:KSV054", "trivy:KSV048", "polaris:clusterrolePodExecAttach", "polaris:rolePodExecAttach" });

    // update and patch can change a container's image or a template's pods.
    private static readonly string[] CreateVerbs = { "create", "update", "patch", "*" };
    private static readonly string[] ExecVerbs = { "create", "get", "*" };

    private static readonly string[] ChangeVerbs = { "create", "update", "patch" };

    // The controllers of these kinds start the pods their templates describe.
    private static readonly RbacPermission[] Workloads =
    {
        new(new[] { "" }, new[] { "replicationcontrollers" }, ChangeVerbs),
        new(new[] { "apps", "extensions" }, new[] { "deployments", "daemonsets", "statefulsets", "replicasets" }, ChangeVerbs),
        new(new[] { "batch" }, new[] { "jobs", "cronjobs" }, ChangeVerbs),
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        foreach (var workload in Workloads)
        {
            foreach (var (resource, verb) in workload.GrantedBy(manifest))
            {
                c.Report(Rule, resource.Location, manifest.Description, verb, resource.Value);
            }
        }

        foreach (var rule in ManifestQueries.RbacRules(manifest))
        {
            if (!ManifestQueries.CoversCoreGroup(rule))
            {
                continue;
            }

            foreach (var resource in ManifestQueries.ScalarItems(rule, "resources"))
            {
                var verb = resource.Value switch
                {
                    "pods" => ManifestQueries.GrantedVerb(rule, CreateVerbs),
                    "pods/exec" or "pods/attach" => ManifestQueries.GrantedVerb(rule, ExecVerbs),
                    _ => null,
                };
                if (verb is not null)
                {
                    c.Report(Rule, resource.Location, manifest.Description, verb, resource.Value);
                }
            }
        }
    });
}
