using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// SW4082: reports a kube-scheduler command line (kubeadm's static pod) that goes against the CIS Kubernetes Benchmark:
/// profiling on, or listening beyond localhost.
/// </summary>
public sealed class SchedulerSettingAnalyzer : Analyzer
{
    /// <summary>The settings the rule checks.</summary>
    internal static readonly ControlPlaneSetting[] Settings =
    {
        ControlPlaneSetting.Is("--profiling", "false", unsetIsWrong: true, "serves profiling data of the process at /debug/pprof").Checkov("CKV_K8S_114").Trivy("KCV0040"),
        ControlPlaneSetting.Is("--bind-address", "127.0.0.1", unsetIsWrong: true, "serves the scheduler's health, metrics and profiling endpoints on every address of the node").Checkov("CKV_K8S_115").Trivy("KCV0041"),
    };

    private static readonly RuleOption<HashSet<string>> IgnoredSettings = ControlPlaneSetting.IgnoredSettingsOption(Settings);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4082",
        "scheduler-setting",
        "kube-scheduler runs with an insecure setting",
        "{0} runs kube-scheduler: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4082"),
        ControlPlaneSetting.EquivalentsOf(Settings))
    {
        Options = new RuleOption[] { IgnoredSettings },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterKubernetesObject(c => ControlPlaneSetting.Report(c, Rule, IgnoredSettings, "kube-scheduler", Settings));
}
