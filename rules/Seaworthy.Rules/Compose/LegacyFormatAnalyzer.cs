using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>SW3017: a Compose file in the legacy version 1 format (services at the top level), which docker compose v2 refuses.</summary>
public sealed class LegacyFormatAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3017",
        "legacy-compose-format",
        "Legacy (version 1) Compose file",
        "This is a legacy (version 1) Compose file, with its services at the top level: docker compose v2 refuses it. "
            + "Move the services under 'services:', write 'net' as 'network_mode', a 'dockerfile' beside 'build' as 'build.dockerfile' (with 'build.context'), "
            + "and 'log_driver'/'log_opt' as 'logging.driver'/'logging.options'",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3017"),
        Array.Empty<string>());

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeProject(c =>
    {
        foreach (var firstKey in c.Project.LegacyFiles)
        {
            c.Report(Rule, firstKey);
        }
    });
}
