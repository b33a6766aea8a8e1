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
        "{0} defines no HEALTHCHECK, so nothing notices when the process hangs",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW1004"),
        new[] { "hadolint:DL3057", "checkov:CKV_DOCKER_2", "trivy:DS026", "cis-docker:4.6", "cis-docker:5.27" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        if (c.Container.Role != ContainerRole.BuildStage && c.Container.Healthcheck is null)
        {
            c.Report(Rule, c.Container.Definition, c.Container.Description);
        }
    });
}
