using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

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
        new[] { "cis-docker:5.5", "checkov:CKV_K8S_16", "trivy:KSV017", "kube-linter:privileged-container", "kube-linter:privilege-escalation-container", "kubesec:Privileged", "polaris:runAsPrivileged", "kics:privileged_containers_enabled" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var container = c.Container;
        if (container.Runtime.Privileged is { Value: true } privileged)
        {
            // Kubernetes says privileged: false; Compose's default is unprivileged, so its key goes.
            var fix = container.Surface == ContainerSurface.Kubernetes
                ? YamlFixes.Set(container.Node, FixSafety.Unsafe, "Set privileged: false", "false", "securityContext", "privileged")
                : YamlFixes.Remove(container.Node, privileged.Location, FixSafety.Unsafe, "Remove privileged: true");
            FixReport.Report(c, Rule, privileged.Location, fix, container.Description);
        }
    });
}
