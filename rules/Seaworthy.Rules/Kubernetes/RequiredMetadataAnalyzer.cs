using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4049: a workload lacks a label or annotation the project requires, or its value has the wrong form.</summary>
public sealed class RequiredMetadataAnalyzer : Analyzer
{
    private static readonly RuleOption<IReadOnlyList<Requirement>> Labels = Requirements("labels", "labels");

    private static readonly RuleOption<IReadOnlyList<Requirement>> Annotations = Requirements("annotations", "annotations");

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4049",
        "required-metadata",
        "Workload lacks a required label or annotation",
        "{0} {1}, which the rule's {2} option requires",
        RuleCategory.Maintainability,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4049"),
        new[] { "kube-linter:required-label-owner", "kube-linter:required-annotation-email" })
    {
        Options = new RuleOption[] { Labels, Annotations },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        // Workloads by kind too: one whose template is missing still needs its owner named.
        if (c.PodTemplate is null
            && manifest.Kind.Value is not ("Pod" or "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" or "CronJob" or "DeploymentConfig"))
        {
            return;
        }

        Check(c, manifest, manifest.FindLabel, c.GetOption(Rule, Labels), "label", "labels");
        Check(c, manifest, manifest.FindAnnotation, c.GetOption(Rule, Annotations), "annotation", "annotations");
    });

    private static void Check(KubernetesObjectContext c, KubernetesObject manifest, Func<string, KubernetesKeyValue?> find, IReadOnlyList<Requirement> required, string what, string option)
    {
        foreach (var requirement in required)
        {
            var written = find(requirement.Key);
            if (written is null)
            {
                c.Report(Rule, ManifestQueries.Anchor(manifest), manifest.Description, $"has no {what} '{requirement.Key}'", option);
            }
            else if (requirement.Value is { } pattern && !pattern.IsMatch(written.Value))
            {
                c.Report(Rule, written.ValueLocation, manifest.Description, $"writes the {what} '{requirement.Key}' with a value that does not match '{requirement.Pattern}'", option);
            }
        }
    }

    private static RuleOption<IReadOnlyList<Requirement>> Requirements(string name, string what) => RuleOption.StringList<IReadOnlyList<Requirement>>(
        name,
        $"the {what} every workload must write: a key, or key=pattern where the value must match the .NET regular expression as a whole",
        Array.Empty<string>(),
        items => items.Select(Requirement.Parse).ToArray(),
        item => Requirement.Problem(item));

    // A required key and, when given, the pattern its whole value must match.
    private sealed class Requirement
    {
        private Requirement(string key, string? pattern)
        {
            Key = key;
            Pattern = pattern;
            Value = pattern is null ? null : new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        public string Key { get; }

        public string? Pattern { get; }

        public Regex? Value { get; }

        public static Requirement Parse(string item)
        {
            var equals = item.IndexOf('=');
            return equals < 0
                ? new Requirement(item, null)
                : new Requirement(item.Substring(0, equals), item.Substring(equals + 1));
        }

        public static string? Problem(string item)
        {
            if (item.Length == 0 || item[0] == '=')
            {
                return "a key is needed before any =pattern";
            }

            try
            {
                _ = Parse(item);
                return null;
            }
            catch (ArgumentException)
            {
                return "the pattern after = is not a valid regular expression";
            }
        }
    }
}
