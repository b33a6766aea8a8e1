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

        var escape = c.Dockerfile.Syntax.EscapeCharacter;
        var setEarlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in env.Pairs)
        {
            foreach (var (name, start, end) in References(pair.Value, escape))
            {
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

    /// <summary>
    /// The variable references in a raw value, as BuildKit's lexer reads them: <c>$name</c> and
    /// <c>${name...}</c> (with the offsets of the whole reference), not inside single quotes and not
    /// escaped; references nested in a modifier's word are found too.
    /// </summary>
    private static IEnumerable<(string Name, int Start, int End)> References(string value, char escape)
    {
        var inSingle = false;
        var inDouble = false;
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (inSingle)
            {
                inSingle = ch != '\'';
                continue;
            }

            if (ch == escape)
            {
                i++;
                continue;
            }

            if (ch == '\'' && !inDouble)
            {
                inSingle = true;
            }
            else if (ch == '"')
            {
                inDouble = !inDouble;
            }
            else if (ch == '$' && i + 1 < value.Length)
            {
                var braced = value[i + 1] == '{';
                var nameStart = braced ? i + 2 : i + 1;
                var nameEnd = NameEnd(value, nameStart);
                if (nameEnd == nameStart)
                {
                    continue;
                }

                var end = braced ? ClosingBrace(value, nameEnd) : nameEnd;
                yield return (value.Substring(nameStart, nameEnd - nameStart), i, end);

                // Go on inside a modifier's word, such as ${A:-$B}.
                i = nameEnd - 1;
            }
        }
    }

    // A name is letters, digits and '_'; one that starts with a digit is all digits ($10 is variable "10").
    private static int NameEnd(string value, int start)
    {
        var end = start;
        var digitsOnly = start < value.Length && char.IsDigit(value[start]);
        while (end < value.Length && (digitsOnly ? char.IsDigit(value[end]) : char.IsLetterOrDigit(value[end]) || value[end] == '_'))
        {
            end++;
        }

        return end;
    }

    // The offset just past the '}' that closes a ${...} opened before 'from', or the end of the value.
    private static int ClosingBrace(string value, int from)
    {
        var depth = 1;
        for (var i = from; i < value.Length; i++)
        {
            if (value[i] == '{')
            {
                depth++;
            }
            else if (value[i] == '}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return value.Length;
    }
}
