using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Container;

/// <summary>SW1007: the container runs privileged.</summary>
public sealed class PrivilegedContainerAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1007",
        "privileged-container",
        "Container runs privileged",
        "{0} runs privileged: it has every capability, every host device and no seccomp or AppArmor confinement, so root in it is root on the host",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1007"),
        new[] { "cis-docker:5.5", "checkov:CKV_K8S_16", "trivy:KSV017", "kube-linter:privileged-container", "kube-linter:privilege-escalation-container", "kubesec:Privileged", "polaris:runAsPrivileged", "kics:privileged_containers_enabled" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        if (c.Container.Runtime.Privileged is { Value: true } privileged)
        {
            c.Report(Rule, privileged.Location, c.Container.Description);
        }
    });
}
