using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4011: a container reads a Secret into environment variables.</summary>
public sealed class SecretAsEnvVarAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4011",
        "secret-as-env-var",
        "Secret read into environment variables",
        "{0} reads Secret '{1}' into environment variables, where child processes, crash dumps and logs can see it: mount it as a file",
        RuleCategory.Security,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4011"),
        new[] { "kube-linter:read-secret-from-env-var", "checkov:CKV_K8S_35" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            foreach (var variable in ManifestQueries.MappingItems(container.Node, "env"))
            {
                if (variable.GetMapping("valueFrom")?.Find("secretKeyRef") is { } reference)
                {
                    c.Report(Rule, reference.Key.Location, description, SecretName(reference));
                }
            }

            foreach (var source in ManifestQueries.MappingItems(container.Node, "envFrom"))
            {
                if (source.Find("secretRef") is { } reference)
                {
                    c.Report(Rule, reference.Key.Location, description, SecretName(reference));
                }
            }
        }
    });

    private static string SecretName(YamlEntry reference) => (reference.Value as YamlMapping)?.GetScalar("name")?.Value ?? "";
}
