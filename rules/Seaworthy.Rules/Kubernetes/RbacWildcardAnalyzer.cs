using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4014: an RBAC rule grants every verb, resource or API group.</summary>
public sealed class RbacWildcardAnalyzer : Analyzer
{
    // Trivy's lists: the resources KSV045 reports a `*` verb on, the verbs KSV046/KSV112 report on `*` resources.
    private static readonly string[] SensitiveResources =
    {
        "secrets", "pods", "deployments", "daemonsets", "statefulsets", "replicationcontrollers", "replicasets", "cronjobs",
        "jobs", "roles", "clusterroles", "rolebindings", "clusterrolebindings", "users", "groups",
    };

    private static readonly string[] ManagingVerbs = { "create", "update", "delete", "deletecollection", "impersonate", "*", "list", "get" };

    /// <summary>
    /// What a wildcard grants, given the rest of its rule: each finding names the first shape of its field that fits, and
    /// a shape claims the Trivy checks that report it. The shapes without a check are reported all the same.
    /// </summary>
    internal static readonly WildcardShape[] Shapes =
    {
        WildcardShape.Of("verbs", "every verb on every resource of every API group", (_, rule) => Lists(rule, "resources", "*") && Lists(rule, "apiGroups", "*")).Trivy("KSV044"),
        WildcardShape.Of("verbs", "every verb on secrets, pods, workloads or RBAC objects", (_, rule) => Lists(rule, "resources", SensitiveResources)).Trivy("KSV045"),
        WildcardShape.Of("verbs", "every verb", (_, _) => true),
        WildcardShape.Of("resources", "every resource in the cluster", (kind, rule) => kind == "ClusterRole" && Lists(rule, "verbs", ManagingVerbs)).Trivy("KSV046"),
        WildcardShape.Of("resources", "every resource in its namespace", (kind, rule) => kind == "Role" && Lists(rule, "verbs", ManagingVerbs)).Trivy("KSV112"),
        WildcardShape.Of("resources", "every resource", (_, _) => true),
        WildcardShape.Of("apiGroups", "every API group", (_, _) => true),
    };

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4014",
        "rbac-wildcard",
        "RBAC rule uses a wildcard",
        "{0} grants '{1}' in {2} ({3}): list the {2} its subjects need",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4014"),
        new[] { "kube-linter:wildcard-in-rules", "checkov:CKV_K8S_49" }.Concat(Shapes.SelectMany(shape => shape.TrivyChecks).Distinct().Select(check => "trivy:" + check)).ToArray());

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
                        // `pods/*` or `*.example.com` grant every name they match; only a lone `*` has a shape.
                        var shape = item.Value == "*" ? Shapes.First(s => s.Field == field && s.Fits(manifest.Kind.Value, rule)).Description : "every name it matches";
                        c.Report(Rule, item.Location, manifest.Description, item.Value, field, shape);
                    }
                }
            }
        }
    });

    private static bool Lists(YamlMapping rule, string field, params string[] values) =>
        ManifestQueries.ScalarItems(rule, field).Any(item => Array.IndexOf(values, item.Value) >= 0);

    /// <summary>What a lone <c>*</c> in <see cref="Field"/> grants, given its rule's other fields and its object's kind.</summary>
    internal sealed class WildcardShape
    {
        private readonly Func<string, YamlMapping, bool> _fits;

        private WildcardShape(string field, string description, Func<string, YamlMapping, bool> fits, IReadOnlyList<string> trivyChecks)
        {
            Field = field;
            Description = description;
            _fits = fits;
            TrivyChecks = trivyChecks;
        }

        /// <summary>The rule's field the <c>*</c> is in.</summary>
        public string Field { get; }

        /// <summary>The shape in the finding's words; the harness finds the shape by it.</summary>
        public string Description { get; }

        /// <summary>The Trivy checks that report this shape.</summary>
        public IReadOnlyList<string> TrivyChecks { get; }

        /// <summary>A shape no Trivy check reports.</summary>
        public static WildcardShape Of(string field, string description, Func<string, YamlMapping, bool> fits) => new(field, description, fits, Array.Empty<string>());

        /// <summary>This shape, reported by the Trivy checks <paramref name="checks"/> too.</summary>
        public WildcardShape Trivy(params string[] checks) => new(Field, Description, _fits, checks);

        /// <summary>Whether a <c>*</c> in <see cref="Field"/> of <paramref name="rule"/>, in an object of <paramref name="kind"/>, has this shape.</summary>
        public bool Fits(string kind, YamlMapping rule) => _fits(kind, rule);
    }
}
