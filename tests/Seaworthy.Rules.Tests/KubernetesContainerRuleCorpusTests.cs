using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>The container rules on real manifests: what they find, what they must never find, and Checkov's own verdicts.</summary>
public sealed class KubernetesContainerRuleCorpusTests
{
    private static readonly AnalysisOptions AllRules = new() { EnableAllRules = true, Environment = new Dictionary<string, string>() };

    [Test]
    public void Container_rules_report_on_the_kubernetes_corpora_except_those_kubernetes_has_no_notion_of()
    {
        var corpora = new[] { TestPaths.CorpusPath("kubernetes"), TestPaths.CorpusPath("checkov-k8s") };
        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(corpora, AllRules).GetAwaiter().GetResult();
        var manifests = result.Files.Where(file => file.Kind == FileKind.Kubernetes).Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        var ids = result.Diagnostics.Where(d => manifests.Contains(d.Location.Path)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        // Privileged agents, host namespaces, sockets, host paths, missing hardening, host ports: all in these corpora.
        ids.Should().Contain(new[] { "SW1007", "SW1008", "SW1009", "SW1010", "SW1011", "SW1012", "SW1013", "SW1015", "SW1016", "SW1017", "SW1018", "SW1019", "SW1020", "SW1022", "SW1024", "SW1025" });

        // No UTS field, no PIDs limit per container, no devices key, no restart retries: nothing to report, whatever the pod says.
        ids.Should().NotContain(new[] { "SW1014", "SW1021", "SW1026", "SW1028" });
    }

    // Checkov's examples name each file for its verdict; where Checkov's check is the rule's exact equivalent, the rule
    // must report in exactly the files named FAILED.
    [TestCase("example_PrivilegedContainers", "SW1007")]
    [TestCase("example_ShareHost", "SW1011")]
    [TestCase("example_ShareHost", "SW1012")]
    [TestCase("example_ShareHost", "SW1013")]
    [TestCase("example_ReadOnlyFilesystem", "SW1018")]
    [TestCase("example_Seccomp", "SW1022")]
    public void Reports_in_the_files_checkov_fails(string folder, string ruleId)
    {
        var path = Path.Combine(TestPaths.CorpusPath("checkov-k8s"), "cases", folder);
        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { path }, AllRules).GetAwaiter().GetResult();

        var failed = result.Files.Select(file => Path.GetFileName(file.Path)).Where(name => name.Contains("FAILED", StringComparison.Ordinal));
        var reported = result.Diagnostics.Where(d => d.Id == ruleId).Select(d => Path.GetFileName(d.Location.Path)).Distinct(StringComparer.Ordinal);
        reported.Should().BeEquivalentTo(failed);
    }
}
