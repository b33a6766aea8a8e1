using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2092: a RUN updates with apt, apk, yum, dnf or zypper and installs nothing after it.</summary>
public sealed class UpdateWithoutInstallAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2092",
        "update-without-install",
        "Package update in a RUN that installs nothing",
        "'{0} {1}' with no install after it in the same RUN: {2}; update and install in one RUN",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2092"),
        new[] { "checkov:CKV_DOCKER_5", "trivy:DS017" });

    private const string StaleIndex = "a later RUN installs from an index the build cache may keep for months";

    private const string StaleUpgrade = "the build cache keeps the packages of its first build, and installs in later RUNs do not upgrade them";

    // One entry per family of managers that share an index or a package database: apt-get, apt and aptitude read
    // the same lists, yum, dnf and microdnf the same rpm database, so an install by one counts after another's update.
    private static readonly Family[] Families =
    {
        new(new[] { "apt-get", "apt", "aptitude" }, PackageManagerQueries.AptGetOptions, new[] { "update" }, new[] { "install", "reinstall", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "safe-upgrade" }, StaleIndex),
        new(new[] { "apk" }, PackageManagerQueries.ApkOptions, new[] { "update" }, new[] { "add", "upgrade", "fix" }, StaleIndex),

        // For these `update` upgrades the installed packages (Trivy's DS017 reads it so); `upgrade` is left alone as Trivy does.
        new(new[] { "yum", "dnf", "microdnf" }, PackageManagerQueries.RpmOptions, new[] { "update", "up" }, new[] { "install", "in", "reinstall", "rei", "upgrade", "groupinstall", "localinstall" }, StaleUpgrade),
        new(new[] { "zypper" }, PackageManagerQueries.ZypperOptions, new[] { "update", "up" }, new[] { "install", "in", "source-install", "si", "dist-upgrade", "dup", "patch" }, StaleUpgrade),
    };

    // Per script (its command list): the update callbacks of one RUN share one scan of its commands.
    private static readonly LastKeyMemo<IReadOnlyList<ShellCommand>, int[]> LastInstalls = new(LastInstallStarts);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        for (var i = 0; i < Families.Length; i++)
        {
            var family = Families[i];
            if (Array.IndexOf(family.Names, c.Command.Name) < 0)
            {
                continue;
            }

            if (c.Command.Name is { } name
                && PackageManagerQueries.GetSubcommand(c.Command, name, family.Options, family.Updates) is { } update
                && !(family.Reason == StaleUpgrade && NamesPackages(update))
                && LastInstalls.Get(c.Script.Commands)[i] < c.Command.Span.Start)
            {
                var word = PackageManagerQueries.SubcommandWord(update);
                c.Report(Rule, c.GetLocation(word.Span), name, word.Value ?? string.Empty, family.Reason);
            }

            return;
        }
    });

    // `yum update openssl` upgrades the packages it names, as an install does; only an update of everything is reported.
    private static bool NamesPackages(ShellArguments update)
    {
        var operands = update.Operands;
        for (var i = 0; i < operands.Count; i++)
        {
            if (ReferenceEquals(operands[i], PackageManagerQueries.SubcommandWord(update)))
            {
                return i + 1 < operands.Count;
            }
        }

        return false;
    }

    // The start of the script's last install of each family (-1 for none), found in one pass.
    private static int[] LastInstallStarts(IReadOnlyList<ShellCommand> commands)
    {
        var last = new int[Families.Length];
        for (var i = 0; i < last.Length; i++)
        {
            last[i] = -1;
        }

        foreach (var command in commands)
        {
            for (var i = 0; i < Families.Length; i++)
            {
                var family = Families[i];
                if (command.Name is { } name
                    && Array.IndexOf(family.Names, name) >= 0
                    && PackageManagerQueries.GetSubcommand(command, name, family.Options, family.Installs) is not null)
                {
                    last[i] = Math.Max(last[i], command.Span.Start);
                }
            }
        }

        return last;
    }

    private sealed record Family(string[] Names, ShellOptionSpec Options, string[] Updates, string[] Installs, string Reason);
}
