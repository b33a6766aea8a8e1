using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2027: an ENV value refers to a variable that an earlier pair of the same ENV sets.</summary>
public sealed class EnvSelfReferenceAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2027",
        "env-self-reference",
        "ENV refers to a variable it sets itself",
        "ENV {0} refers to {1}, but this same ENV sets {2}: every value of one ENV is expanded before any is set, so {0} gets the earlier value of {2}, or an empty string",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2027"),
        new[] { "hadolint:DL3044" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // ONBUILD ENV is expanded the same way when it runs.
        if (InstructionQueries.Unwrap<EnvInstruction>(c.Instruction) is not { Pairs.Count: > 1 } env)
        {
            return;
        }

        var setEarlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in env.Pairs)
        {
            foreach (var (name, start, length) in c.Dockerfile.Expander.FindReferences(pair.Value))
            {
                var end = start + length;

                // The value set earlier is not shown: it may be a secret.
                if (setEarlier.Contains(name))
                {
                    var span = InstructionQueries.SubSpan(env, pair.ValueSpan, start, end);
                    c.Report(Rule, c.GetLocation(span), pair.Key, pair.Value.Substring(start, end - start), name);
                }
            }

            setEarlier.Add(pair.Key);
        }
    });
}
