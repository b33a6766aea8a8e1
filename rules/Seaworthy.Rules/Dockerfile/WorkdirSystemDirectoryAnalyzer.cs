using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2091: WORKDIR is a system directory, or lies under a tree the kernel, the devices or the boot own.</summary>
public sealed class WorkdirSystemDirectoryAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2091",
        "workdir-system-directory",
        "WORKDIR is a system directory",
        "WORKDIR {0} is {1}: what the build and the application write there mixes with the operating system's files",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2091"),
        new[] { "trivy:DS030" });

    private static readonly HashSet<string> SystemDirectories = new(StringComparer.Ordinal)
    {
        "/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/root", "/run", "/sbin",
        "/sys", "/usr", "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib64", "/usr/local", "/usr/local/bin", "/usr/local/sbin",
        "/var", "/var/lib", "/var/run",
    };

    // Trees that the kernel, the devices or the boot loader own: nothing of an application belongs anywhere below
    // them (Trivy's DS030 has the same list without /sys).
    private static readonly string[] SystemTrees = { "/proc/", "/sys/", "/dev/", "/boot/", "/initrd/", "/lost+found/" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<WorkdirInstruction>(c =>
    {
        if (c.Instruction.Arguments.Count == 0)
        {
            return;
        }

        var argument = c.Instruction.Arguments[0];
        var path = argument.Value.Trim('"', '\'');
        var normalized = path.Length > 1 ? path.TrimEnd('/') : path;
        if (SystemDirectories.Contains(normalized))
        {
            c.Report(Rule, c.GetLocation(argument.Span), path, "a system directory");
            return;
        }

        foreach (var tree in SystemTrees)
        {
            if (normalized.StartsWith(tree, StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(argument.Span), path, "under " + tree.TrimEnd('/') + ", a tree the system owns");
                return;
            }
        }
    });
}
