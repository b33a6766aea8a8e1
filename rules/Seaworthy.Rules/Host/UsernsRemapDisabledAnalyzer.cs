using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5029: the daemon does not remap user namespaces.</summary>
public sealed class UsernsRemapDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5029",
        "userns-remap-disabled",
        "User namespace remapping is off",
        "The daemon does not remap user namespaces: root in a container is root on the host",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5029"),
        new[] { "cis-docker:2.9" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        // A rootless daemon is already an ordinary user on the host.
        if (c.TryGetInfo(Rule, out var info) && !info.HasSecurityOption("userns") && !info.HasSecurityOption("rootless"))
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
