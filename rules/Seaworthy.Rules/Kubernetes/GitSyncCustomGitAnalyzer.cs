using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Kubernetes;

/// <summary>SW4045: git-sync is told to run another program in place of git.</summary>
public sealed class GitSyncCustomGitAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW4045",
        "git-sync-custom-git",
        "git-sync runs a program other than git",
        "{0} sets {1}, which makes git-sync run the program it names in place of git: whoever can change that setting runs commands in the pod, with its token and volumes",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Kubernetes,
        RuleDescriptor.HelpFor("SW4045"),
        new[] { "checkov:CKV_K8S_159" });

    // git-sync v4's variable and v3's.
    private static readonly string[] Variables = { "GITSYNC_GIT", "GIT_SYNC_GIT" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
    {
        foreach (var (container, description) in ManifestQueries.Containers(c))
        {
            foreach (var variable in ManifestQueries.MappingItems(container.Node, "env"))
            {
                if (variable.GetScalar("name") is { } name && Array.IndexOf(Variables, name.Value) >= 0)
                {
                    c.Report(Rule, name.Location, description, name.Value);
                }
            }

            foreach (var argument in ManifestQueries.ScalarItems(container.Node, "args"))
            {
                if (argument.Value == "--git" || argument.Value.StartsWith("--git=", StringComparison.Ordinal))
                {
                    c.Report(Rule, argument.Location, description, "--git");
                }
            }
        }
    });
}
