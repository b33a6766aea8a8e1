using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5031: the devicemapper base size is changed.</summary>
public sealed class DevicemapperBasesizeAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5031",
        "devicemapper-basesize-changed",
        "The devicemapper base size is changed",
        "The daemon changes the devicemapper base size ({0}): confirm it is intended",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5031"),
        new[] { "cis-docker:2.11" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetInfo(Rule, out var info))
        {
            return;
        }

        if (!string.Equals(info.Driver, "devicemapper", StringComparison.Ordinal))
        {
            c.Audit.NotApplicable(Rule, "the storage driver is " + info.Driver + ", not devicemapper");
            return;
        }

        var reported = false;
        foreach (var option in c.DaemonOptions.Get("storage-opts"))
        {
            if (option.Value.StartsWith("dm.basesize", StringComparison.OrdinalIgnoreCase))
            {
                c.Report(Rule, HostTarget.Daemon, option.Value);
                reported = true;
            }
        }

        if (!reported && !c.DaemonOptions.IsKnown)
        {
            c.Audit.Unknown(Rule, c.OptionsUnknownReason());
        }
    });
}
