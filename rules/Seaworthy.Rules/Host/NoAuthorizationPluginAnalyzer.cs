using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5032: the daemon has no authorization plugin.</summary>
public sealed class NoAuthorizationPluginAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5032",
        "no-authorization-plugin",
        "No authorization plugin",
        "The daemon has no authorization plugin: every client that reaches the API may do anything",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5032"),
        new[] { "cis-docker:2.12" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.TryGetInfo(Rule, out var info) && info.AuthorizationPlugins.Count == 0)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
