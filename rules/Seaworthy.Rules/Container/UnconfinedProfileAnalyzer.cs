using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1022-SW1023: the container turns off the seccomp filter or the AppArmor profile.</summary>
public sealed class UnconfinedProfileAnalyzer : Analyzer
{
    /// <summary>SW1022: seccomp unconfined.</summary>
    public static readonly RuleDescriptor SeccompUnconfined = new(
        "SW1022",
        "seccomp-unconfined",
        "Seccomp is disabled",
        "{0} runs without a seccomp filter{1}: every system call is open to it, including the ones most kernel exploits need",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1022"),
        new[] { "cis-docker:5.22", "trivy:KSV104", "kics:default_seccomp_profile_disabled", "trivy:KSV030" });

    /// <summary>SW1023: AppArmor unconfined.</summary>
    public static readonly RuleDescriptor AppArmorUnconfined = new(
        "SW1023",
        "apparmor-unconfined",
        "AppArmor is disabled",
        "{0} runs without an AppArmor profile{1}: nothing stops it writing to /proc and /sys or mounting file systems once it has the capability",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1023"),
        new[] { "cis-docker:5.2", "trivy:KSV002" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { SeccompUnconfined, AppArmorUnconfined };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var container = c.Container;

        // Docker applies its default seccomp profile unless told otherwise; Kubernetes runs a pod Unconfined unless a
        // profile is set (or the kubelet's seccompDefault, which a manifest cannot see, is on).
        if (container.Surface == ContainerSurface.Kubernetes && container.Runtime.SeccompProfile is null)
        {
            c.Report(SeccompUnconfined, container.Definition, container.Description, " (no seccompProfile on the container or the pod, and Kubernetes runs containers Unconfined by default)");
        }

        Check(c, SeccompUnconfined, container.Runtime.SeccompProfile);

        // Kubernetes knows RuntimeDefault, Unconfined and Localhost with its localhostProfile only (and the annotations'
        // runtime/default, docker/default, unconfined, localhost/<profile>); the API server refuses the rest.
        if (container.Surface == ContainerSurface.Kubernetes && container.Runtime.SeccompProfile is { } seccomp
            && seccomp.Value is not ("runtime/default" or "unconfined")
            && !seccomp.Value.StartsWith("localhost/", StringComparison.Ordinal))
        {
            c.Report(SeccompUnconfined, seccomp.Location, container.Description, $" ('{seccomp.Value}' is not RuntimeDefault, Unconfined or Localhost with a localhostProfile, so the API server refuses it)");
        }

        if (container.Runtime.AppArmorUnsupported)
        {
            // CIS 5.2 says "if applicable": on a host without AppArmor no profile can be set, which is not a pass.
            c.Audit?.NotApplicable(AppArmorUnconfined, "the engine's host does not run AppArmor");
            return;
        }

        Check(c, AppArmorUnconfined, container.Runtime.AppArmorProfile);

        // Kubernetes knows runtime/default, unconfined and localhost/<profile> only; the API server refuses the rest.
        if (container.Surface == ContainerSurface.Kubernetes && container.Runtime.AppArmorProfile is { } profile
            && profile.Value is not ("runtime/default" or "unconfined")
            && !profile.Value.StartsWith("localhost/", StringComparison.Ordinal))
        {
            c.Report(AppArmorUnconfined, profile.Location, container.Description, $" ('{profile.Value}' is not runtime/default, localhost/<profile> or unconfined, so the API server refuses it)");
        }
    });

    private static void Check(ContainerContext c, RuleDescriptor rule, Setting<string>? profile)
    {
        if (profile is not null && string.Equals(profile.Value, "unconfined", StringComparison.OrdinalIgnoreCase))
        {
            c.Report(rule, profile.Location, c.Container.Description, string.Empty);
        }
    }
}
