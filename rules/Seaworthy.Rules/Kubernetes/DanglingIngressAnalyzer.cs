using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4046: an Ingress backend names a Service, or a port of one, that the run does not have.</summary>
public sealed class DanglingIngressAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4046",
        "dangling-ingress",
        "Ingress backend names a missing Service or port",
        "{0} routes to {1}, so its requests get 503 errors",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4046"),
        new[] { "kube-linter:dangling-ingress" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;

        // Without any Service in the Ingress's folder, the backends are defined elsewhere.
        if (manifest.Kind.Value != "Ingress" || manifest.Spec is not { } spec || !ManifestQueries.KindInFolder(c.Objects, manifest, "Service"))
        {
            return;
        }

        foreach (var backend in Backends(spec))
        {
            Check(c, manifest, backend);
        }
    });

    private static void Check(KubernetesObjectContext c, KubernetesObject ingress, YamlMapping backend)
    {
        // networking.k8s.io/v1 writes service: {name, port: {number | name}}; extensions/v1beta1 serviceName and servicePort.
        var service = backend.GetMapping("service");
        var name = service is null ? backend.GetScalar("serviceName") : service.GetScalar("name");
        var port = service is null ? backend.GetScalar("servicePort") : service.GetMapping("port") is { } ports ? ports.GetScalar("number") ?? ports.GetScalar("name") : null;
        if (name is not { IsNull: false })
        {
            return;
        }

        if (c.Objects.Find("Service", name.Value, ingress.Namespace?.Value) is not { } target)
        {
            c.Report(Rule, name.Location, ingress.Description, $"Service '{name.Value}', which is not among the Services linted with it");
        }
        else if (port is { IsNull: false } && !Declares(target, port.Value))
        {
            c.Report(Rule, port.Location, ingress.Description, $"port {port.Value} of Service '{name.Value}', which declares no such port");
        }
    }

    // Whether the Service declares the port, by number or by name.
    private static bool Declares(KubernetesObject service, string port)
    {
        foreach (var declared in ManifestQueries.MappingItems(service.Spec, "ports"))
        {
            if (string.Equals(declared.GetScalar("port")?.Value, port, StringComparison.Ordinal)
                || string.Equals(declared.GetScalar("name")?.Value, port, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The default backend (defaultBackend, or v1beta1's backend) and every path's backend.
    private static IEnumerable<YamlMapping> Backends(YamlMapping spec)
    {
        if ((spec.GetMapping("defaultBackend") ?? spec.GetMapping("backend")) is { } fallback)
        {
            yield return fallback;
        }

        foreach (var rule in ManifestQueries.MappingItems(spec, "rules"))
        {
            foreach (var path in ManifestQueries.MappingItems(rule.GetMapping("http"), "paths"))
            {
                if (path.GetMapping("backend") is { } backend)
                {
                    yield return backend;
                }
            }
        }
    }
}
