using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2051: <c>apt-get install</c> without <c>-y</c>, so it stops to ask for confirmation.</summary>
public sealed class AptGetMissingYesAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2051",
        "apt-get-missing-yes",
        "apt-get install without -y",
        "apt-get install without -y asks for confirmation, which fails a build: add -y",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2051"),
        new[] { "hadolint:DL3014", "trivy:DS021" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (PackageManagerQueries.GetSubcommand(c.Command, "apt-get", PackageManagerQueries.AptGetOptions, "install") is not { } arguments
            || c.Command.NameWord is not { } name
            || AnswersYes(arguments)
            || PackageManagerQueries.HasDynamicOption(arguments))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(name.Span), ShellFixes.InsertOptionAfter(c, PackageManagerQueries.SubcommandWord(arguments), "-y", "Add -y"));
    });

    private static bool AnswersYes(ShellArguments arguments)
    {
        var quiet = 0;
        foreach (var option in arguments.Options)
        {
            if (option.Name is "y" or "yes" or "assume-yes" or "force-yes")
            {
                return true;
            }

            // -qq, -q -q, -q=2 and --quiet=2 imply -y.
            if (option.Name is "q" or "quiet")
            {
                quiet += option.IsLong && option.Value is { } level ? Level(level) : QuietLevel(option);
            }
            else if (option.Name == "o" && option.Value is { } setting
                && setting.StartsWith("APT::Get::Assume-Yes=", StringComparison.OrdinalIgnoreCase)
                && !setting.EndsWith("=false", StringComparison.OrdinalIgnoreCase) && !setting.EndsWith("=0", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return quiet >= 2;
    }

    // "-q=2" reads as the letters q, = and 2.
    private static int QuietLevel(ShellOption option)
    {
        var text = option.Word.Value;
        return text is not null && text.StartsWith("-q=", StringComparison.Ordinal) ? Level(text.Substring(3)) : 1;
    }

    private static int Level(string text) => int.TryParse(text, out var level) ? level : 1;
}
