using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4005: pods get a service account token they may not need.</summary>
public sealed class ServiceAccountTokenAutomountedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4005",
        "service-account-token-automounted",
        "Service account token is mounted into the pod",
        "{0} mounts a service account token into its pods: set automountServiceAccountToken: false unless they call the Kubernetes API",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4005"),
        new[] { "checkov:CKV_K8S_38", "trivy:KSV036", "polaris:automountServiceAccountToken" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (c.PodTemplate?.Spec is not { } podSpec)
        {
            return;
        }

        if (podSpec.GetScalar("automountServiceAccountToken") is { } automount)
        {
            if (YamlNavigation.IsTrue(automount))
            {
                FixReport.Report(c, Rule, automount.Location, Fix(podSpec), manifest.Description);
            }

            return;
        }

        var account = podSpec.GetScalar("serviceAccountName")?.Value ?? podSpec.GetScalar("serviceAccount")?.Value ?? "default";
        if (c.Objects.Find("ServiceAccount", account, manifest.Namespace?.Value) is { } serviceAccount
            && serviceAccount.Node.GetScalar("automountServiceAccountToken") is { } accountAutomount && YamlNavigation.IsFalse(accountAutomount))
        {
            return;
        }

        FixReport.Report(c, Rule, ManifestQueries.Anchor(manifest), Fix(podSpec), manifest.Description);
    });

    private static Fix? Fix(YamlMapping podSpec) =>
        YamlFixes.Set(podSpec, FixSafety.Unsafe, "Set automountServiceAccountToken: false", "false", "automountServiceAccountToken");
}
