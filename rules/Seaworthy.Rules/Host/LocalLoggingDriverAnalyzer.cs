using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5033: container logs stay on the host.</summary>
public sealed class LocalLoggingDriverAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5033",
        "local-logging-driver",
        "Container logs are not sent to a central place",
        "Container logs go to the {0} driver on this host only",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5033"),
        new[] { "cis-docker:2.13" });

    private static readonly string[] LocalDrivers = { "json-file", "local", "none" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetInfo(Rule, out var info))
        {
            return;
        }

        if (string.IsNullOrEmpty(info.LoggingDriver))
        {
            c.Audit.Unknown(Rule, "the engine does not report its logging driver");
        }
        else if (Array.IndexOf(LocalDrivers, info.LoggingDriver) >= 0)
        {
            c.Report(Rule, HostTarget.Daemon, info.LoggingDriver);
        }
    });
}
