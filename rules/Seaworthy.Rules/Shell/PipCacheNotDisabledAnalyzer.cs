using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2071: pip install keeps its download cache in the image layer.</summary>
public sealed class PipCacheNotDisabledAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2071",
        "pip-cache-not-disabled",
        "pip install keeps its cache in the image",
        "pip install without --no-cache-dir keeps the downloaded packages in the layer: add --no-cache-dir, set PIP_NO_CACHE_DIR=1 or mount a cache on /root/.cache/pip",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2071"),
        new[] { "hadolint:DL3042" })
    {
        FixSafety = FixSafety.Safe,
    };

    // The values pip reads as a boolean; for PIP_NO_CACHE_DIR each of them, false ones included, disables the cache.
    private static readonly string[] BooleanValues = { "1", "0", "y", "n", "yes", "no", "t", "f", "true", "false", "on", "off" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (LanguagePackageQueries.GetPipInstallArguments(c.Command) is not { } arguments
            || arguments.HasOption("no-cache-dir")
            || DisablesCache(LanguagePackageQueries.GetEnvironmentValue(c, "PIP_NO_CACHE_DIR"))
            || LanguagePackageQueries.HasCacheMount(c.Instruction, target => target.EndsWith("/.cache/pip", StringComparison.Ordinal)))
        {
            return;
        }

        FixReport.Report(c, Rule, c.GetLocation(arguments.Operands[0].Span), ShellFixes.InsertOptionAfter(c, arguments.Operands[0], "--no-cache-dir", "Add --no-cache-dir"));
    });

    private static bool DisablesCache(string? value) =>
        value is not null && Array.IndexOf(BooleanValues, value.ToLowerInvariant()) >= 0;
}
