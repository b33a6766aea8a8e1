using System.Collections.Generic;
using Seaworthy.Analysis;

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
        new[] { "dclint:no-version-field" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        if (c.Project.Version is { } version)
        {
            c.Report(Rule, version.Location);
        }
    });
}
