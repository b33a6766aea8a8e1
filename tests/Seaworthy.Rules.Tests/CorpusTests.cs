using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Compose;
using Seaworthy.Engine;
using Seaworthy.Kubernetes;
using Seaworthy.Testing;
using Seaworthy.Text;

namespace Seaworthy.Rules.Tests;

/// <summary>Real files nobody wrote for us: every rule runs on the Dockerfile, Compose and Kubernetes corpora without failing, and points inside the files.</summary>
public sealed class CorpusTests
{
    [Test]
    public void Every_rule_runs_on_the_dockerfile_corpus_and_every_diagnostic_points_inside_its_file()
    {
        var result = AnalysisEngine.CreateDefault()
            .AnalyzeAsync(new[] { TestPaths.CorpusPath("dockerfiles") }, new AnalysisOptions { EnableAllRules = true })
            .GetAwaiter().GetResult();

        result.Files.Should().HaveCountGreaterThan(200);
        result.Diagnostics.Should().NotContain(d => d.Id == "SW0004" || d.Id == "SW0005");
        var texts = result.Files.ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            var text = texts[diagnostic.Location.Path];
            text.Should().NotBeNull();
            var location = diagnostic.Location;
            (location.Span.Start >= 0 && location.Span.End <= text!.Text.Length).Should().BeTrue(diagnostic.ToString());
            text!.GetLocation(location.Span).Should().Be(location, "line and column agree with the span: " + diagnostic);
        }

        result.Diagnostics.Select(d => d.Id).Distinct().Should().Contain(new[] { "SW1001", "SW1002", "SW1004" });
    }

    [Test]
    public void Every_rule_runs_on_the_compose_corpus_and_every_diagnostic_points_inside_its_file()
    {
        var corpus = TestPaths.CorpusPath("compose");
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
        var watch = Stopwatch.StartNew();
        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { corpus }, options).GetAwaiter().GetResult();
        watch.Stop();

        var composeFiles = result.Files.Where(file => file.Kind == FileKind.Compose).ToArray();
        composeFiles.Should().HaveCount(43, "39 awesome-compose files and 4 dclint fixtures");
        result.Diagnostics.Should().NotContain(d => d.Id == "SW0001" || d.Id == "SW0004" || d.Id == "SW0005");
        var texts = result.Files.ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            texts.Should().ContainKey(diagnostic.Location.Path, "the file a finding points into is among the files read");
            var text = texts[diagnostic.Location.Path];
            text.Should().NotBeNull();
            var location = diagnostic.Location;
            (location.Span.Start >= 0 && location.Span.End <= text!.Text.Length).Should().BeTrue(diagnostic.ToString());
            text!.GetLocation(location.Span).Should().Be(location, "line and column agree with the span: " + diagnostic);
        }

        result.Diagnostics.Select(d => d.Id).Distinct().Should().Contain(new[] { "SW1001", "SW1002", "SW1003", "SW1004" });

        // Runtime rules on real services: cap_add NET_ADMIN (wireguard, pihole), network_mode host (plex),
        // the Docker socket (portainer, traefik), a writable /lib/modules (wireguard), low and unbound ports.
        result.Diagnostics.Select(d => d.Id).Distinct().Should().Contain(new[] { "SW1008", "SW1009", "SW1011", "SW1016", "SW1017", "SW1019", "SW1024", "SW1025", "SW1028" });

        var services = composeFiles.Sum(file => ComposeProject.Load(file.Text!, new ComposeLoadOptions { Environment = options.Environment! }).Services.Count);
        TestContext.Out.WriteLine($"Compose corpus: {composeFiles.Length} files, {services} services, {result.Diagnostics.Count} diagnostics in {watch.ElapsedMilliseconds} ms");
        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  {group.Key}: {group.Count()}");
        }
    }

    [Test]
    public void The_compose_rules_that_find_errors_report_on_the_corpus_exactly_what_is_wrong_there()
    {
        // Checked one by one against the files; the variable and style rules report more and are left out.
        var corpus = TestPaths.CorpusPath("compose");
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
        var quiet = new[] { "SW3006", "SW3008", "SW3013" };

        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { corpus }, options).GetAwaiter().GetResult();

        result.Diagnostics
            .Where(d => d.Id.StartsWith("SW3", StringComparison.Ordinal) && !quiet.Contains(d.Id))
            .Select(d => $"{Path.GetRelativePath(corpus, d.Location.Path).Replace('\\', '/')} {d.Location.Line}:{d.Location.Column} {d.Id}")
            .Should().BeEquivalentTo(
                "_dclint-mocks/docker-compose.correct.yml 20:15 SW3012",
                "_dclint-mocks/docker-compose.correct.yml 22:9 SW3015",
                "_dclint-mocks/docker-compose.correct.yml 40:9 SW3009",
                "_dclint-mocks/docker-compose.correct.yml 44:15 SW3012",
                "_dclint-mocks/docker-compose.yml 1:10 SW3005",
                "_dclint-mocks/docker-compose.yml 23:21 SW3002",
                "_dclint-mocks/docker-compose.yml 34:15 SW3012",
                "_dclint-mocks/docker-compose.yml 58:15 SW3012",
                "_dclint-mocks/docker-compose.yml 70:9 SW3003",
                "_dclint-mocks/docker-compose.yml 93:15 SW3012",
                "_dclint-mocks/docker-compose.yml 107:15 SW3012",
                "pihole-cloudflared-DoH/compose.yaml 1:10 SW3005",
                "wasmedge-kafka-mysql/compose.yml 24:5 SW3001",
                "wasmedge-mysql-nginx/compose.yml 12:5 SW3001",
                "wireguard/compose.yaml 1:10 SW3005");
    }

    [Test]
    public void Every_rule_runs_on_the_kubernetes_corpora_and_every_diagnostic_points_inside_its_file()
    {
        var corpora = new[] { TestPaths.CorpusPath("kubernetes"), TestPaths.CorpusPath("checkov-k8s") };
        var options = new AnalysisOptions { EnableAllRules = true, Environment = new Dictionary<string, string>() };
        var watch = Stopwatch.StartNew();
        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(corpora, options).GetAwaiter().GetResult();
        watch.Stop();

        var candidates = FileDiscovery.Discover(corpora, Array.Empty<string>()).Files.Where(file => file.Kind == FileKind.Kubernetes).Select(file => file.Path).ToArray();
        var manifests = result.Files.Where(file => file.Kind == FileKind.Kubernetes).ToArray();
        result.Diagnostics.Should().NotContain(d => d.Id == "SW0004" || d.Id == "SW0005", "no analyzer fails and every file is read");
        var texts = result.Files.ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            texts.Should().ContainKey(diagnostic.Location.Path, "the file a finding points into is among the files read");
            var text = texts[diagnostic.Location.Path];
            text.Should().NotBeNull();
            var location = diagnostic.Location;
            (location.Span.Start >= 0 && location.Span.End <= text!.Text.Length).Should().BeTrue(diagnostic.ToString());
            text!.GetLocation(location.Span).Should().Be(location, "line and column agree with the span: " + diagnostic);
        }

        var skipped = result.Diagnostics.Where(d => d.Id == "SW0006").ToArray();
        var broken = result.Diagnostics.Where(d => d.Id == "SW0001").Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).ToArray();
        var objects = manifests.Select(file => KubernetesManifest.Load(file.Text!)).SelectMany(manifest => manifest.Objects).ToArray();

        TestContext.Out.WriteLine($"Kubernetes corpora: {candidates.Length} YAML/JSON files, {manifests.Length} manifests, {candidates.Length - manifests.Length} other files left alone, "
            + $"{objects.Length} objects ({objects.Count(o => o.PodTemplate is not null)} with a pod template, {objects.Sum(o => o.PodTemplate?.Containers.Count ?? 0)} containers), "
            + $"{skipped.Length} skipped, {broken.Length} with YAML problems (SW0001), {result.Diagnostics.Count} diagnostics in {watch.ElapsedMilliseconds} ms");
        foreach (var path in candidates.Except(manifests.Select(file => file.Path), StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  left alone: {path}");
        }

        foreach (var diagnostic in skipped)
        {
            TestContext.Out.WriteLine($"  skipped: {diagnostic.Location}: {diagnostic.Message}");
        }

        foreach (var path in broken)
        {
            TestContext.Out.WriteLine($"  SW0001: {path}");
        }

        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  {group.Key}: {group.Count()}");
        }

        // The Helm chart's templates are skipped; its Chart.yaml and values.yaml, and the configs that are not manifests, are left alone.
        skipped.Select(d => d.Location.Path).Should().Contain(path => path.Contains("charts/descheduler/templates/deployment.yaml", StringComparison.Ordinal));
        manifests.Select(file => file.Path).Should().NotContain(path => path.EndsWith("values.yaml", StringComparison.Ordinal) || path.EndsWith("Chart.yaml", StringComparison.Ordinal));
        skipped.Should().NotContain(d => d.Location.Path.Contains("prometheusRule", StringComparison.Ordinal), "Prometheus rules quote their {{ }}");
        objects.Should().HaveCountGreaterThan(500);
        result.Diagnostics.Select(d => d.Id).Distinct().Should().Contain(new[] { "SW1001", "SW1002", "SW1003", "SW1004" });
    }
}
