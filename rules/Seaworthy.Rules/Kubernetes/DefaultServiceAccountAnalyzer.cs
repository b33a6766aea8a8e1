using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4032: the pods run as their namespace's <c>default</c> ServiceAccount.</summary>
public sealed class DefaultServiceAccountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4032",
        "default-service-account",
        "Pods run as the default ServiceAccount",
        "{0} {1}, whose identity and permissions every other pod of the namespace without its own account shares",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4032"),
        new[] { "kube-linter:default-service-account" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        // A pod that mounts no token cannot use the account's permissions, as kube-linter reads it.
        if (c.PodTemplate is not { } pod
            || (pod.Spec.GetScalar("automountServiceAccountToken") is { } automount && YamlNavigation.IsFalse(automount)))
        {
            return;
        }

        // serviceAccountName wins over the deprecated serviceAccount when both are written.
        var written = pod.Spec.GetScalar("serviceAccountName") is { IsNull: false } name && name.Value.Length > 0
            ? name
            : pod.Spec.GetScalar("serviceAccount") is { IsNull: false } legacy && legacy.Value.Length > 0 ? legacy : null;
        var isPod = c.KubernetesObject.Kind.Value == "Pod";
        if (written is null)
        {
            c.Report(Rule, ManifestQueries.Anchor(c.KubernetesObject), c.KubernetesObject.Description, isPod ? "names no ServiceAccount, so it runs as 'default'" : "names no ServiceAccount, so its pods run as 'default'");
        }
        else if (written.Value == "default")
        {
            c.Report(Rule, written.Location, c.KubernetesObject.Description, isPod ? "runs as the ServiceAccount 'default'" : "runs its pods as the ServiceAccount 'default'");
        }
    });
}
