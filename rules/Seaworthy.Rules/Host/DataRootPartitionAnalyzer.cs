using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5001: Docker's data root is not a partition of its own.</summary>
public sealed class DataRootPartitionAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5001",
        "data-root-not-separate-partition",
        "Docker's data root is not a separate partition",
        "Docker's data root {0} is not a separate partition",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5001"),
        new[] { "cis-docker:1.1.1" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var mount = c.Snapshot.Local?.DataRoot;
        if (mount is null)
        {
            c.Audit.Unknown(Rule, "the host's mount table was not read: " + (c.Snapshot.UnavailableReason(HostParts.Mounts) ?? c.Snapshot.UnavailableReason(HostParts.Local) ?? "no reason recorded"));
        }
        else if (!mount.IsSeparatePartition)
        {
            c.Report(Rule, HostTarget.Host, HostQueries.DataRoot(c.Snapshot));
        }
    });
}
