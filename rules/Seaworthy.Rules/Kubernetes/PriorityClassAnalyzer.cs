using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4036: a pod has no priority class, or one the project does not accept.</summary>
public sealed class PriorityClassAnalyzer : Analyzer
{
    private static readonly RuleOption<IReadOnlyList<string>> PriorityClasses = RuleOption.StringList(
        "priority-classes",
        "the priority class names accepted; when empty, any name is",
        Array.Empty<string>());

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4036",
        "priority-class",
        "Pod priority class not set or not accepted",
        "{0} {1}",
        RuleCategory.Reliability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4036"),
        new[] { "polaris:priorityClassNotSet", "kube-linter:priority-class-name" })
    {
        Options = new RuleOption[] { PriorityClasses },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        if (c.PodTemplate is not { } pod)
        {
            return;
        }

        var manifest = c.KubernetesObject;
        if (pod.Spec.GetScalar("priorityClassName") is not { IsNull: false } name || name.Value.Trim().Length == 0)
        {
            var effect = manifest.Kind.Value == "Pod"
                ? "it gets the cluster's default priority and is among the first preempted"
                : "its pods get the cluster's default priority and are among the first preempted";
            c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description, $"sets no priorityClassName, so {effect} when nodes are full");
            return;
        }

        var accepted = c.GetOption(Rule, PriorityClasses);
        if (accepted.Count > 0 && !accepted.Contains(name.Value, StringComparer.Ordinal))
        {
            c.Report(Rule, name.Location, manifest.Description, $"uses the priority class '{name.Value}', which is not listed in the rule's priority-classes option");
        }
    });
}
