using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>
/// SW4065: an Ingress gives ingress-nginx an annotation that it copies into its nginx configuration with a character
/// that ends the directive there (CVE-2025-1097, CVE-2025-1098, "IngressNightmare").
/// </summary>
public sealed class IngressNginxAnnotationInjectionAnalyzer : Analyzer
{
    // The annotations ingress-nginx wrote into nginx.conf unescaped, and the characters that break out of each value:
    // a URL's (line breaks, quotes, braces and the characters a URL never holds unencoded) and a CN match's.
    private static readonly (string Annotation, string Characters)[] Annotations =
    {
        ("nginx.ingress.kubernetes.io/auth-url", "\r\n<>\"{}|^`\\"),
        ("nginx.ingress.kubernetes.io/mirror-target", "\r\n<>\"{}|^`\\"),
        ("nginx.ingress.kubernetes.io/mirror-host", "\r\n<>\"{}|^`\\"),
        ("nginx.ingress.kubernetes.io/auth-tls-match-cn", "\r\n#{};|"),
    };

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4065",
        "ingress-nginx-annotation-injection",
        "ingress-nginx annotation can inject nginx configuration",
        "{0} sets {1} with {2}, which ingress-nginx copies into its nginx configuration, where it can end the directive and add others (CVE-2025-1097, CVE-2025-1098): remove it",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4065"),
        new[] { "trivy:KCV0093" });

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

        foreach (var (annotation, characters) in Annotations)
        {
            if (manifest.FindAnnotation(annotation) is { } found && found.Value.FirstOrDefault(character => characters.IndexOf(character) >= 0) is var bad and not '\0')
            {
                c.Report(Rule, found.ValueLocation, manifest.Description, annotation, Describe(bad));
            }
        }
    });

    // The character only, never the value: a URL may carry credentials.
    private static string Describe(char character) => character switch
    {
        '\n' or '\r' => "a line break",
        _ => $"'{character}'",
    };
}
