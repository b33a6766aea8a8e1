using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5075: Docker content trust is not enabled in the auditing environment.</summary>
public sealed class ContentTrustAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5075",
        "content-trust-disabled",
        "Docker content trust is not enabled",
        "Docker content trust is not enabled (DOCKER_CONTENT_TRUST is not 1)",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5075"),
        new[] { "cis-docker:4.5" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        // The collector records the variable when it is set; absent means the client does not check signatures.
        if (!c.Snapshot.AuditEnvironment.TryGetValue("DOCKER_CONTENT_TRUST", out var trust) || trust != "1")
        {
            c.Report(Rule, HostTarget.Host);
        }
    });
}
