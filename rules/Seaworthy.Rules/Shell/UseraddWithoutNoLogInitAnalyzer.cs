using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2085: <c>useradd</c> with a large UID and without <c>--no-log-init</c> writes huge sparse log files into the layer.</summary>
public sealed class UseraddWithoutNoLogInitAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2085",
        "useradd-without-no-log-init",
        "useradd with a large UID without --no-log-init",
        "useradd with UID {0} without -l/--no-log-init: the lastlog and faillog files grow to the UID's size in the layer",
        RuleCategory.Efficiency,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2085"),
        new[] { "hadolint:DL3046" });

    private static readonly ShellOptionSpec Spec = new(
        "bcdefgGKkpRPsuZ",
        "base-dir", "comment", "home-dir", "expiredate", "inactive", "gid", "groups", "key", "skel", "password", "root", "prefix", "shell", "uid", "selinux-user", "btrfs-subvolume-home");

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "useradd")
        {
            return;
        }

        var arguments = c.Command.GetArguments(Spec);
        if (arguments.HasOption("l", "no-log-init"))
        {
            return;
        }

        foreach (var uid in arguments.GetOptions("u", "uid"))
        {
            if (uid is { Value: { } value, ValueSpan: { } span } && value.Length >= 6 && IsDigits(value))
            {
                c.Report(Rule, c.GetLocation(span), value);
            }
        }
    });

    private static bool IsDigits(string value)
    {
        foreach (var ch in value)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
