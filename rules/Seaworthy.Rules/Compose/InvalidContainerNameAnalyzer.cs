using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3004: a <c>container_name</c> that the Docker Engine refuses.</summary>
public sealed class InvalidContainerNameAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3004",
        "invalid-container-name",
        "Container name the engine refuses",
        "{0} sets container_name '{1}', which the Docker Engine refuses: a name is a letter or digit followed by at least one letter, digit, '_', '.' or '-'",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3004"),
        new[] { "dclint:service-container-name-regex" });

    // The engine's validContainerNamePattern (without its optional leading '/'), which dclint uses too.
    private static readonly Regex ValidName = new("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        if (c.Service.ContainerName is { } name && !ValidName.IsMatch(name.Value) && !ComposeValues.IsUnresolved(name))
        {
            c.Report(Rule, name.Location, c.Container.Description, name.Value);
        }
    });
}
