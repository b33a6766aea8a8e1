using System;
using System.Collections.Generic;
using Seaworthy.Analysis;

namespace Seaworthy.Rules.Container;

/// <summary>SW1006: the container exposes the SSH port.</summary>
public sealed class SshPortExposedAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1006",
        "ssh-port-exposed",
        "SSH port exposed",
        "{0} exposes port {1}, the SSH port: containers are entered with docker exec or kubectl exec, not SSH",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW1006"),
        new[] { "checkov:CKV_DOCKER_1", "trivy:DS004", "kube-linter:ssh-port" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        foreach (var port in c.Container.ExposedPorts)
        {
            if (IncludesPort22(port.Value))
            {
                c.Report(Rule, port.Location, c.Container.Description, port.Value);
            }
        }
    });

    // "22", "22/tcp", or a range such as "20-30/tcp" that contains 22.
    private static bool IncludesPort22(string port)
    {
        var slash = port.IndexOf('/');
        var number = slash < 0 ? port : port.Substring(0, slash);
        var dash = number.IndexOf('-');
        if (dash < 0)
        {
            return number == "22";
        }

        return int.TryParse(number.Substring(0, dash), out var low) && int.TryParse(number.Substring(dash + 1), out var high) && low <= 22 && 22 <= high;
    }
}
