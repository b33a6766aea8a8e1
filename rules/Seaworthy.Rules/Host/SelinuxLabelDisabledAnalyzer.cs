using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW1044: SELinux labelling is disabled for a container on a daemon that uses SELinux.</summary>
public sealed class SelinuxLabelDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1044",
        "selinux-label-disabled",
        "SELinux separation is disabled for the container",
        "{0} runs with SELinux labelling disabled (label=disable)",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW1044"),
        new[] { "cis-docker:5.3" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetInfo(Rule, out var info) || !c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        if (!info.HasSecurityOption("selinux"))
        {
            c.Audit.NotApplicable(Rule, "the daemon does not use SELinux");
            return;
        }

        foreach (var container in containers)
        {
            foreach (var option in container.HostConfig.SecurityOpt)
            {
                if (string.Equals(option, "label=disable", StringComparison.Ordinal) || string.Equals(option, "label:disable", StringComparison.Ordinal))
                {
                    c.Report(Rule, HostTarget.ForContainer(container), HostQueries.Describe(container));
                    break;
                }
            }
        }
    });
}
