using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2080: a RUN calls <c>sudo</c>, which a build never needs and which hides who runs what.</summary>
public sealed class SudoInRunAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2080",
        "sudo-in-run",
        "sudo used in RUN",
        "'sudo' in RUN: switch users with USER instead, and drop sudo from the image",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2080"),
        new[] { "hadolint:DL3004", "checkov:CKV2_DOCKER_1", "trivy:DS010" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        foreach (var wrapper in c.Command.Wrappers)
        {
            if (IsSudo(wrapper))
            {
                c.Report(Rule, c.GetLocation(wrapper.Span));
            }
        }

        // 'sudo' alone, or with options only, is the command itself.
        if (c.Command.NameWord is { } name && IsSudo(name))
        {
            c.Report(Rule, c.GetLocation(name.Span));
        }
    });

    private static bool IsSudo(ShellWord word) =>
        word.Value is { } value && (value == "sudo" || value.EndsWith("/sudo", StringComparison.Ordinal));
}
