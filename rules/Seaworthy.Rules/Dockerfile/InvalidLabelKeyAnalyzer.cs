using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2029: a LABEL key breaks Docker's conventions for label keys.</summary>
public sealed class InvalidLabelKeyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2029",
        "invalid-label-key",
        "Label key breaks Docker's key conventions",
        "Label key '{0}' {1}",
        RuleCategory.Style,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2029"),
        new[] { "hadolint:DL3048" });

    private static readonly string[] ReservedNamespaces = { "com.docker.", "io.docker.", "org.dockerproject." };

    // Docker's own documentation tells extension authors to use these keys.
    private static readonly string[] DockerDocumentedNamespaces = { "com.docker.extension.", "com.docker.desktop.extension." };

    private static readonly Func<string, string?> NoVariables = _ => null;

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // ONBUILD LABEL sets the same keys in every image built on this one.
        if (InstructionQueries.Unwrap<LabelInstruction>(c.Instruction) is not { } label)
        {
            return;
        }

        foreach (var pair in label.Pairs)
        {
            // As in hadolint's DL3048, '$' is not a key character: a key built from a variable is checked as written.
            if (pair.Key.IndexOf('$') >= 0)
            {
                c.Report(Rule, c.GetLocation(pair.KeySpan), pair.Key, "has the character '$': a key built from a variable is only known at build time; write the key out in lower-case letters, digits, '.', '-', '_' and '/'");
                continue;
            }

            var expansion = c.Dockerfile.Expander.ExpandWord(pair.Key, NoVariables);
            if (expansion.Succeeded && expansion.Value.Length > 0 && Problem(expansion.Value) is { } problem)
            {
                c.Report(Rule, c.GetLocation(pair.KeySpan), expansion.Value, problem);
            }
        }
    });

    private static string? Problem(string key)
    {
        if (StartsWithAny(key, ReservedNamespaces) && !StartsWithAny(key, DockerDocumentedNamespaces))
        {
            return "is in a namespace Docker reserves for itself (com.docker., io.docker., org.dockerproject.)";
        }

        foreach (var c in key)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return "has upper-case letters: label keys are lower-case, such as maintainer or org.opencontainers.image.version";
            }

            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' or '/'))
            {
                return $"has the character '{c}': use lower-case letters, digits, '.', '-', '_' and '/'";
            }
        }

        if (key[0] is < 'a' or > 'z')
        {
            return "must start with a lower-case letter";
        }

        var last = key[key.Length - 1];
        if (last is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
        {
            return "must end with a lower-case letter or a digit";
        }

        return key.IndexOf("..", StringComparison.Ordinal) >= 0 || key.IndexOf("--", StringComparison.Ordinal) >= 0
            ? "has two separators in a row ('..' or '--')"
            : null;
    }

    private static bool StartsWithAny(string key, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
