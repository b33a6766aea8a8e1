using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1005: an image comes from a registry that is not among the configured trusted registries.</summary>
public sealed class UntrustedRegistryAnalyzer : Analyzer
{
    // The rule's own list; when it is empty the top-level trusted-registries (which .hadolint.yaml's
    // trustedRegistries also sets) applies.
    private static readonly RuleOption<IReadOnlyList<string>> TrustedRegistries = RuleOption.StringList(
        "trusted-registries",
        "registries or repository prefixes images may come from, written as for the top-level trusted-registries; when empty, the top-level trusted-registries applies, and when both are empty the rule does not apply",
        Array.Empty<string>(),
        item => item.Length == 0 ? "it is empty" : null);

    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1005",
        "untrusted-registry",
        "Image from an untrusted registry",
        "{0} uses image '{1}' from '{2}', which is not among the trusted registries ({3})",
        RuleCategory.Security,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1005"),
        new[] { "hadolint:DL3026", "cis-docker:4.2", "trivy:KSV125" })
    {
        Options = new RuleOption[] { TrustedRegistries },
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterContainer(c =>
        {
            // With no trusted registries configured there is nothing to compare with: CIS 4.2 is then not a pass.
            if (Trusted(c).Count == 0)
            {
                c.Audit?.NotApplicable(Rule, "no trusted-registries are configured in .seaworthy.yaml");
                return;
            }

            if (c.Container.Image is { IsResolved: true } image)
            {
                Check(c, image.Reference, c.Container.Description, image.Location);
            }
        });

        // Images that only COPY --from or RUN --mount from= pull are images all the same.
        context.RegisterInstruction<Instruction>(c =>
        {
            foreach (var flag in c.Instruction.Flags)
            {
                var source = flag.Name switch
                {
                    "from" when c.Instruction.Kind is InstructionKind.Copy => flag.Value,
                    "mount" when c.Instruction.Kind is InstructionKind.Run => MountSource(flag.Value),
                    _ => null,
                };
                if (source is not null && !IsStage(c.Dockerfile, source))
                {
                    Check(c, source, $"{c.Instruction.Keyword} --{flag.Name}", c.GetLocation(flag.Span));
                }
            }
        });
    }

    /// <summary>True when <paramref name="image"/>'s registry (and path) matches one of <paramref name="trusted"/>.</summary>
    internal static bool IsTrusted(string image, IReadOnlyList<string> trusted)
    {
        var reference = ImageReference.Parse(image);
        var registry = reference.Registry ?? "docker.io";
        var fullName = registry + "/" + reference.Repository;
        return trusted.Any(pattern => Matches(pattern, registry) || fullName.StartsWith(pattern.TrimEnd('/') + "/", StringComparison.Ordinal));
    }

    private static void Check(RuleContext c, string image, string what, Text.Location location)
    {
        var trusted = Trusted(c);
        var reference = ImageReference.Parse(image);
        if (trusted.Count == 0 || (reference.Registry is null && reference.Repository == "scratch") || IsTrusted(image, trusted))
        {
            return;
        }

        c.Report(Rule, location, what, image, reference.Registry ?? "docker.io", string.Join(", ", trusted));
    }

    private static IReadOnlyList<string> Trusted(RuleContext c) =>
        c.GetOption(Rule, TrustedRegistries) is { Count: > 0 } own ? own : c.Settings.TrustedRegistries;

    // "*" matches every registry, "*.corp.example" a domain and its subdomains, "registry*" a prefix.
    private static bool Matches(string pattern, string registry)
    {
        if (pattern == "*")
        {
            return true;
        }

        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            return registry.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase)
                || string.Equals(registry, pattern.Substring(2), StringComparison.OrdinalIgnoreCase);
        }

        return pattern.EndsWith("*", StringComparison.Ordinal)
            ? registry.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(registry, pattern, StringComparison.OrdinalIgnoreCase);
    }

    private static string? MountSource(string? mount) =>
        mount?.Split(',').FirstOrDefault(option => option.StartsWith("from=", StringComparison.Ordinal))?.Substring("from=".Length);

    private static bool IsStage(DockerfileModel dockerfile, string source) =>
        int.TryParse(source, out _) || dockerfile.Stages.Any(stage => string.Equals(stage.Name, source, StringComparison.OrdinalIgnoreCase));
}
