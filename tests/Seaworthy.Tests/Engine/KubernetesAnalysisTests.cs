using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;
using Seaworthy.Yaml;

namespace Seaworthy.Tests.Engine;

public sealed class KubernetesAnalysisTests : FolderTests
{
    [Test]
    public void Yaml_and_json_files_that_hold_manifests_are_analyzed_and_other_yaml_is_left_alone()
    {
        Write("k8s/pod.yaml", RootPod("web", string.Empty));
        Write("k8s/pod.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"j\"}, \"spec\": {\"containers\": [{\"name\": \"a\", \"securityContext\": {\"runAsUser\": 0}}]}}");
        Write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    user: root\n");
        Write("chart/values.yaml", "image:\n  repository: nginx\nsecurityContext:\n  runAsUser: 0\n");
        Write(".github/workflows/ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
        Write("package.json", "{\"name\": \"kind-of-apiVersion\"}");

        var result = Analyze(Folder);

        result.Files.Select(f => (Relative(f.Path), f.Kind)).Should().BeEquivalentTo(new[]
        {
            ("compose.yaml", FileKind.Compose), ("k8s/pod.json", FileKind.Kubernetes), ("k8s/pod.yaml", FileKind.Kubernetes),
        });
        result.Diagnostics.Select(Describe).Should().Equal(
            "compose.yaml 4:11-4:15 TEST020 Service 'web'",
            "k8s/pod.json 1:135-1:136 TEST020 Container 'a' of Pod 'j'",
            "k8s/pod.yaml 9:18-9:19 TEST020 Container 'app' of Pod 'web'");
    }

    [Test]
    public void Object_callbacks_see_every_object_of_the_run_across_files()
    {
        Write("a/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n");
        Write("b/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: app}]\n"
            + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orphan\nspec:\n  template:\n    metadata:\n      labels: {app: other}\n    spec:\n      containers: [{name: app}]\n");

        var result = Analyze(Folder);

        result.Diagnostics.Select(Describe).Should().Equal("b/deployment.yaml 15:9-15:15 TEST021 Deployment 'orphan'");
    }

    [Test]
    public void An_unrendered_helm_template_is_reported_as_skipped()
    {
        Write("chart/templates/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ include \"x.name\" . }}\n");

        var result = Analyze(Folder);

        result.Files.Select(f => Relative(f.Path)).Should().Equal("chart/templates/sa.yaml");
        result.Diagnostics.Select(d => (d.Id, d.Severity, d.Location.Line, d.Location.Column)).Should().Equal(("SW0006", Severity.Info, 4, 9));
    }

    [Test]
    public void A_yaml_or_json_file_named_on_the_command_line_that_is_neither_compose_nor_kubernetes_is_reported_as_skipped_with_why()
    {
        var paths = new[]
        {
            Write(".pre-commit-config.yaml", "# hooks\nrepos:\n  - repo: local\n"),
            Write("package.json", "{\"name\": \"x\"}"),
            Write("stack.yml", "services:\n  web:\n    image: nginx:1.27\n"),
            Write("app.yml", "web:\n  image: nginx:1.27\n  net: host\n"),
            Write("list.yaml", "- a\n"),
        };

        var result = Analyze(paths);

        result.Diagnostics.Should().OnlyContain(d => d.Id == "SW0006" && d.Severity == Severity.Info);
        result.Diagnostics.Select(Describe).Should().Equal(
            ".pre-commit-config.yaml 2:1-2:6 SW0006 Skipped: the file is neither a Compose file (no 'services' key, no services at the top level) nor Kubernetes manifests (no 'apiVersion' and 'kind')",
            "app.yml 1:1-1:4 SW0006 Skipped: the file looks like a legacy (version 1) Compose file, with its services at the top level, but its name is not a Compose file name (compose*.yaml, docker-compose*.yml): rename it, or lint it with 'seaworthy lint --file app.yml'",
            "list.yaml 1:1-1:1 SW0006 Skipped: the file holds no YAML mapping (it is empty, a list or a scalar), so it is neither a Compose file nor Kubernetes manifests",
            "package.json 1:2-1:8 SW0006 Skipped: the file is neither a Compose file (no 'services' key, no services at the top level) nor Kubernetes manifests (no 'apiVersion' and 'kind')",
            "stack.yml 1:1-1:9 SW0006 Skipped: the file has a 'services' key like a Compose file, but its name is not a Compose file name (compose*.yaml, docker-compose*.yml): rename it, or lint it with 'seaworthy lint --file stack.yml'");
    }

    [Test]
    public void A_named_yaml_file_whose_reading_stopped_early_is_skipped_at_the_problem_with_why()
    {
        var bomb = "apiVersion: v1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 12).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"))
            + "kind: Pod\n";
        var paths = new[]
        {
            Write("settings.yaml", "name: x\nkeys: [1, 2\nkind: Pod\n"),
            Write("bomb.yaml", bomb),
        };

        var result = Analyze(paths);

        result.Diagnostics.Select(d => (Relative(d.Location.Path), d.Id, d.Severity, d.Location.Line)).Should().Equal(
            ("bomb.yaml", "SW0006", Severity.Info, 7),
            ("settings.yaml", "SW0006", Severity.Info, 2));
        result.Diagnostics.Should().OnlyContain(d => d.Message.StartsWith("Skipped: reading the file stopped at line ", StringComparison.Ordinal)
            && d.Message.EndsWith("before it showed a Compose file or Kubernetes manifests", StringComparison.Ordinal));
        result.Diagnostics.Select(d => d.Message).Should().Contain(message => message.Contains("alias bomb", StringComparison.Ordinal));
    }

    [Test]
    public void The_same_files_found_in_a_folder_are_left_alone()
    {
        Write(".pre-commit-config.yaml", "repos:\n  - repo: local\n");
        Write("stack.yml", "services:\n  web:\n    image: nginx:1.27\n");
        Write("app.yml", "web:\n  image: nginx:1.27\n  net: host\n");

        var result = Analyze(Folder);

        result.Files.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
    }


    [Test]
    public void A_file_named_and_also_found_in_a_folder_given_is_linted_once_as_named_whichever_comes_first()
    {
        var notes = Write("notes.yaml", "title: notes\n");

        foreach (var paths in new[] { new[] { Folder, notes }, new[] { notes, Folder } })
        {
            var result = Analyze(paths);

            result.Diagnostics.Select(d => (Relative(d.Location.Path), d.Id)).Should().Equal(("notes.yaml", "SW0006"));
        }
    }
    [Test]
    public void A_caller_whose_paths_come_from_a_glob_can_leave_other_yaml_alone()
    {
        var settings = Write("settings.yaml", "colour: blue\n");
        var template = Write("chart/templates/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ include \"x.name\" . }}\n");
        var engine = new AnalysisEngine(new Analyzer[] { new RootContainerAnalyzer() });

        var result = engine.AnalyzeAsync(new[] { settings, template }, NoEnvironment with { LeaveOtherYamlAlone = true }).GetAwaiter().GetResult();

        result.Diagnostics.Select(d => (Relative(d.Location.Path), d.Id)).Should().Equal(("chart/templates/sa.yaml", "SW0006"));
    }

    [Test]
    public void Yaml_given_on_standard_input_is_named_and_says_why_it_is_skipped()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new RootContainerAnalyzer() });

        var result = engine.AnalyzeText("settings.yaml", "colour: blue\n", NoEnvironment);

        result.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column)).Should().Equal(("SW0006", 1, 1));
    }

    [Test]
    public void Annotations_suppress_on_the_object_and_on_the_pod_template_and_unknown_names_are_reported()
    {
        Write("pods.yaml",
            RootPod("quiet", "  annotations:\n    seaworthy.dev/ignore: \"root-user, no-such-rule\"\n")
            + "---\n" + RootPod("linted", "  annotations:\n    ignore-check.kube-linter.io/latest-tag: \"\"\n")
            + "---\n" + RootPod("checkov", "  annotations:\n    checkov.io/skip3: CKV_K8S_99=known\n"));

        var result = Analyze(Folder);

        result.Diagnostics.Select(Describe).Should().Equal(
            "pods.yaml 6:39-6:51 SW0002 Suppression names 'no-such-rule', which is not a Seaworthy rule id or name",
            "pods.yaml 23:18-23:19 TEST020 Container 'app' of Pod 'linted'");
    }

    [Test]
    public void Yaml_problems_of_a_manifest_are_syntax_errors()
    {
        Write("broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");

        Analyze(Folder).Diagnostics.Select(d => (d.Id, d.Location.Line)).Should().Equal(("SW0001", 5));
    }

    [Test]
    public void A_pod_level_setting_shared_by_several_containers_is_one_finding()
    {
        Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsUser: 0\n  containers:\n  - name: a\n  - name: b\n"
            + "  - name: c\n    securityContext:\n      runAsUser: 0\n");

        Analyze(Folder).Diagnostics.Select(Describe).Should().Equal(
            "pod.yaml 7:16-7:17 TEST020 Container 'a' of Pod 'web'",
            "pod.yaml 13:18-13:19 TEST020 Container 'c' of Pod 'web'");
    }

    private static string RootPod(string name, string metadata) =>
        $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n{metadata}spec:\n  containers:\n  - name: app\n    securityContext:\n      runAsUser: 0\n";

    private static AnalysisResult Analyze(params string[] paths) =>
        Lint(new AnalysisEngine(new Analyzer[] { new RootContainerAnalyzer(), new UnselectedPodsAnalyzer() }), paths);

    private static RuleDescriptor TestRule(string id, string name, params string[] equivalents) =>
        new(id, name, name, "{0}", RuleCategory.Security, Severity.Warning, EnabledByDefault: true, Surfaces.Container, RuleDescriptor.HelpFor(id), equivalents);

    private sealed class RootContainerAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST020", "root-user", "checkov:CKV_K8S_99");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
        {
            if (c.Container.User is { Value: "root" or "0" } user)
            {
                c.Report(Rule, user.Location, c.Container.Description);
            }
        });
    }

    // A workload whose pod labels no Service selects, across every file of the run.
    private sealed class UnselectedPodsAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST021", "unselected-pods");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) => context.RegisterKubernetesObject(c =>
        {
            if (c.PodTemplate is not { } pod || pod.Labels.Count == 0)
            {
                return;
            }

            var selected = c.Objects.OfKind("Service").Any(service =>
                service.Spec?.GetMapping("selector") is { } selector
                && selector.Entries.All(entry => pod.Labels.Any(label => label.Name == entry.KeyText && label.Value == (entry.Value as YamlScalar)?.Value)));
            if (!selected)
            {
                c.Report(Rule, c.KubernetesObject.Name!.Location, c.KubernetesObject.Description);
            }
        });
    }
}
