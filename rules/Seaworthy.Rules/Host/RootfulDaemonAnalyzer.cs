using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Host;

/// <summary>SW5021: the daemon runs as root (CIS 2.1 is a manual check, so a rootful daemon is information).</summary>
public sealed class RootfulDaemonAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5021",
        "daemon-not-rootless",
        "The daemon runs as root",
        "The daemon runs as root, not in rootless mode",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5021"),
        new[] { "cis-docker:2.1" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.TryGetInfo(Rule, out var info) && !info.HasSecurityOption("rootless"))
        {
            c.Audit.Info(Rule, Rule.MessageFormat);
        }
    });
}
