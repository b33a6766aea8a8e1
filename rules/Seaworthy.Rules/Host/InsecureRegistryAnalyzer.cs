using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Host;

namespace Seaworthy.Rules.Host;

/// <summary>SW5025: the daemon talks to registries without TLS verification.</summary>
public sealed class InsecureRegistryAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW5025",
        "insecure-registry",
        "Insecure registries are allowed",
        "The daemon allows the insecure registry {0}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Host,
        RuleDescriptor.HelpFor("SW5025"),
        new[] { "cis-docker:2.5" });

    // The engine always lists loopback as insecure; it is not a setting anybody made.
    private static readonly string[] BuiltIn = { "127.0.0.0/8", "::1/128" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterHost(c =>
    {
        if (!c.TryGetInfo(Rule, out var info))
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cidr in info.InsecureRegistryCidrs)
        {
            if (Array.IndexOf(BuiltIn, cidr) < 0 && reported.Add(cidr))
            {
                c.Report(Rule, HostTarget.Daemon, cidr);
            }
        }

        foreach (var registry in info.Registries)
        {
            if (!registry.Secure && reported.Add(registry.Name))
            {
                c.Report(Rule, HostTarget.Daemon, registry.Name);
            }
        }
    });
}
