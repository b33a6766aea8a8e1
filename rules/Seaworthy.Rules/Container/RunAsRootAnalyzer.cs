using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Workloads;

namespace Seaworthy.Rules.Container;

/// <summary>SW1001: the container runs as root.</summary>
public sealed class RunAsRootAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW1001",
        "run-as-root",
        "Container runs as root",
        "{0} runs as root: {1}",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Container | Surfaces.Dockerfile | Surfaces.Compose | Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW1001"),
        new[] { "hadolint:DL3002", "checkov:CKV_DOCKER_3", "checkov:CKV_DOCKER_8", "trivy:DS002", "cis-docker:4.1", "checkov:CKV_K8S_23", "kube-linter:run-as-non-root", "trivy:KSV012", "polaris:runAsRootAllowed", "trivy:KSV105" })
    {
        FixSafety = FixSafety.Unsafe,
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
    {
        var container = c.Container;
        if (container.Role == ContainerRole.BuildStage)
        {
            return;
        }

        if (container.User is null)
        {
            // runAsNonRoot: true makes the kubelet refuse to start the container as root.
            if (container.RunAsNonRoot?.Value == true || BaseImageIsNonRoot(container.Image))
            {
                return;
            }

            var fix = container.Surface == ContainerSurface.Kubernetes
                ? YamlFixes.Set(container.Node, FixSafety.Unsafe, "Set runAsNonRoot: true", "true", "securityContext", "runAsNonRoot")
                : null;
            FixReport.Report(c, Rule, container.RunAsNonRoot?.Location ?? container.Definition, fix, container.Description, NoUserReason(container));
            return;
        }

        if (IsRoot(container.User.Value))
        {
            c.Report(Rule, container.User.Location, container.Description, RootUserReason(container, container.User));
        }
    });

    // What would have set a user, named as the surface writes it.
    private static string NoUserReason(ContainerSpec container)
    {
        if (container.Surface == ContainerSurface.Kubernetes)
        {
            return container.RunAsNonRoot is null
                ? "neither runAsNonRoot: true nor a non-zero runAsUser is set (pod or container), so it keeps the image's user (root for most images)"
                : "runAsNonRoot is false and no runAsUser is set (pod or container), so it keeps the image's user (root for most images)";
        }

        if (container.Surface == ContainerSurface.Compose)
        {
            return container.Image is { } image && container.IsSetInDockerfile(image.Location)
                ? "neither its user: key nor a USER instruction in the Dockerfile it builds sets a user, so it keeps the base image's user (root for most images)"
                : "no user: key sets a user, so it keeps the image's user (root for most images)";
        }

        return container.Surface == ContainerSurface.Dockerfile
            ? "no USER instruction sets a user, so it keeps the base image's user (root for most images)"
            : "no user is configured, so it keeps the image's user (root for most images)";
    }

    private static string RootUserReason(ContainerSpec container, Setting<string> user)
    {
        if (container.Surface == ContainerSurface.Kubernetes)
        {
            return $"its runAsUser is {user.Value}";
        }

        if (container.IsSetInDockerfile(user.Location))
        {
            return $"its last USER is '{user.Value}'";
        }

        return container.Surface == ContainerSurface.Compose ? $"its user: key is '{user.Value}'" : $"its user is '{user.Value}'";
    }

    /// <summary>True for <c>root</c>, <c>0</c>, and either with any group (<c>root:*</c>, <c>0:*</c>).</summary>
    internal static bool IsRoot(string user)
    {
        var colon = user.IndexOf(':');
        var name = colon < 0 ? user : user.Substring(0, colon);
        return name is "root" or "0";
    }

    // Images published to run unprivileged say so in the tag (distroless ":nonroot", "-rootless" variants).
    private static bool BaseImageIsNonRoot(ContainerImage? image)
    {
        var tag = image is null ? null : ImageReference.Parse(image.Reference).Tag;
        return tag is not null
            && (tag.IndexOf("nonroot", StringComparison.OrdinalIgnoreCase) >= 0
                || tag.IndexOf("non-root", StringComparison.OrdinalIgnoreCase) >= 0
                || tag.IndexOf("rootless", StringComparison.OrdinalIgnoreCase) >= 0);
    }
}
