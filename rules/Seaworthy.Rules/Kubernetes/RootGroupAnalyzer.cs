using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4043: the pod or a container runs with the root group (GID 0) as its primary, file system or supplementary group.</summary>
public sealed class RootGroupAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4043",
        "root-group",
        "Runs with the root group",
        "{0} sets {1} to 0, the root group: its processes get the root group's access to the image's files and to mounted host files",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4043"),
        new[] { "trivy:KSV116", "kube-linter:run-as-non-root" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var pod = c.PodTemplate?.SecurityContext;
        foreach (var (securityContext, description) in ManifestQueries.SecurityContexts(c))
        {
            Check(c, securityContext.GetScalar("runAsGroup"), description, "runAsGroup");
            if (securityContext != pod)
            {
                continue;
            }

            // fsGroup and supplementalGroups are pod-level only.
            Check(c, securityContext.GetScalar("fsGroup"), description, "fsGroup");
            foreach (var group in ManifestQueries.ScalarItems(securityContext, "supplementalGroups"))
            {
                Check(c, group, description, "an item of supplementalGroups");
            }
        }
    });

    private static void Check(KubernetesObjectContext c, YamlScalar? value, string description, string field)
    {
        if (ManifestQueries.Count(value) == 0)
        {
            c.Report(Rule, value!.Location, description, field);
        }
    }
}
