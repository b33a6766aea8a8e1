using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4044: an Ingress carries an ingress-nginx snippet annotation, raw NGINX configuration (CVE-2021-25742).</summary>
public sealed class NginxSnippetAnnotationAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4044",
        "nginx-snippet-annotation",
        "Ingress injects an NGINX configuration snippet",
        "{0} has the annotation '{1}', raw NGINX configuration that ingress-nginx copies into its own: whoever can write an Ingress can read the controller's files and every Secret it can (CVE-2021-25742)",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4044"),
        new[] { "checkov:CKV_K8S_153", "checkov:CKV_K8S_152", "checkov:CKV_K8S_154" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        if (manifest.Kind.Value != "Ingress")
        {
            return;
        }

        // configuration-snippet, server-snippet, auth-snippet, stream-snippet and the like, under any prefix.
        foreach (var annotation in manifest.Annotations)
        {
            if (annotation.Name.Contains("snippet", StringComparison.Ordinal))
            {
                c.Report(Rule, annotation.NameLocation, manifest.Description, annotation.Name);
            }
        }
    });
}
