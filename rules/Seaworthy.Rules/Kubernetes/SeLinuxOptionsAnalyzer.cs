using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4039: an SELinux type outside the container types, or an SELinux user or role, is set.</summary>
public sealed class SeLinuxOptionsAnalyzer : Analyzer
{
    private static readonly RuleOption<IReadOnlyList<string>> AllowedTypes = RuleOption.StringList(
        "allowed-types",
        "the SELinux types accepted in seLinuxOptions.type",
        new[] { "container_t", "container_init_t", "container_kvm_t", "container_engine_t" });

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4039",
        "selinux-custom-options",
        "Custom SELinux options set",
        "{0} {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4039"),
        new[] { "trivy:KSV025" })
    {
        Options = new RuleOption[] { AllowedTypes },
    };

    private static readonly string[] ForbiddenKeys = { "user", "role" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var allowed = c.GetOption(Rule, AllowedTypes);
        foreach (var (securityContext, description) in ManifestQueries.SecurityContexts(c))
        {
            if (securityContext.GetMapping("seLinuxOptions") is not { } options)
            {
                continue;
            }

            if (options.GetScalar("type") is { IsNull: false } type && type.Value.Length > 0 && !allowed.Contains(type.Value, StringComparer.Ordinal))
            {
                c.Report(Rule, type.Location, description, $"sets the SELinux type '{type.Value}', not a container type: a type of the host's policy can lift the confinement that keeps containers off host files and processes");
            }

            foreach (var key in ForbiddenKeys)
            {
                if (options.Find(key) is { } entry)
                {
                    c.Report(Rule, entry.Key.Location, description, $"sets the SELinux {key}, which the Pod Security Standards' baseline profile forbids: it can give the container a host user's or role's access");
                }
            }
        }
    });
}
