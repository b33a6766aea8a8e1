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
                c.Audit.Unknown(Rule, HostTarget.ForContainer(container), container.ProcessesUnavailable ?? "its processes were not read");
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
            c.Audit.NotApplicable(Rule, "no container is running");
        }
    });

    // Interpreters that run a script named sshd: "/bin/sh /usr/sbin/sshd -D" is an sshd too.
    private static readonly string[] Interpreters = { "sh", "bash", "dash", "ash", "busybox", "env", "python", "python3", "perl" };

    // "/usr/sbin/sshd -D", "sshd", the per-session children "sshd: alice@pts/0", and sshd run by an interpreter.
    internal static bool IsSshd(string command)
    {
        var words = command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var program = ProgramName(words[i]);
            if (program is "sshd" or "sshd:")
            {
                return true;
            }

            if (Array.IndexOf(Interpreters, program) < 0)
            {
                return false;
            }
        }

        return false;
    }

    private static string ProgramName(string word)
    {
        var slash = word.LastIndexOf('/');
        return slash >= 0 ? word.Substring(slash + 1) : word;
    }
}
