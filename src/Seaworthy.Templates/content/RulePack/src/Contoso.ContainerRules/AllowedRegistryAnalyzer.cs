using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Contoso.ContainerRules;

/// <summary>CONTOSO001: a Dockerfile builds on an image from a registry that is not allowed.</summary>
public sealed class AllowedRegistryAnalyzer : Analyzer
{
    // Set in .seaworthy.yaml: rules: { contoso-allowed-registry: { options: { allowed: [...] } } }.
    private static readonly RuleOption<IReadOnlyList<string>> Allowed = RuleOption.StringList(
        "allowed",
        "registries (or registry/path prefixes) images may come from",
        new[] { "registry.example.com" },
        item => item.Length == 0 ? "it is empty" : null);

    /// <summary>The rule's descriptor: the one source of its id, name, message, severity and help link.</summary>
    public static readonly RuleDescriptor Rule = new(
        "CONTOSO001",
        "contoso-allowed-registry",
        "Image from a registry that is not allowed",
        "Image '{0}' is not from an allowed registry ({1})",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        "https://example.com/container-rules/CONTOSO001",
        Array.Empty<string>())
    {
        Options = new RuleOption[] { Allowed },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterInstruction<FromInstruction>(c =>
        {
            if (c.Instruction.Image is not { } image || IsExempt(c.Dockerfile, image.Value))
            {
                return;
            }

            var allowed = c.GetOption(Rule, Allowed);
            if (!allowed.Any(registry => image.Value.StartsWith(registry.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase)))
            {
                c.Report(Rule, c.GetLocation(image.Span), image.Value, string.Join(", ", allowed));
            }
        });

    // scratch is no image; another stage was checked where it starts; a variable is decided at build time.
    private static bool IsExempt(DockerfileModel dockerfile, string image) =>
        image == "scratch"
        || image.Contains('$', StringComparison.Ordinal)
        || dockerfile.Stages.Any(stage => string.Equals(stage.Name, image, StringComparison.OrdinalIgnoreCase));
}
