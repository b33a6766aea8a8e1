using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5034: the daemon does not refuse new privileges by default.</summary>
public sealed class DaemonNoNewPrivilegesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5034",
        "daemon-no-new-privileges-off",
        "New privileges are not refused daemon-wide",
        "The daemon does not refuse new privileges by default (no-new-privileges)",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5034"),
        new[] { "cis-docker:2.14" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        var setting = c.DaemonOptions.Boolean("no-new-privileges");
        if (setting == true)
        {
            return;
        }

        if (setting == false || c.DaemonOptions.IsKnown)
        {
            c.Report(Rule, HostTarget.Daemon);
        }
        else
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
    });
}
