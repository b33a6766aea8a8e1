using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4088: a pod template does not set a resolver option the project requires (ndots=2 by default).</summary>
public sealed class MissingDnsOptionAnalyzer : Analyzer
{
    private static readonly RuleOption<IReadOnlyList<DnsOption>> Required = RuleOption.StringList<IReadOnlyList<DnsOption>>(
        "dns-options",
        "the resolver options every pod must set in dnsConfig.options: a name, or name=value where the value must be exactly that",
        new[] { "ndots=2" },
        items => items.Select(DnsOption.Parse).ToArray(),
        item => item.Length == 0 || item[0] == '=' ? "an option name is needed before any =value" : null);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4088",
        "missing-dns-option",
        "Pod lacks a required DNS resolver option",
        "{0} {1}, which the rule's dns-options option requires",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: false,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4088"),
        new[] { "kube-linter:dnsconfig-options" })
    {
        Options = new RuleOption[] { Required },
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

        var dnsConfig = pod.Spec.Find("dnsConfig");
        var options = ManifestQueries.MappingItems(dnsConfig?.Value as YamlMapping, "options").ToList();
        foreach (var (name, value) in c.GetOption(Rule, Required))
        {
            var written = options.LastOrDefault(option => string.Equals(option.GetScalar("name")?.Value, name, StringComparison.Ordinal));
            if (written is null)
            {
                var where = dnsConfig?.Key.Location ?? ManifestQueries.Anchor(c.KubernetesObject);
                c.Report(Rule, where, c.KubernetesObject.Description, $"sets no DNS option '{name}' in dnsConfig.options");
            }
            else if (value is not null && written.GetScalar("value") is var setTo && !string.Equals(setTo?.Value, value, StringComparison.Ordinal))
            {
                var what = setTo is null ? $"sets the DNS option '{name}' without a value, not '{value}'" : $"sets the DNS option '{name}' to '{setTo.Value}', not '{value}'";
                c.Report(Rule, setTo?.Location ?? written.Location, c.KubernetesObject.Description, what);
            }
        }
    });

    // An item of the option: the name, and the value it must have when one is given.
    private sealed record DnsOption(string Name, string? Value)
    {
        public static DnsOption Parse(string item)
        {
            var equals = item.IndexOf('=');
            return equals < 0 ? new DnsOption(item, null) : new DnsOption(item.Substring(0, equals), item.Substring(equals + 1));
        }
    }
}
