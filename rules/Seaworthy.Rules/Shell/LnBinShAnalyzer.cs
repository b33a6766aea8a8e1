using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2084: a RUN replaces <c>/bin/sh</c> with a link to another shell instead of using SHELL.</summary>
public sealed class LnBinShAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2084",
        "ln-bin-sh",
        "/bin/sh replaced with ln",
        "'ln' replaces /bin/sh: use SHELL to choose the shell of RUN instructions",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2084"),
        new[] { "hadolint:DL4005" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "ln")
        {
            return;
        }

        // The link is the last operand (ln TARGET LINK); /bin/sh as the target only points another name at it.
        var operands = c.Command.GetArguments(new ShellOptionSpec("St", "suffix", "target-directory")).Operands;
        if (operands.Count >= 2 && operands[operands.Count - 1] is { Value: "/bin/sh" } link)
        {
            c.Report(Rule, c.GetLocation(link.Span));
        }
    });
}
