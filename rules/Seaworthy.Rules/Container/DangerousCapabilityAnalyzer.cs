using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Container;

/// <summary>SW1009: the container is given a capability that reaches beyond it: into the kernel, other processes or the host.</summary>
public sealed class DangerousCapabilityAnalyzer : Analyzer
{
    // The default list, and why each is reported: capabilities that are not in Docker's default set and that let a
    // process act outside its container. NET_RAW is left out on purpose: it is in the default set, so adding it
    // changes nothing (SW1010 is about dropping it).
    // SW1047 leaves these to this rule.
    internal static readonly (string Name, string Reason)[] Known =
    {
        ("ALL", "every capability, nearly the same as privileged"),
        ("SYS_ADMIN", "mount, namespaces, BPF and many more: the classic container escape"),
        ("SYS_MODULE", "loads kernel modules into the host kernel"),
        ("SYS_RAWIO", "raw I/O on host devices and memory"),
        ("SYS_PTRACE", "traces and injects code into processes it can see"),
        ("SYS_BOOT", "reboots the host and loads a new kernel"),
        ("SYS_TIME", "sets the host's clock, which is not namespaced"),
        ("DAC_READ_SEARCH", "reads any file by handle, the 'shocker' escape"),
        ("NET_ADMIN", "reconfigures interfaces, routes and firewall rules"),
        ("BPF", "loads BPF programs into the kernel"),
        ("PERFMON", "reads kernel performance data and attaches BPF tracing"),
        ("MAC_ADMIN", "changes the AppArmor or SELinux policy"),
        ("MAC_OVERRIDE", "bypasses the AppArmor or SELinux policy"),
        ("SYSLOG", "reads and clears the kernel log, which leaks kernel addresses"),
    };

    private static readonly Dictionary<string, string> KnownReasons = Known.ToDictionary(known => known.Name, known => known.Reason, StringComparer.Ordinal);

    // The capabilities reported when added.
    private static readonly RuleOption<HashSet<string>> DangerousCapabilities = RuleOption.StringList(
        "dangerous-capabilities",
        "capability names, with or without CAP_, in any case; ALL stands for every capability",
        Known.Select(known => known.Name).ToArray(),
        items => new HashSet<string>(items.Select(CapabilityName), StringComparer.Ordinal),
        item => CapabilityName(item).Length == 0 ? "it is empty" : null);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1009",
        "dangerous-capability",
        "Dangerous capability added",
        "{0} adds capability {1}: {2}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1009"),
        new[] { "cis-docker:5.4", "checkov:CKV_K8S_39", "trivy:KSV005", "trivy:KSV120", "kube-linter:privilege-escalation-container", "kubesec:CapSysAdmin", "polaris:dangerousCapabilities", "trivy:KSV022", "trivy:KSV106" })
    {
        Options = new RuleOption[] { DangerousCapabilities },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var dangerous = c.GetOption(Rule, DangerousCapabilities);
        foreach (var capability in c.Container.Runtime.AddedCapabilities)
        {
            if (dangerous.Contains(capability.Value))
            {
                c.Report(Rule, capability.Location, c.Container.Description, capability.Value, KnownReasons.TryGetValue(capability.Value, out var reason) ? reason : "listed in the rule's dangerous-capabilities option");
            }
        }
    });

    // As the container model writes the names: upper case, without CAP_.
    private static string CapabilityName(string written)
    {
        var name = written.Trim().ToUpperInvariant();
        return name.StartsWith("CAP_", StringComparison.Ordinal) ? name.Substring(4) : name;
    }
}
