using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2083: a RUN calls an interactive or system-management command that does nothing useful in a build.</summary>
public sealed class PointlessCommandAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2083",
        "pointless-command",
        "Command that makes no sense in a build",
        "'{0}' in RUN makes no sense in an image build: {1}",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2083"),
        new[] { "hadolint:DL3001" });

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["free"] = "it shows the build machine's memory",
        ["ifconfig"] = "it shows or changes the build container's network, which is thrown away",
        ["kill"] = "no process outlives the RUN that started it",
        ["mount"] = "mounts do not persist in the image; use RUN --mount",
        ["ps"] = "no process outlives the RUN that started it",
        ["service"] = "services started during a build do not run in the container",
        ["shutdown"] = "there is no system to shut down",
        ["ssh"] = "it needs keys and a network the image should not depend on; use RUN --mount=type=ssh for git",
        ["top"] = "it is interactive",
        ["vim"] = "it is interactive",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name is { } name && c.Command.NameWord is { } word && Reasons.TryGetValue(name, out var reason))
        {
            c.Report(Rule, c.GetLocation(word.Span), name, reason);
        }
    });
}
