using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1004: the image that runs defines no health check.</summary>
public sealed class MissingHealthcheckAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1004",
        "missing-healthcheck",
        "No health check is defined",
        "{0} defines no {1}, so nothing notices when the process hangs",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1004"),
        new[] { "hadolint:DL3057", "checkov:CKV_DOCKER_2", "trivy:DS026", "cis-docker:4.6", "checkov:CKV_K8S_8", "kube-linter:no-liveness-probe", "cis-docker:5.27", "polaris:livenessProbeMissing" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        // Liveness concerns what runs for good: not init or debug containers, nor the pods of a Job.
        var container = c.Container;
        if (container.Role is ContainerRole.BuildStage or ContainerRole.InitContainer or ContainerRole.EphemeralContainer
            || container.RunsToCompletion
            || container.Healthcheck is not null)
        {
            return;
        }

        c.Report(Rule, container.Definition, container.Description, WhatIsMissing(container));
    });

    // Named as the surface writes it.
    private static string WhatIsMissing(ContainerSpec container)
    {
        if (container.Surface == ContainerSurface.Kubernetes)
        {
            return "livenessProbe";
        }

        if (container.Surface == ContainerSurface.Compose)
        {
            return container.Image is { } image && container.IsSetInDockerfile(image.Location)
                ? "health check (no healthcheck: key, no HEALTHCHECK in the Dockerfile it builds)"
                : "healthcheck: key";
        }

        return "HEALTHCHECK";
    }
}
