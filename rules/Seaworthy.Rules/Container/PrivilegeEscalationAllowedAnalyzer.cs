using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1008: nothing stops the container's processes from gaining privileges (setuid binaries, file capabilities).</summary>
public sealed class PrivilegeEscalationAllowedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1008",
        "privilege-escalation-allowed",
        "Privilege escalation is allowed",
        "{0} allows privilege escalation: {1}, so a setuid binary in the container can gain privileges",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1008"),
        new[] { "cis-docker:5.26", "checkov:CKV_K8S_20", "trivy:KSV001", "kube-linter:privilege-escalation-container", "kubesec:AllowPrivilegeEscalation", "polaris:privilegeEscalationAllowed", "kics:no_new_privileges_not_set" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var container = c.Container;

        // A privileged container has every privilege already (SW1007), and Kubernetes rejects
        // allowPrivilegeEscalation: false beside privileged: true, so this rule's fix would not apply.
        if (!container.HasRuntimeSettings || container.Runtime.Privileged is { Value: true })
        {
            return;
        }

        var onKubernetes = container.Surface == ContainerSurface.Kubernetes;

        // Kubernetes lets a container that adds SYS_ADMIN escalate whatever allowPrivilegeEscalation says (its API rejects
        // allowPrivilegeEscalation: false beside CAP_SYS_ADMIN): the false protects nothing.
        if (onKubernetes && container.Runtime.NoNewPrivileges is { Value: true } && FindAdded(container, "SYS_ADMIN") is { } sysAdmin)
        {
            c.Report(Rule, sysAdmin.Location, container.Description, "it adds SYS_ADMIN, which Kubernetes always lets escalate, whatever allowPrivilegeEscalation says");
            return;
        }

        // Kubernetes gets allowPrivilegeEscalation: false (replacing a true), unless the container adds SYS_ADMIN, beside
        // which the API server refuses it; a Compose service without security_opt gets one.
        var fix = onKubernetes
            ? FindAdded(container, "SYS_ADMIN") is not null ? null : YamlFixes.Set(container.Node, FixSafety.Unsafe, "Set allowPrivilegeEscalation: false", "false", "securityContext", "allowPrivilegeEscalation")
            : container.Surface == ContainerSurface.Compose && container.Runtime.NoNewPrivileges is null
                ? YamlFixes.Set(container.Node, FixSafety.Unsafe, "Add security_opt: [\"no-new-privileges:true\"]", "[\"no-new-privileges:true\"]", "security_opt")
                : null;
        switch (container.Runtime.NoNewPrivileges)
        {
            case null:
                FixReport.Report(c, Rule, container.Definition, fix, container.Description, onKubernetes
                    ? "allowPrivilegeEscalation is not set to false, and Kubernetes allows escalation unless it is"
                    : container.Surface == ContainerSurface.Compose ? "security_opt does not set no-new-privileges:true" : "no-new-privileges is not set");
                break;
            case { Value: false } allowed:
                FixReport.Report(c, Rule, allowed.Location, fix, container.Description, onKubernetes ? "allowPrivilegeEscalation is true" : "it is explicitly allowed");
                break;
        }
    });

    private static Setting<string>? FindAdded(ContainerSpec container, string capability)
    {
        foreach (var added in container.Runtime.AddedCapabilities)
        {
            if (string.Equals(added.Value, capability, StringComparison.Ordinal))
            {
                return added;
            }
        }

        return null;
    }
}
