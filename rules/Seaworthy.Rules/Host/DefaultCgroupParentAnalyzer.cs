using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5030: the daemon's default cgroup parent is changed.</summary>
public sealed class DefaultCgroupParentAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5030",
        "default-cgroup-parent-changed",
        "The default cgroup parent is changed",
        "The daemon places containers under the cgroup parent {0}: confirm it is intended",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5030"),
        new[] { "cis-docker:2.10" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (c.DaemonOptions.Find("cgroup-parent") is { Value.Length: > 0 } parent)
        {
            c.Report(Rule, HostTarget.Daemon, parent.Value);
        }
        else if (c.DaemonOptions.State("cgroup-parent") == OptionState.Unknown)
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
    });
}
