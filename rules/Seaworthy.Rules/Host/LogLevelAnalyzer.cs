using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5023: the daemon's log level is not info.</summary>
public sealed class LogLevelAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5023",
        "log-level-not-info",
        "Daemon log level is not info",
        "The daemon logs at level {0}; info is advised",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5023"),
        new[] { "cis-docker:2.3" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.DaemonOptions.Find("log-level") is { } level)
        {
            if (!string.Equals(level.Value, "info", StringComparison.OrdinalIgnoreCase))
            {
                c.Report(Rule, HostTarget.Daemon, level.Value);
            }
        }
        else if (!c.DaemonOptions.IsKnown)
        {
            // The engine still says when it runs in debug mode.
            if (c.Snapshot.Info is { Debug: true })
            {
                c.Report(Rule, HostTarget.Daemon, "debug");
            }
            else
            {
                c.Audit.Unknown(Rule, c.OptionsUnknownReason());
            }
        }
    });
}
