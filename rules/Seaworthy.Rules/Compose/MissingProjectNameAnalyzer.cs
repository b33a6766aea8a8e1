using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3006: the project has no top-level <c>name</c>.</summary>
public sealed class MissingProjectNameAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3006",
        "missing-project-name",
        "No top-level project name",
        "The project has no top-level 'name', so its containers, networks and volumes are named after the folder it is run from",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3006"),
        new[] { "dclint:require-project-name-field" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        // The finding sits on the main file's first top-level key, where a name would be written.
        if (c.Project.Name is null
            && c.Project.MainFile.Documents.Count > 0
            && c.Project.MainFile.Documents[0].Root is YamlMapping { Entries.Count: > 0 } root)
        {
            c.Report(Rule, root.Entries[0].Key.Location);
        }
    });
}
