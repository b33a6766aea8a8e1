using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4064: the namespace's default ServiceAccount hands its token to every pod that names no other account.</summary>
public sealed class DefaultServiceAccountTokenAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4064",
        "default-service-account-token",
        "The default ServiceAccount mounts its token into pods",
        "{0} mounts its token into every pod of the namespace that names no service account: set automountServiceAccountToken: false on it",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4064"),
        new[] { "checkov:CKV_K8S_41" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value != "ServiceAccount" || manifest.Name?.Value != "default")
        {
            return;
        }

        // Unset means true; a pod can still turn the token off, which SW4005 judges pod by pod.
        var automount = manifest.Node.GetScalar("automountServiceAccountToken");
        if (automount is null || !YamlNavigation.IsFalse(automount))
        {
            c.Report(Rule, automount?.Location ?? ManifestQueries.Anchor(manifest), manifest.Description);
        }
    });
}
