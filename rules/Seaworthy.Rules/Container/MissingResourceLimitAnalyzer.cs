using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1019-SW1021: the container has no memory, CPU or PIDs limit, or one written as 0 or -1, which means none.</summary>
public sealed class MissingResourceLimitAnalyzer : Analyzer
{
    /// <summary>SW1019: no memory limit.</summary>
    public static readonly RuleDescriptor NoMemoryLimit = new(
        "SW1019",
        "no-memory-limit",
        "No memory limit",
        "{0} has no memory limit{1}: a leak or a load spike can take the host's memory from every other container",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1019"),
        new[] { "cis-docker:5.11", "checkov:CKV_K8S_13", "trivy:KSV018", "kube-linter:unset-memory-requirements", "polaris:memoryLimitsMissing", "kics:memory_not_limited" });

    /// <summary>SW1020: no CPU limit.</summary>
    public static readonly RuleDescriptor NoCpuLimit = new(
        "SW1020",
        "no-cpu-limit",
        "No CPU limit",
        "{0} has no CPU limit{1}: a busy loop can starve the other containers on the host",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1020"),
        new[] { "cis-docker:5.12", "checkov:CKV_K8S_11", "trivy:KSV011", "polaris:cpuLimitsMissing", "kics:cpus_not_limited" });

    /// <summary>SW1021: no PIDs limit.</summary>
    public static readonly RuleDescriptor NoPidsLimit = new(
        "SW1021",
        "no-pids-limit",
        "No PIDs limit",
        "{0} has no PIDs limit{1}: a fork bomb in it can exhaust the host's process table",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose,
        RuleDescriptor.HelpFor("SW1021"),
        new[] { "cis-docker:5.29", "kics:pids_limit_not_set" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { NoMemoryLimit, NoCpuLimit, NoPidsLimit };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        // Kubernetes refuses resources on an ephemeral container: it runs within the pod's other limits.
        if (!c.Container.HasRuntimeSettings || c.Container.Role == ContainerRole.EphemeralContainer)
        {
            return;
        }

        var runtime = c.Container.Runtime;
        Check(c, NoMemoryLimit, runtime.MemoryLimit);
        Check(c, NoCpuLimit, runtime.CpuLimit);

        // Kubernetes has no PIDs limit per container: the kubelet's podPidsLimit bounds every pod of a node.
        if (c.Container.Surface != ContainerSurface.Kubernetes)
        {
            Check(c, NoPidsLimit, runtime.PidsLimit);
        }
    });

    private static void Check(ContainerContext c, RuleDescriptor rule, Setting<string>? limit)
    {
        if (limit is null)
        {
            c.Report(rule, c.Container.Definition, c.Container.Description, string.Empty);
        }
        else if (MeansNoLimit(limit.Value))
        {
            c.Report(rule, limit.Location, c.Container.Description, $" ('{limit.Value}' means none)");
        }
    }

    // 0 and any negative number mean "unlimited" to Docker and Compose; the unit does not matter (`0m`, `0.0`, `0b`).
    private static bool MeansNoLimit(string written)
    {
        var text = written.Trim();
        var end = text.Length;
        while (end > 0 && char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return double.TryParse(text.Substring(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number <= 0;
    }
}
