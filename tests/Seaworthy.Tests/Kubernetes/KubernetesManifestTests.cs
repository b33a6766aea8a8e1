using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Kubernetes;
using Seaworthy.Text;

namespace Seaworthy.Tests.Kubernetes;

public sealed class KubernetesManifestTests
{
    private static string At(Location location) => $"{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";

    private static KubernetesManifest Load(string text) => KubernetesManifest.Load(new SourceText("k8s/app.yaml", text));

    [Test]
    public void Each_document_with_an_api_version_and_a_kind_is_an_object_with_its_metadata()
    {
        var manifest = Load(
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n  labels:\n    app: web\n  annotations:\n    team: core\n"
            + "---\n# only a comment\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  generateName: worker-\n");

        manifest.IsKubernetes.Should().BeTrue();
        manifest.Objects.Select(o => o.Description).Should().Equal("Service 'web'", "Deployment 'worker-'");
        var service = manifest.Objects[0];
        (service.ApiVersion.Value, service.Group, service.Namespace!.Value, At(service.Kind.Location)).Should().Be(("v1", "", "shop", "2:7-2:14"));
        service.FindLabel("app")!.Value.Should().Be("web");
        At(service.FindAnnotation("team")!.ValueLocation).Should().Be("9:11-9:15");
        (manifest.Objects[1].Group, manifest.Objects[1].DocumentIndex).Should().Be(("apps", 2));
    }

    [Test]
    public void List_items_are_objects_and_a_typed_list_gives_its_items_their_kind()
    {
        var manifest = Load(
            "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n"
            + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleList\nitems:\n- metadata: {name: reader}\n  rules: []\n");

        manifest.Objects.Select(o => (o.Kind.Value, o.Name!.Value, o.List!.Kind.Value)).Should().Equal(("ConfigMap", "a", "List"), ("Role", "reader", "RoleList"));
        manifest.Objects[1].ApiVersion.Value.Should().Be("rbac.authorization.k8s.io/v1");
    }

    [Test]
    public void Yaml_that_is_not_kubernetes_is_left_alone()
    {
        Load("services:\n  web:\n    image: nginx\n").IsKubernetes.Should().BeFalse();
        Load("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n    - run: echo kind apiVersion\n").IsKubernetes.Should().BeFalse();
        Load("replicaCount: 1\nimage:\n  repository: nginx\n").Yaml.Should().BeNull();
    }

    [Test]
    public void A_manifest_that_does_not_parse_is_kubernetes_with_its_syntax_error()
    {
        var manifest = Load("apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a\n");

        manifest.IsKubernetes.Should().BeTrue();
        manifest.Problems.Should().NotBeEmpty();
    }

    [Test]
    public void A_helm_template_is_skipped_with_a_reason_at_its_first_action()
    {
        var manifest = Load("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ template \"x.fullname\" . }}\n{{- if .Values.labels }}\n  labels: {}\n{{- end }}\n");

        manifest.IsKubernetes.Should().BeTrue();
        manifest.Objects.Should().BeEmpty();
        manifest.Skipped!.Reason.Should().Contain("Helm template");
        At(manifest.Skipped.Location).Should().Be("4:9-4:11");
    }

    [Test]
    public void A_placeholder_in_a_plain_value_makes_a_template_even_when_the_yaml_parses()
    {
        Load("apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd-{{cell}}\n").Skipped!.Reason.Should().Contain("unrendered template");
        Load("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - image: repo/app:{{ .Values.tag }}\n").Skipped!.Reason.Should().Contain("Helm template");
    }

    [Test]
    public void Template_text_in_quoted_and_block_values_comments_and_prometheus_variables_is_only_text()
    {
        var manifest = Load(
            "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r # {{ not a template }}\nspec:\n  groups:\n  - rules:\n"
            + "    - annotations:\n        message: '{{ $labels.job }} is down'\n        description: |\n          {{ $value }} errors\n"
            + "        summary: Pod {{ $labels.namespace }}/{{$labels.pod}} is down\n        runbook: takes more than {{ \"43200\" | humanizeDuration }}\n");

        manifest.Skipped.Should().BeNull();
        manifest.Objects.Should().ContainSingle();
    }

    [Test]
    public void The_pod_template_is_found_for_every_kind_that_holds_one()
    {
        const string Pod = "    spec:\n      containers:\n      - name: app\n        image: nginx\n";
        var manifest = Load(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: nginx\n"
            + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n" + Pod
            + "---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: app\n"
            + "---\napiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    containers:\n    - name: app\n"
            + "---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n" + Pod
            + "---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  template:\n    spec: {}\n");

        manifest.Objects.Select(o => o.PodTemplate?.Path).Should().Equal(
            "spec", "spec.template.spec", "spec.jobTemplate.spec.template.spec", "template.spec", "spec.template.spec", null);
        manifest.Objects.Select(o => o.PodTemplate?.RunsToCompletion).Should().Equal(false, false, true, false, false, null);
    }

    [Test]
    public void Containers_come_init_first_then_containers_then_ephemeral_and_a_native_sidecar_is_known()
    {
        var pod = Load(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n  - image: nginx\n"
            + "  initContainers:\n  - name: setup\n  - name: proxy\n    restartPolicy: Always\n  ephemeralContainers:\n  - name: debug\n").Objects.Single().PodTemplate!;

        pod.Containers.Select(c => (c.Name, c.Kind, c.IsSidecar)).Should().Equal(
            ("setup", KubernetesContainerKind.InitContainer, false),
            ("proxy", KubernetesContainerKind.InitContainer, true),
            ("app", KubernetesContainerKind.Container, false),
            ("#2", KubernetesContainerKind.Container, false),
            ("debug", KubernetesContainerKind.EphemeralContainer, false));
    }

    [Test]
    public void The_object_set_finds_objects_by_kind_and_name_across_files()
    {
        var first = Load("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: robot, namespace: ops}\n");
        var second = KubernetesManifest.Load(new SourceText("k8s/other.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: robot}\n"));
        var set = new KubernetesObjectSet(new[] { first, second });

        set.All.Should().HaveCount(2);
        set.Find("ServiceAccount", "robot", "ops")!.Path.Should().Be("k8s/app.yaml");
        set.Find("ServiceAccount", "robot", "dev")!.Path.Should().Be("k8s/other.yaml");
        set.OfKind("Role").Should().BeEmpty();
    }
}
