using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4042: a Windows HostProcess container, which runs as a process of the node.</summary>
public sealed class WindowsHostProcessAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4042",
        "windows-host-process",
        "Windows HostProcess container",
        "{0} sets windowsOptions.hostProcess: true, so it runs as a process on the Windows node with the node's network and file system, like a privileged container",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4042"),
        new[] { "trivy:KSV103", "polaris:hostProcess" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (securityContext, description) in ManifestQueries.SecurityContexts(c))
        {
            if (securityContext.GetMapping("windowsOptions")?.GetScalar("hostProcess") is { } hostProcess && YamlNavigation.IsTrue(hostProcess))
            {
                c.Report(Rule, hostProcess.Location, description);
            }
        }
    });
}
