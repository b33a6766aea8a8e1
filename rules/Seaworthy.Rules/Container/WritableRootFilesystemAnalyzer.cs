using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1018: the container's root file system is writable.</summary>
public sealed class WritableRootFilesystemAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1018",
        "writable-root-filesystem",
        "Root file system is writable",
        "{0} has a writable root file system{1}: an intruder can replace its programs and plant files that survive a process restart",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1018"),
        new[] { "cis-docker:5.13", "checkov:CKV_K8S_22", "trivy:KSV014", "kube-linter:no-read-only-root-fs", "kubesec:ReadOnlyRootFilesystem", "polaris:notReadOnlyRootFilesystem" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var container = c.Container;
        if (!container.HasRuntimeSettings)
        {
            return;
        }

        var fix = container.Surface == ContainerSurface.Kubernetes
            ? YamlFixes.Set(container.Node, FixSafety.Unsafe, "Set readOnlyRootFilesystem: true", "true", "securityContext", "readOnlyRootFilesystem")
            : YamlFixes.Set(container.Node, FixSafety.Unsafe, "Set read_only: true", "true", "read_only");
        switch (container.Runtime.ReadOnlyRootFilesystem)
        {
            case null:
                FixReport.Report(c, Rule, container.Definition, fix, container.Description, container.Surface == ContainerSurface.Kubernetes
                    ? " (securityContext.readOnlyRootFilesystem is not true)"
                    : container.Surface == ContainerSurface.Compose ? " (read_only is not true)" : " (the root file system is not read-only)");
                break;
            case { Value: false } writable:
                FixReport.Report(c, Rule, writable.Location, fix, container.Description, string.Empty);
                break;
        }
    });
}
