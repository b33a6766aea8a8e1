using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2054: <c>apt</c>, the interactive front end, is used in a build instead of <c>apt-get</c> or <c>apt-cache</c>.</summary>
public sealed class AptInsteadOfAptGetAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2054",
        "apt-instead-of-apt-get",
        "apt used instead of apt-get",
        "apt is made for terminals and its command line may change: use apt-get or apt-cache",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2054"),
        new[] { "hadolint:DL3027", "checkov:CKV_DOCKER_9" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterShellCommand(c =>
    {
        if (c.Command.Name == "apt" && c.Command.NameWord is { } name)
        {
            c.Report(Rule, c.GetLocation(name.Span));
        }
    });
}
