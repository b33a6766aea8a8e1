using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Compose;

/// <summary>
/// SW3009: <c>depends_on</c>, or <c>network_mode</c>, <c>ipc</c> or <c>pid</c> as <c>service:NAME</c>, names a service
/// the project does not define.
/// </summary>
public sealed class UnknownDependencyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW3009",
        "unknown-dependency",
        "Dependency on an undefined service",
        "{0} depends on service '{1}', which the project does not define",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Compose,
        RuleDescriptor.HelpFor("SW3009"),
        Array.Empty<string>());

    private const string ServicePrefix = "service:";

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterComposeService(c =>
    {
        foreach (var dependency in c.Service.DependsOn)
        {
            // required: false tolerates a dependency that is not there.
            var name = dependency.Service.Value;
            if (dependency.Required && !ComposeValues.Defines(c.Project, name))
            {
                c.Report(Rule, dependency.Service.Location, c.Container.Description, name);
            }
        }

        // network_mode: service:db (and ipc, pid) joins another service's namespace, which must exist.
        foreach (var mode in new[] { c.Service.NetworkMode, c.Service.Ipc, c.Service.Pid })
        {
            if (mode is { Value: var value } && value.StartsWith(ServicePrefix, StringComparison.Ordinal))
            {
                var name = value.Substring(ServicePrefix.Length);
                if (name.Length > 0 && !ComposeValues.Defines(c.Project, name))
                {
                    c.Report(Rule, mode.Location, c.Container.Description, name);
                }
            }
        }
    });
}
