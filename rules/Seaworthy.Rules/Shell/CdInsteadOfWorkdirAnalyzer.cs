using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2081: a RUN changes directory with <c>cd</c> where WORKDIR says it once for every instruction.</summary>
public sealed class CdInsteadOfWorkdirAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2081",
        "cd-instead-of-workdir",
        "cd used instead of WORKDIR",
        "'cd' in RUN: set the directory with WORKDIR",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2081"),
        new[] { "hadolint:DL3003", "trivy:DS013" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        // A cd in a subshell only lasts until its ')': a deliberate, local change that WORKDIR cannot express.
        if (c.Command.Name == "cd" && c.Command.NameWord is { } name && !c.Command.IsInSubshell)
        {
            c.Report(Rule, c.GetLocation(name.Span));
        }
    });
}
