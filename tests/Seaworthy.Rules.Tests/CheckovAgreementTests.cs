using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Rules.Kubernetes;
using Seaworthy.Testing;
using Seaworthy.Text;
using Seaworthy.Yaml;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Checkov's own Kubernetes test inputs, with the results its tests expect (<c>corpus/checkov-k8s/expected.json</c>):
/// for every Checkov check that some rule lists among its equivalents, each resource Checkov passes or fails is
/// compared with whether Seaworthy reports that rule on it. The table and every disagreement, with the reason, are
/// in docs/kubernetes.md ("Compared with Checkov"); the totals are pinned so agreement cannot drop unnoticed.
/// </summary>
public sealed class CheckovAgreementTests
{
    // Measured with the SW1xxx container rules and the SW4xxx Kubernetes rules: 89 cases of the 88 Checkov checks that
    // rules list, 308 resources. The 21 disagreements are deliberate, each explained in docs/kubernetes.md ("Compared
    // with Checkov"): CKV_K8S_20 / SW1008 (a privileged container is SW1007's), CKV_K8S_23 / SW1001 (spec written as a
    // list holds no container), CKV_K8S_28 / SW1010 and CKV_K8S_152, CKV_K8S_154 / SW4044 (two each: the rule is
    // broader by design), CKV_K8S_156 / SW4059 (a role granting every verb on every resource is SW4014's), and thirteen
    // of the control-plane settings (SW4080, SW4081: defaults Checkov wants written out, file names it wants to end in
    // .pem, a removed object kind, audit log limits below the CIS values, which CIS leaves "as appropriate").
    private const int PinnedAgreements = 287;
    private const int PinnedDisagreements = 21;


    // The kinds Checkov's checks evaluate: container checks look at every kind that holds a pod template; the probe
    // checks leave out Job and CronJob; the others name their kinds.
    private static readonly string[] Workloads =
        { "Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "DeploymentConfig", "PodTemplate" };

    private static readonly Dictionary<string, string[]> EvaluatedKinds = new(StringComparer.Ordinal)
    {
        ["CKV_K8S_8"] = Workloads.Except(new[] { "Job", "CronJob" }).ToArray(),
        ["CKV_K8S_9"] = Workloads.Except(new[] { "Job", "CronJob" }).ToArray(),
        ["CKV_K8S_21"] = new[] { "Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service", "Secret", "ServiceAccount", "Role", "RoleBinding", "ConfigMap", "Ingress" },
        ["CKV_K8S_38"] = new[] { "Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob" },
        ["CKV_K8S_41"] = new[] { "ServiceAccount" },
        ["CKV_K8S_42"] = new[] { "RoleBinding", "ClusterRoleBinding" },
        ["CKV_K8S_49"] = new[] { "Role", "ClusterRole" },
        ["CKV_K8S_155"] = new[] { "ClusterRole" },
        ["CKV_K8S_156"] = new[] { "ClusterRole" },
        ["CKV_K8S_157"] = new[] { "Role", "ClusterRole" },
        ["CKV_K8S_158"] = new[] { "Role", "ClusterRole" },
        ["CKV_K8S_152"] = new[] { "Ingress" },
        ["CKV_K8S_153"] = new[] { "Ingress" },
        ["CKV_K8S_154"] = new[] { "Ingress" },
    };

    // The rules that check a control-plane component's settings: each Checkov check is one setting, so a resource
    // counts as reported for it only when one of the rule's findings is about that setting (its problem starts with
    // the setting's flag and names its key).
    private static readonly (string RuleId, IReadOnlyList<ControlPlaneSetting> Settings)[] ControlPlaneRules =
    {
        (ApiServerSettingAnalyzer.Rule.Id, ApiServerSettingAnalyzer.Settings),
        (ControllerManagerSettingAnalyzer.Rule.Id, ControllerManagerSettingAnalyzer.Settings),
        (SchedulerSettingAnalyzer.Rule.Id, SchedulerSettingAnalyzer.Settings),
        (EtcdSettingAnalyzer.Rule.Id, EtcdSettingAnalyzer.Settings),
        (KubeletSettingAnalyzer.Rule.Id, KubeletSettingAnalyzer.Settings),
    };

    private static string CorpusRoot => TestPaths.CorpusPath("checkov-k8s");

    [Test]
    public void Agreement_with_checkovs_own_test_expectations_does_not_drop()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusRoot, "expected.json")));
        var engine = AnalysisEngine.CreateDefault();
        var rulesByCheck = RulesByCheckovId(engine.Rules);
        var folders = new Dictionary<string, FolderResults>(StringComparer.Ordinal);
        var rows = new List<Row>();
        var disagreements = new List<string>();

        foreach (var testCase in expected.RootElement.GetProperty("cases").EnumerateArray())
        {
            var checkId = testCase.GetProperty("check_id").GetString()!;
            if (!rulesByCheck.TryGetValue(checkId, out var ruleIds) || testCase.TryGetProperty("environment", out _))
            {
                // Seaworthy has no counterpart, or the case depends on Helm's HELM_NAMESPACE, which Seaworthy does not read.
                continue;
            }

            var folder = testCase.GetProperty("folder").GetString()!;
            if (!folders.TryGetValue(folder, out var results))
            {
                results = Analyze(engine, expected.RootElement.GetProperty("folder_resources").GetProperty(folder), folder);
                folders.Add(folder, results);
            }

            rows.Add(Compare(testCase, checkId, ruleIds, results, disagreements));
        }

        TestContext.Out.WriteLine("| Checkov check | Seaworthy rule | basis | resources | agree | disagree |");
        TestContext.Out.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Check} | {row.Rules} | {row.Basis} | {row.Resources} | {row.Agree} | {row.Disagree} |"));
        }

        var agree = rows.Sum(row => row.Agree);
        var disagree = rows.Sum(row => row.Disagree);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| total ({rows.Select(row => row.CheckId).Distinct().Count()} checks, {rows.Count} cases) | | | {agree + disagree} | {agree} | {disagree} |"));
        foreach (var line in disagreements)
        {
            TestContext.Out.WriteLine(line);
        }

        rows.Should().NotBeEmpty("rules list Checkov checks among their equivalents");
        agree.Should().BeGreaterThanOrEqualTo(PinnedAgreements, "agreement with Checkov must not drop (see docs/kubernetes.md)");
        disagree.Should().BeLessThanOrEqualTo(PinnedDisagreements, "new disagreements with Checkov must be explained in docs/kubernetes.md");
    }

    private static Dictionary<string, string[]> RulesByCheckovId(IReadOnlyList<RuleDescriptor> rules) =>
        rules.SelectMany(rule => rule.Equivalents
                .Where(equivalent => equivalent.StartsWith("checkov:CKV_K8S_", StringComparison.Ordinal))
                .Select(equivalent => (Check: equivalent.Substring("checkov:".Length), rule.Id)))
            .GroupBy(pair => pair.Check, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.Id).Distinct().ToArray(), StringComparer.Ordinal);

    // Runs every rule on the folder and tells, for each resource Checkov sees (file::Kind.namespace.name), which rules report on it.
    private static FolderResults Analyze(AnalysisEngine engine, JsonElement folderResources, string folder)
    {
        var resources = folderResources.EnumerateArray()
            .Select((item, index) => new Resource(index, item.GetProperty("file").GetString()!, item.GetProperty("resource").GetString()!, item.TryGetProperty("not_evaluated", out _)))
            .ToList();
        var spans = new Dictionary<Resource, (string Path, TextSpan Span)>();
        foreach (var file in resources.GroupBy(resource => resource.File, StringComparer.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(CorpusRoot, file.Key));
            var objects = ObjectsOf(YamlLoader.Load(new SourceText(path, File.ReadAllText(path))));
            var inFile = file.ToList();
            objects.Select(o => o.Kind).Should().Equal(inFile.Select(r => r.Kind), $"expected.json lists the objects of {file.Key} in order");
            for (var i = 0; i < inFile.Count; i++)
            {
                spans.Add(inFile[i], (path, objects[i].Span));
            }
        }

        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
        var result = engine.AnalyzeAsync(new[] { Path.GetFullPath(Path.Combine(CorpusRoot, folder)) }, options).GetAwaiter().GetResult();
        var reported = new Dictionary<Resource, List<Diagnostic>>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var path = Path.GetFullPath(diagnostic.Location.Path);
            foreach (var (resource, where) in spans)
            {
                if (string.Equals(where.Path, path, StringComparison.Ordinal)
                    && where.Span.Start <= diagnostic.Location.Span.Start && diagnostic.Location.Span.End <= where.Span.End)
                {
                    if (!reported.TryGetValue(resource, out var found))
                    {
                        reported.Add(resource, found = new List<Diagnostic>());
                    }

                    found.Add(diagnostic);
                }
            }
        }

        return new FolderResults(resources, reported);
    }

    // The objects of a file in order: documents with apiVersion and kind, and the items of a List.
    private static List<(string Kind, TextSpan Span)> ObjectsOf(YamlFile file)
    {
        var objects = new List<(string, TextSpan)>();
        foreach (var document in file.Documents)
        {
            if (document.Root is not YamlMapping root || root.Find("apiVersion") is null || root.Find("kind")?.Value is not YamlScalar kind)
            {
                continue;
            }

            if (kind.Value.EndsWith("List", StringComparison.Ordinal) && root.Find("items")?.Value is YamlSequence items)
            {
                objects.AddRange(items.Items.OfType<YamlMapping>().Select(item => ((item.Find("kind")?.Value as YamlScalar)?.Value ?? "", item.Span)));
            }
            else
            {
                objects.Add((kind.Value, root.Span));
            }
        }

        return objects;
    }

    private static Row Compare(JsonElement testCase, string checkId, string[] ruleIds, FolderResults results, List<string> disagreements)
    {
        var summary = testCase.GetProperty("expected_summary");
        var failed = summary.GetProperty("failed").GetInt32();
        // Some of Checkov's tests leave "skipped" out of the summary they expect.
        var passed = summary.GetProperty("passed").GetInt32() + (summary.TryGetProperty("skipped", out var skipped) ? skipped.GetInt32() : 0);
        var kinds = EvaluatedKinds.TryGetValue(checkId, out var named) ? named : Workloads;
        // Checkov's tests name the inputs it cannot judge (a malformed resources list) …UNKNOWN…: they count neither way.
        var evaluated = results.Resources
            .Where(r => !r.NotEvaluated && kinds.Contains(r.Kind, StringComparer.Ordinal) && !Path.GetFileName(r.File).Contains("UNKNOWN", StringComparison.Ordinal))
            .ToList();
        var settings = ControlPlaneRules
            .SelectMany(rule => rule.Settings.Where(setting => setting.CheckovChecks.Contains(checkId)).Select(setting => (rule.RuleId, Setting: setting)))
            .ToList();
        bool About(Diagnostic diagnostic) => settings.Count == 0
            ? ruleIds.Contains(diagnostic.Id)
            : settings.Any(s => s.RuleId == diagnostic.Id && diagnostic.Message.Contains(": " + s.Setting.Flag, StringComparison.Ordinal)
                && diagnostic.Message.Contains(s.Setting.Key, StringComparison.Ordinal));
        bool Reported(Resource resource) => results.Reported.TryGetValue(resource, out var found) && found.Any(About);
        var rules = string.Join(", ", ruleIds);
        var label = $"{checkId} ({testCase.GetProperty("folder").GetString()!.Replace("cases/", "", StringComparison.Ordinal)})";

        // Per resource, when Checkov's test names the resources, or when its file names (…FAILED…/…PASSED…) agree with its counts.
        Dictionary<Resource, bool>? expectedFailure = null;
        var basis = "resources";
        if (testCase.TryGetProperty("expected_failed_resources", out var failedIds))
        {
            var failing = failedIds.EnumerateArray().Select(id => id.GetString()!).ToHashSet(StringComparer.Ordinal);
            var passing = testCase.GetProperty("expected_passed_resources").EnumerateArray().Select(id => id.GetString()!).ToHashSet(StringComparer.Ordinal);
            expectedFailure = evaluated.Where(r => failing.Contains(r.Id) || passing.Contains(r.Id)).ToDictionary(r => r, r => failing.Contains(r.Id));
        }
        else if (testCase.TryGetProperty("derived_failed", out var derivedFailed))
        {
            var failing = derivedFailed.EnumerateArray().Select(key => key.GetString()!).ToHashSet(StringComparer.Ordinal);
            var passing = testCase.GetProperty("derived_passed").EnumerateArray().Select(key => key.GetString()!).ToHashSet(StringComparer.Ordinal);
            expectedFailure = results.Resources.Where(r => failing.Contains(r.Key) || passing.Contains(r.Key)).ToDictionary(r => r, r => failing.Contains(r.Key));
        }
        else if (evaluated.Count == failed + passed && evaluated.All(r => NamedOutcome(r) is not null)
            && evaluated.Count(r => NamedOutcome(r) == true) == failed)
        {
            expectedFailure = evaluated.ToDictionary(r => r, r => NamedOutcome(r)!.Value);
            basis = "file names";
        }

        if (expectedFailure is not null)
        {
            var disagree = 0;
            foreach (var (resource, fails) in expectedFailure)
            {
                if (fails != Reported(resource))
                {
                    disagree++;
                    disagreements.Add($"- {checkId} / {rules}: {resource.Key}: Checkov {(fails ? "fails" : "passes")} it, Seaworthy {(Reported(resource) ? "reports" : "does not report")} it");
                }
            }

            return new Row(checkId, label, rules, basis, expectedFailure.Count, expectedFailure.Count - disagree, disagree);
        }

        // Only counts are known: the difference between the counts is the least number of disagreements.
        var ours = evaluated.Count(Reported);
        var difference = Math.Abs(ours - failed);
        if (difference != 0)
        {
            disagreements.Add($"- {checkId} / {rules}: Checkov fails {failed} of {failed + passed}, Seaworthy reports {ours}: {string.Join(", ", evaluated.Where(Reported).Select(r => r.Key))}");
        }

        return new Row(checkId, label, rules, "counts", failed + passed, failed + passed - difference, difference);
    }

    // true for a resource of a "…FAILED…" file, false for "…PASSED…", null otherwise.
    private static bool? NamedOutcome(Resource resource)
    {
        var name = Path.GetFileName(resource.File);
        var fails = name.Contains("FAILED", StringComparison.OrdinalIgnoreCase);
        var passes = name.Contains("PASSED", StringComparison.OrdinalIgnoreCase);
        return fails == passes ? null : fails;
    }

    // Index tells apart identical objects written twice in one file.
    private sealed record Resource(int Index, string File, string Id, bool NotEvaluated)
    {
        public string Kind => Id.Substring(0, Id.IndexOf('.', StringComparison.Ordinal));

        public string Key => File + "::" + Id;
    }

    private sealed record FolderResults(IReadOnlyList<Resource> Resources, Dictionary<Resource, List<Diagnostic>> Reported);

    private sealed record Row(string CheckId, string Check, string Rules, string Basis, int Resources, int Agree, int Disagree);
}
