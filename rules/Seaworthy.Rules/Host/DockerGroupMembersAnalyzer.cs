using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5002: lists who controls the daemon through the docker group; only the operator knows whom to trust.</summary>
public sealed class DockerGroupMembersAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5002",
        "docker-group-members",
        "Users in the docker group control the daemon",
        "Members of the docker group, who control the daemon and so the host: {0}",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5002"),
        new[] { "cis-docker:1.1.2" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var group = c.Snapshot.Local?.DockerGroup;
        if (group is null)
        {
            c.Audit.Unknown(Rule, "the docker group was not read: " + (c.Snapshot.UnavailableReason(HostParts.DockerGroup) ?? c.Snapshot.UnavailableReason(HostParts.Local) ?? "no reason recorded"));
        }
        else if (group.Members.Count > 0)
        {
            c.Audit.Info(Rule, Rule.FormatMessage(new object?[] { string.Join(", ", group.Members) }));
        }
    });
}
