using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5026: the daemon uses the aufs storage driver.</summary>
public sealed class AufsStorageDriverAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5026",
        "aufs-storage-driver",
        "The aufs storage driver is used",
        "The daemon uses the aufs storage driver",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5026"),
        new[] { "cis-docker:2.6" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.TryGetInfo(Rule, out var info) && string.Equals(info.Driver, "aufs", StringComparison.Ordinal))
        {
            c.Report(Rule, HostTarget.Daemon);
        }
    });
}
