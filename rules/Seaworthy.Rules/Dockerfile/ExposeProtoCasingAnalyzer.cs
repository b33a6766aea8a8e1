using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2015: the protocol of an EXPOSE port is not lower-case (<c>80/TCP</c>).</summary>
public sealed class ExposeProtoCasingAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2015",
        "expose-protocol-casing",
        "EXPOSE protocol is not lowercase",
        "Protocol '{0}' in EXPOSE {1} should be lowercase",
        RuleCategory.Style,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2015"),
        new[] { "buildkit:ExposeProtoCasing" });

    private static readonly char[] SlashOrDollar = { '/', '$' };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<ExposeInstruction>(c =>
    {
        if (c.Stage is null)
        {
            return;
        }

        var expose = c.Instruction;
        if (!MayHaveProtocol(expose))
        {
            return;
        }

        foreach (var word in StageQueries.ExposedWords(expose, c.State))
        {
            // The protocol follows the first '/' of the container port, the part after the last ':'.
            var slash = word.Text.IndexOf('/', word.Text.LastIndexOf(':') + 1);
            var protocol = slash < 0 ? string.Empty : word.Text.Substring(slash + 1);
            var lower = protocol.ToLowerInvariant();
            if (lower is "tcp" or "udp" or "sctp" && !string.Equals(lower, protocol, StringComparison.Ordinal))
            {
                var span = word.IsWritten
                    ? StageQueries.Locate(expose, word.Argument.Span, word.Argument.Value, slash + 1, protocol.Length)
                    : word.Argument.Span;
                c.Report(Rule, c.GetLocation(span), protocol, word.Text);
            }
        }
    });

    // Only a word with a '/' has a protocol, and only a variable can bring in a '/' that is not written: most EXPOSE
    // lines (80, 8080 443) need no expansion at all.
    private static bool MayHaveProtocol(ExposeInstruction expose)
    {
        foreach (var argument in expose.Arguments)
        {
            if (argument.Value.IndexOfAny(SlashOrDollar) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
