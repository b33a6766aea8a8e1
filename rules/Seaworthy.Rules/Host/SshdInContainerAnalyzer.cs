using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW1040: a running container runs an SSH server, seen in its process list.</summary>
public sealed class SshdInContainerAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1040",
        "sshd-in-container",
        "sshd runs inside the container",
        "{0} runs an SSH server (process {1})",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW1040"),
        new[] { "cis-docker:5.7" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetContainers(Rule, out var containers))
        {
            return;
        }

        var running = 0;
        foreach (var container in containers)
        {
            if (!container.Running)
            {
                continue;
            }

            running++;
            if (container.Processes is not { } processes)
            {
                c.Unknown(Rule, HostTarget.ForContainer(container), container.ProcessesUnavailable ?? "its processes were not read");
                continue;
            }

            foreach (var command in processes.Commands())
            {
                if (IsSshd(command))
                {
                    c.Report(Rule, HostTarget.ForContainer(container), HostQueries.Describe(container), command);
                    break;
                }
            }
        }

        if (running == 0)
        {
            c.NotApplicable(Rule, "no container is running");
        }
    });

    // "/usr/sbin/sshd -D", "sshd", and the per-session children "sshd: alice@pts/0".
    internal static bool IsSshd(string command)
    {
        var text = command.TrimStart();
        var end = text.IndexOf(' ');
        var program = end < 0 ? text : text.Substring(0, end);
        var slash = program.LastIndexOf('/');
        if (slash >= 0)
        {
            program = program.Substring(slash + 1);
        }

        return program is "sshd" or "sshd:";
    }
}
