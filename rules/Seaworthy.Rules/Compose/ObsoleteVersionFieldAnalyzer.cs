using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Compose;
using Seaworthy.Text;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3005: the obsolete top-level <c>version</c>.</summary>
public sealed class ObsoleteVersionFieldAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3005",
        "obsolete-version-field",
        "Obsolete top-level version",
        "The top-level 'version' is obsolete: docker compose ignores it and warns; remove it",
        RuleCategory.Maintainability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3005"),
        new[] { "dclint:no-version-field" })
    {
        FixSafety = FixSafety.Safe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        if (c.Project.Version is not { } version)
        {
            return;
        }

        if (RemoveLine(c.Project, version.Location) is { } fix)
        {
            c.Report(Rule, version.Location, fix);
        }
        else
        {
            c.Report(Rule, version.Location);
        }
    });

    // The whole line goes when it is a block mapping's "version: value" line; flow mappings and JSON, where commas
    // and braces would need editing too, and a value on a later line are left alone.
    private static Fix? RemoveLine(ComposeProject project, Location location)
    {
        var text = project.Files.FirstOrDefault(file => file.Path == location.Path)?.Text;
        if (text is null || location.Line != location.EndLine || !text.GetLineText(location.Line).StartsWith("version:", StringComparison.Ordinal))
        {
            return null;
        }

        var start = text.GetLineStart(location.Line);
        var next = location.Line + 1;

        // At the top of the file, or after a blank line, the blank lines that set the key apart go with it.
        if (location.Line == 1 || string.IsNullOrWhiteSpace(text.GetLineText(location.Line - 1)))
        {
            while (next < text.LineCount && string.IsNullOrWhiteSpace(text.GetLineText(next)))
            {
                next++;
            }
        }

        var end = next <= text.LineCount ? text.GetLineStart(next) : text.Text.Length;
        return Fix.Safe("Remove the version key", TextEdit.Delete(TextSpan.FromBounds(start, end)));
    }
}
