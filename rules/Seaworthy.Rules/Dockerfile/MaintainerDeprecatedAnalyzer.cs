using System;
using System.Collections.Generic;
using System.Text;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2007: MAINTAINER is used; it is deprecated in favour of a label.</summary>
public sealed class MaintainerDeprecatedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2007",
        "maintainer-deprecated",
        "MAINTAINER is deprecated",
        "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\"{0}\"",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2007"),
        new[] { "buildkit:MaintainerDeprecated", "hadolint:DL4000", "checkov:CKV_DOCKER_6", "trivy:DS022" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<MaintainerInstruction>(c =>
    {
        var maintainer = c.Instruction;
        var location = c.GetLocation(maintainer.KeywordSpan);
        var value = maintainer.Arguments.Count > 0 ? maintainer.Arguments[0].Value : "...";
        if (LabelFor(c.Dockerfile.Syntax, maintainer) is { } label)
        {
            c.Report(Rule, location, Fix.Safe("Replace MAINTAINER with the authors label", new TextEdit(TextSpan.FromBounds(maintainer.KeywordSpan.Start, maintainer.ArgumentsSpan.End), label)), value);
        }
        else
        {
            c.Report(Rule, location, value);
        }
    });

    // MAINTAINER takes the rest of its line as it is; a double-quoted label value expands variables and escapes, so
    // $, " and the escape character are escaped. A MAINTAINER over continuation lines, or with nothing, is left alone.
    private static string? LabelFor(DockerfileSyntax syntax, MaintainerInstruction maintainer)
    {
        var text = syntax.Text;
        if (maintainer.ArgumentsSpan.Length == 0 || text.GetLinePosition(maintainer.KeywordSpan.Start).Line != text.GetLinePosition(maintainer.ArgumentsSpan.End).Line)
        {
            return null;
        }

        var escape = syntax.EscapeCharacter;
        var value = new StringBuilder();
        foreach (var ch in text.ToString(maintainer.ArgumentsSpan))
        {
            if (ch is '$' or '"' || ch == escape)
            {
                value.Append(escape);
            }

            value.Append(ch);
        }

        var keyword = string.Equals(maintainer.Keyword, maintainer.Keyword.ToLowerInvariant(), StringComparison.Ordinal) ? "label" : "LABEL";
        return keyword + " org.opencontainers.image.authors=\"" + value + "\"";
    }
}
