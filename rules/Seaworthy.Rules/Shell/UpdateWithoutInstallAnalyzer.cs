using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2092: a RUN refreshes the apt or apk package index and installs nothing after it.</summary>
public sealed class UpdateWithoutInstallAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2092",
        "update-without-install",
        "Package index updated in a RUN that installs nothing",
        "'{0} update' with no install after it in the same RUN: a later RUN installs from an index the build cache may keep for months; update and install in one RUN",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2092"),
        new[] { "checkov:CKV_DOCKER_5", "trivy:DS017" });

    private static readonly string[] AptInstalls = { "install", "reinstall", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source", "safe-upgrade" };

    private static readonly string[] ApkInstalls = { "add", "upgrade", "fix" };

    // Per script (its command list): the update callbacks of one RUN share one scan of its commands.
    private static readonly LastKeyMemo<IReadOnlyList<ShellCommand>, (int Apt, int Apk)> LastInstalls = new(LastInstallStarts);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (Update(c.Command) is not { } update || InstallsLater(c.Command, c.Script.Commands, update.Apk))
        {
            return;
        }

        c.Report(Rule, c.GetLocation(update.Word.Span), c.Command.Name);
    });

    private static (ShellWord Word, bool Apk)? Update(ShellCommand command)
    {
        if (command.Name is "apt-get" or "apt" or "aptitude"
            && PackageManagerQueries.GetSubcommand(command, command.Name, PackageManagerQueries.AptGetOptions, "update") is { } apt)
        {
            return (PackageManagerQueries.SubcommandWord(apt), false);
        }

        return PackageManagerQueries.GetSubcommand(command, "apk", PackageManagerQueries.ApkOptions, "update") is { } apk
            ? (PackageManagerQueries.SubcommandWord(apk), true)
            : null;
    }

    // apt-get, apt and aptitude read the same lists, so an apt install after an apt-get update counts.
    private static bool InstallsLater(ShellCommand update, IReadOnlyList<ShellCommand> commands, bool apk)
    {
        var (apt, apkInstall) = LastInstalls.Get(commands);
        return (apk ? apkInstall : apt) > update.Span.Start;
    }

    // The start of the script's last apt install and last apk install (-1 for none), found in one pass.
    private static (int Apt, int Apk) LastInstallStarts(IReadOnlyList<ShellCommand> commands)
    {
        var apt = -1;
        var apk = -1;
        foreach (var command in commands)
        {
            if (command.Name is "apt-get" or "apt" or "aptitude"
                && PackageManagerQueries.GetSubcommand(command, command.Name, PackageManagerQueries.AptGetOptions, AptInstalls) is not null)
            {
                apt = Math.Max(apt, command.Span.Start);
            }
            else if (PackageManagerQueries.GetSubcommand(command, "apk", PackageManagerQueries.ApkOptions, ApkInstalls) is not null)
            {
                apk = Math.Max(apk, command.Span.Start);
            }
        }

        return (apt, apk);
    }
}
