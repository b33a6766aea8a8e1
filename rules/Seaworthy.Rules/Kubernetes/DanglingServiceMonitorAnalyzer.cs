using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Kubernetes;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4087: a Prometheus operator ServiceMonitor selects no Service of the run.</summary>
public sealed class DanglingServiceMonitorAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4087",
        "dangling-service-monitor",
        "ServiceMonitor selects no Service",
        "{0} selects no Service linted with it ({1}), so Prometheus scrapes nothing for it",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4087"),
        new[] { "kube-linter:dangling-servicemonitor" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var monitor = c.KubernetesObject;

        // Without any Service in the monitor's folder, the Services it watches are defined elsewhere.
        if (monitor.Kind.Value != "ServiceMonitor"
            || !monitor.ApiVersion.Value.StartsWith("monitoring.coreos.com/", StringComparison.Ordinal)
            || monitor.Spec is not { } spec
            || !ManifestQueries.KindInFolder(c.Objects, monitor, "Service"))
        {
            return;
        }

        // The operator looks in the monitor's own namespace unless namespaceSelector says `any: true` or lists names.
        var namespaces = spec.GetMapping("namespaceSelector");
        var anyNamespace = namespaces is not null && namespaces.IsTrue("any");
        var names = ManifestQueries.ScalarItems(namespaces, "matchNames").Select(name => name.Value).ToList();
        if (WatchesOnlyClusterServices(c.Objects, names))
        {
            return;
        }

        var selectorEntry = spec.Find("selector");
        var selector = selectorEntry?.Value as YamlMapping;
        foreach (var service in c.Objects.OfKind("Service"))
        {
            // A Service that names no namespace is not taken to be in a listed one.
            var watched = anyNamespace
                || (names.Count == 0 ? ManifestQueries.SameNamespace(monitor, service) : service.Namespace is { } own && names.Contains(own.Value, StringComparer.Ordinal));
            if (watched && (selector is null || ManifestQueries.LabelSelectorMatches(selector, ManifestQueries.StringMap(service.Metadata?.GetMapping("labels")))))
            {
                return;
            }
        }

        var where = anyNamespace ? "in any namespace"
            : names.Count > 0 ? $"in namespace{(names.Count > 1 ? "s" : "")} {string.Join(", ", names.Select(name => $"'{name}'"))}"
            : "in its own namespace";
        c.Report(Rule, selectorEntry?.Key.Location ?? ManifestQueries.Anchor(monitor), monitor.Description, $"by its label selector {where}");
    });

    // The API server's `kubernetes` Service in `default` and the control plane's Services in `kube-system` are made by
    // the cluster, not by manifests: a monitor that watches only those namespaces, where the run has no Service, is
    // not dangling for want of them.
    private static bool WatchesOnlyClusterServices(KubernetesObjectSet objects, List<string> names)
    {
        if (names.Count == 0 || names.Any(name => name is not ("default" or "kube-system")))
        {
            return false;
        }

        return !objects.OfKind("Service").Any(service => service.Namespace is { } own && names.Contains(own.Value, StringComparer.Ordinal));
    }
}
