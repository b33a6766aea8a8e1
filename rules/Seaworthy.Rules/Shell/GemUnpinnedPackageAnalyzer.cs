using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2073: gem installs a gem without a version, so each build may get a different one.</summary>
public sealed class GemUnpinnedPackageAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2073",
        "gem-unpinned-package",
        "gem without a version",
        "gem installs '{0}' without a version: pin it ('{0}:1.2.3' or --version 1.2.3)",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2073"),
        new[] { "hadolint:DL3028" });

    private static readonly ShellOptionSpec Spec = new(
        "vinPsg",
        "version", "install-dir", "bindir", "trust-policy", "source", "platform", "file", "build-root", "document",
        "http-proxy", "config-file", "target-rbconfig");

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name != "gem")
        {
            return;
        }

        var arguments = c.Command.GetArguments(Spec);
        var operands = arguments.Operands;

        // --version pins every gem of the command; --file installs what a Gemfile says.
        if (operands.Count == 0 || operands[0].Value is not ("install" or "i") || arguments.HasOption("v", "version", "g", "file"))
        {
            return;
        }

        for (var i = 1; i < operands.Count; i++)
        {
            // A gem written with a variable may carry its version in the variable; a .gem file is a given file.
            if (operands[i].Value is { } gem && gem.IndexOf(':') < 0 && !gem.EndsWith(".gem", StringComparison.Ordinal))
            {
                c.Report(Rule, c.GetLocation(operands[i].Span), gem);
            }
        }
    });
}
