using System;
using System.Collections.Generic;
using System.Globalization;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4029: a port name is not a valid IANA service name.</summary>
public sealed class InvalidPortNameAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4029",
        "invalid-port-name",
        "Port name is not a valid IANA service name",
        "{0} names a port '{1}', which is not a valid port name: {2}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4029"),
        new[] { "kube-linter:invalid-target-ports" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        var manifest = c.KubernetesObject;
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            foreach (var port in ManifestQueries.MappingItems(container.Node, "ports"))
            {
                if (port.GetScalar("name") is { } name && Problem(name.Value) is { } problem)
                {
                    c.Report(Rule, name.Location, description, name.Value, problem);
                }
            }
        }

        if (manifest.Kind.Value != "Service")
        {
            return;
        }

        foreach (var port in ManifestQueries.MappingItems(manifest.Spec, "ports"))
        {
            if (port.GetScalar("targetPort") is { } target
                && !int.TryParse(target.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && Problem(target.Value) is { } problem)
            {
                c.Report(Rule, target.Location, manifest.Description, target.Value, problem);
            }
        }
    });

    // Kubernetes' IsValidPortName (an IANA service name): why the name is invalid, or null when it is valid.
    private static string? Problem(string name)
    {
        if (name.Length is 0 or > 15)
        {
            return "it must have 1 to 15 characters";
        }

        var hasLetter = false;
        foreach (var character in name)
        {
            if (character is >= 'a' and <= 'z')
            {
                hasLetter = true;
            }
            else if (character is not ((>= '0' and <= '9') or '-'))
            {
                return "only lowercase letters, digits and '-' are allowed";
            }
        }

        if (!hasLetter)
        {
            return "it needs at least one letter";
        }

        return name[0] == '-' || name[name.Length - 1] == '-' || name.IndexOf("--", StringComparison.Ordinal) >= 0
            ? "'-' may not start or end it or appear twice in a row"
            : null;
    }
}
