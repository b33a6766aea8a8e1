using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1028: the restart policy restarts a failing container without bound, or more than 5 times.</summary>
public sealed class UnboundedRestartRetriesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1028",
        "unbounded-restart-retries",
        "Restarts are not bounded",
        "{0} restarts {1}: use on-failure with at most {2} retries so a container that keeps failing stops and is noticed",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Container | Surfaces.Compose,
        RuleDescriptor.HelpFor("SW1028"),
        new[] { "cis-docker:5.15", "kics:restart_policy_on_failure_not_set_to_5" });

    // CIS Docker Benchmark 5.15: on-failure with a maximum retry count of 5 at most.
    private const long MaximumRetries = 5;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        // Kubernetes counts no retries: the kubelet restarts a failing container with a growing back-off (CrashLoopBackOff),
        // and a Job's backoffLimit counts pods, not restarts.
        if (c.Container.Surface == ContainerSurface.Kubernetes
            || c.Container.Runtime.RestartPolicy is not { } policy
            || string.Equals(policy.Name, "no", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Docker and Swarm read a count of 0 as "no bound".
        var how = policy.MaximumRetries switch
        {
            null or <= 0 => $"forever ({policy.Name} sets no maximum)",
            > MaximumRetries => "up to " + policy.MaximumRetries.Value.ToString(CultureInfo.InvariantCulture) + " times (" + policy.Name + ")",
            _ => null,
        };
        if (how is not null)
        {
            c.Report(Rule, policy.Location, c.Container.Description, how, MaximumRetries);
        }
    });
}
