using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5037: the daemon applies no seccomp profile.</summary>
public sealed class DaemonSeccompAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5037",
        "daemon-seccomp-disabled",
        "No daemon-wide seccomp profile",
        "The daemon applies no seccomp profile to containers",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5037"),
        new[] { "cis-docker:2.17" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetInfo(Rule, out var info))
        {
            return;
        }

        // Entries look like "name=seccomp,profile=default" (20.10) or "name=seccomp,profile=builtin".
        var seccomp = info.SecurityOption("seccomp");
        if (seccomp is null || seccomp.IndexOf("profile=unconfined", StringComparison.Ordinal) >= 0)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
