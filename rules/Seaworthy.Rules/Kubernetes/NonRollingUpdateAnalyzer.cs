using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4035: a workload updates its pods with a strategy other than a rolling update.</summary>
public sealed class NonRollingUpdateAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4035",
        "non-rolling-update",
        "Workload does not use a rolling update",
        "{0} updates with the '{1}' strategy: {2}",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4035"),
        new[] { "kube-linter:no-rolling-update-strategy" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        var key = manifest.Kind.Value switch
        {
            "Deployment" or "DeploymentConfig" => "strategy",
            "DaemonSet" or "StatefulSet" => "updateStrategy",
            _ => null,
        };

        // An unwritten type is the rolling update, the default of every one of these kinds.
        if (key is null || manifest.Spec?.GetMapping(key)?.GetScalar("type") is not { IsNull: false } type
            || type.Value is "" or "RollingUpdate" or "Rolling")
        {
            return;
        }

        var effect = type.Value switch
        {
            "Recreate" => "every old pod stops before a new one starts, so each rollout is an outage",
            "OnDelete" => "a changed template reaches a pod only when someone deletes it, so a rollout never finishes by itself",
            _ => "pods are not replaced a few at a time while the others keep serving",
        };
        c.Report(Rule, type.Location, manifest.Description, type.Value, effect);
    });
}
