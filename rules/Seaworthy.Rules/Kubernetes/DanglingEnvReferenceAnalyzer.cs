using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4048: an environment variable takes its value from a Secret or ConfigMap, or a key of one, that the run does not have.</summary>
public sealed class DanglingEnvReferenceAnalyzer : Analyzer
{
    private static readonly RuleOption<IReadOnlyList<Regex>> IgnoredSecrets = Patterns("ignored-secrets", "Secrets");

    private static readonly RuleOption<IReadOnlyList<Regex>> IgnoredConfigMaps = Patterns("ignored-config-maps", "ConfigMaps");

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4048",
        "dangling-env-reference",
        "Environment variable refers to a missing Secret, ConfigMap or key",
        "{0}: the variable {1} of container '{2}' takes its value from {3}, so the pod does not start",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4048"),
        new[] { "kube-linter:env-value-from" })
    {
        Options = new RuleOption[] { IgnoredSecrets, IgnoredConfigMaps },
    };

    // The references of valueFrom: key, the kind it names, the option that leaves names alone, the keys' fields.
    private static readonly (string Key, string Kind, RuleOption<IReadOnlyList<Regex>> Ignored, string[] Data)[] References =
    {
        ("secretKeyRef", "Secret", IgnoredSecrets, new[] { "data", "stringData" }),
        ("configMapKeyRef", "ConfigMap", IgnoredConfigMaps, new[] { "data", "binaryData" }),
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

        foreach (var container in pod.Containers)
        {
            foreach (var variable in ManifestQueries.MappingItems(container.Node, "env"))
            {
                if (variable.GetMapping("valueFrom") is not { } valueFrom)
                {
                    continue;
                }

                foreach (var (key, kind, ignored, data) in References)
                {
                    if (valueFrom.GetMapping(key) is { } reference && Missing(c, reference, kind, c.GetOption(Rule, ignored), data) is { } missing)
                    {
                        var name = variable.GetScalar("name")?.Value ?? "";
                        c.Report(Rule, missing.At, c.KubernetesObject.Description, name, container.Name, missing.What);
                    }
                }
            }
        }
    });

    // Where and what is missing, or null: an optional reference, or one to a kind the workload's folder has none of
    // (its objects are made elsewhere), is left alone.
    private static (Location At, string What)? Missing(KubernetesObjectContext c, YamlMapping reference, string kind, IReadOnlyList<Regex> ignored, string[] data)
    {
        if (reference.GetScalar("optional")?.Value == "true" || !ManifestQueries.KindInFolder(c.Objects, c.KubernetesObject, kind)
            || reference.GetScalar("name") is not { IsNull: false } name || ignored.Any(pattern => pattern.IsMatch(name.Value)))
        {
            return null;
        }

        var owner = c.KubernetesObject;
        if (c.Objects.Find(kind, name.Value, owner.Namespace?.Value) is not { } target)
        {
            // A SealedSecret or ExternalSecret of the same name makes the Secret in the cluster.
            return MadeByOperator(c.Objects, owner, kind, name.Value)
                ? null
                : (name.Location, $"{kind} '{name.Value}', which is not among the {kind}s linted with it");
        }

        if (reference.GetScalar("key") is not { IsNull: false } key || data.Any(field => target.Node.GetMapping(field)?.Find(key.Value) is not null))
        {
            return null;
        }

        // A Secret or ConfigMap without any data written (filled in by a controller) holds keys the files do not show.
        return data.Any(field => target.Node.GetMapping(field) is { Entries.Count: > 0 })
            ? (key.Location, $"the key '{key.Value}' of {kind} '{name.Value}', which has no such key")
            : null;
    }

    private static bool MadeByOperator(KubernetesObjectSet objects, KubernetesObject owner, string kind, string name)
    {
        foreach (var candidate in objects.All)
        {
            if (candidate.Kind.Value != kind && candidate.Kind.Value.EndsWith(kind, StringComparison.Ordinal)
                && string.Equals(candidate.Name?.Value, name, StringComparison.Ordinal) && ManifestQueries.SameNamespace(candidate, owner))
            {
                return true;
            }
        }

        return false;
    }

    private static RuleOption<IReadOnlyList<Regex>> Patterns(string name, string kinds) => RuleOption.StringList<IReadOnlyList<Regex>>(
        name,
        $"regular expressions (.NET syntax, matched anywhere in the name) of the {kinds} whose references are not checked",
        Array.Empty<string>(),
        items => items.Select(item => new Regex(item, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray(),
        item => IsPattern(item) ? null : "not a valid regular expression");

    private static bool IsPattern(string item)
    {
        try
        {
            _ = new Regex(item, RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
