using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Testing;
using Seaworthy.Workloads;

namespace Seaworthy.Tests.Engine;

public sealed class ComposeAnalysisTests : FolderTests
{
    [Test]
    public void Compose_files_are_found_by_name_and_an_override_is_analyzed_with_its_main_file()
    {
        Write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        Write("compose.override.yaml", "services:\n  web:\n    user: root\n");
        Write("deploy/docker-compose.prod.yml", "services:\n  api:\n    image: api:1\n    user: root\n");
        Write("deploy/settings.yaml", "user: root\n");
        Write("Dockerfile", "FROM alpine:3.20\n");

        var result = Analyze(new RootUserAnalyzer(), Folder);

        result.Files.Select(f => (Relative(f.Path), f.Kind)).Should().Equal(
            ("Dockerfile", FileKind.Dockerfile),
            ("compose.yaml", FileKind.Compose),
            ("compose.override.yaml", FileKind.Compose),
            ("deploy/docker-compose.prod.yml", FileKind.Compose));
        result.Diagnostics.Select(Describe).Should().Equal(
            "compose.override.yaml 3:11-3:15 TEST010 Service 'web'",
            "deploy/docker-compose.prod.yml 4:11-4:15 TEST010 Service 'api'");
    }

    [Test]
    public void Naming_only_the_override_analyzes_the_whole_project()
    {
        Write("docker-compose.yml", "services:\n  web:\n    image: nginx:1.27\n    user: root\n");
        Write("docker-compose.override.yml", "services:\n  web:\n    ports: [\"80:80\"]\n");

        var result = Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "docker-compose.override.yml"), Path.Combine(Folder, "docker-compose.yml"));

        result.Files.Select(f => Relative(f.Path)).Should().Equal("docker-compose.yml", "docker-compose.override.yml");
        result.Diagnostics.Should().ContainSingle();
    }

    [Test]
    public void A_finding_in_the_dockerfile_a_service_builds_is_reported_there_with_its_file_and_frame()
    {
        Write("compose.yaml", "services:\n  api:\n    build: ./api\n");
        Write("api/Dockerfile", "FROM python:3.12\nUSER root\n");

        var result = Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "compose.yaml"));

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        Describe(diagnostic).Should().Be("api/Dockerfile 2:6-2:10 TEST010 Service 'api' (built from api/Dockerfile)");
        result.Files.Select(f => (Relative(f.Path), f.Kind)).Should().Equal(("compose.yaml", FileKind.Compose), ("api/Dockerfile", FileKind.Dockerfile));

        var report = AnalysisReport.Create("0.0.0", Array.Empty<RuleDescriptor>(), result);
        var text = new StringWriter { NewLine = "\n" };
        new TextFormatter().Write(report, text);
        text.ToString().Should().Contain("  2 | USER root\n    |      ^^^^\n");
        var json = new StringWriter();
        new JsonFormatter().Write(report, json);
        json.ToString().Should().Contain("\"kind\": \"compose\"").And.Contain("\"kind\": \"dockerfile\"");
        var sarif = new StringWriter();
        new SarifFormatter().Write(report, sarif);
        sarif.ToString().Should().Contain("api/Dockerfile");
    }

    [Test]
    public void A_dockerfile_read_by_a_service_and_linted_itself_is_listed_once()
    {
        Write("compose.yaml", "services:\n  api:\n    build: ./api\n");
        Write("api/Dockerfile", "FROM python:3.12\nUSER root\n");

        var result = Analyze(new RootUserAnalyzer(), Folder);

        result.Files.Select(f => Relative(f.Path)).Should().Equal("api/Dockerfile", "compose.yaml");
        result.Diagnostics.Select(d => d.Message).Should().BeEquivalentTo("Stage 0", "Service 'api' (built from api/Dockerfile)");
    }

    [Test]
    public void Seaworthy_comments_suppress_a_key_with_everything_under_it_or_a_line()
    {
        Write("compose.yaml", """
            services:
              # seaworthy ignore=TEST010 -- the image drops privileges
              a:
                image: a:1
                user: root
              b:
                image: b:1
                user: root  # seaworthy ignore=root-user
              c:
                image: c:1
                # seaworthy ignore=TEST010,no-such-rule
                user: root
              d:
                image: d:1
                user: root
            """);

        var result = Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "compose.yaml"));

        result.Diagnostics.Select(Describe).Should().Equal(
            "compose.yaml 11:5-11:44 SW0002 Suppression names 'no-such-rule', which is not a Seaworthy rule id or name",
            "compose.yaml 15:11-15:15 TEST010 Service 'd'");
    }

    [Test]
    public void A_global_seaworthy_comment_covers_the_file()
    {
        Write("compose.yaml", "services:\n  a:\n    user: root\n# seaworthy global ignore=TEST010\n");

        Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "compose.yaml")).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Dclint_comments_map_through_the_rules_dclint_equivalents()
    {
        Write("compose.yaml", """
            services:
              a:
                user: root  # dclint disable-line root-user-rule
              b:
                # dclint disable-line
                user: root
              c:
                user: root  # dclint disable-line other-rule
            """);
        Write("first-line/compose.yaml", "--- # dclint disable root-user-rule\nservices:\n  a:\n    user: root\n");
        Write("whole-file/compose.yaml", "# dclint disable-file\nservices:\n  a:\n    user: root\n");

        var result = Analyze(new RootUserAnalyzer(), Folder);

        result.Diagnostics.Select(Describe).Should().Equal("compose.yaml 8:11-8:15 TEST010 Service 'c'");
    }

    [Test]
    public void A_suppression_in_the_dockerfile_covers_the_finding_a_service_gets_there()
    {
        Write("compose.yaml", "services:\n  api:\n    build: .\n");
        Write("Dockerfile", "FROM python:3.12\n# hadolint ignore=DL010\nUSER root\n");

        Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "compose.yaml")).Diagnostics.Should().BeEmpty();
    }

    [Test]
    public void Yaml_errors_are_SW0001_with_their_position()
    {
        Write("compose.yaml", "services:\n  web:\n    image: a\n    image: b\n");
        Write("broken/compose.yaml", "services:\n  web:\n    image: \"unclosed\n");

        var result = Analyze(new RootUserAnalyzer(), Folder);

        result.Diagnostics.Select(Describe).Should().Equal(
            "broken/compose.yaml 3:12-3:22 SW0001 While scanning a quoted scalar, found unexpected end of stream.",
            "compose.yaml 4:5-4:10 SW0001 duplicate key 'image': it is already defined at 3:5");
    }

    [Test]
    public void What_docker_compose_refuses_outright_is_SW0001_and_values_are_left_to_the_compose_rules()
    {
        Write("compose.yaml", "services:\n  web:\n    image: nginx:${bad name}\n    ports:\n      - \"80:http\"\n    environment:\n      KEY: ${KEY:?set KEY}\n");

        var result = Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "compose.yaml"));

        result.Diagnostics.Select(Describe).Should().Equal(
            "compose.yaml 3:18-3:29 SW0001 invalid interpolation '${bad name}': expected '}', ':-', '-', ':?', '?', ':+' or '+' after the name");
    }

    [Test]
    public void Positions_stay_exact_with_a_byte_order_mark_and_crlf()
    {
        File.WriteAllBytes(
            Path.Combine(Folder, "compose.yaml"),
            new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("services:\r\n  web:\r\n    image: a:1\r\n    user: root\r\n")).ToArray());

        var result = Analyze(new RootUserAnalyzer(), Path.Combine(Folder, "compose.yaml"));

        Describe(result.Diagnostics.Single()).Should().Be("compose.yaml 4:11-4:15 TEST010 Service 'web'");
    }

    [Test]
    public void An_alias_bomb_or_absurd_nesting_is_one_SW0001_and_the_other_files_are_still_linted()
    {
        var bomb = new StringBuilder("x-0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 12; i++)
        {
            bomb.Append(CultureInfo.InvariantCulture, $"x-{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat(string.Create(CultureInfo.InvariantCulture, $"*a{i - 1}"), 10))).Append("]\n");
        }

        Write("bomb/compose.yaml", bomb + "services:\n  web:\n    image: nginx:1.27\n    environment: *a11\n");
        Write("deep/compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    labels: " + new string('[', 5000) + new string(']', 5000) + "\n");
        Write("fine/compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    user: root\n");

        var result = Analyze(new RootUserAnalyzer(), Folder);

        result.Diagnostics.Select(d => $"{Relative(d.Location.Path)} {d.Id}").Should().Equal("bomb/compose.yaml SW0001", "deep/compose.yaml SW0001", "fine/compose.yaml TEST010");
        result.Diagnostics[0].Message.Should().Contain("alias bomb");
        result.Diagnostics[1].Message.Should().Contain("nested more than");
    }

    [Test]
    public void Compose_callbacks_get_the_service_its_container_and_the_project()
    {
        Write("compose.yaml", "name: shop\nservices:\n  web:\n    image: nginx:${TAG}\n  db:\n    image: postgres:16\n");
        var engine = new AnalysisEngine(new Analyzer[] { new ComposeCallbacksAnalyzer() });

        var result = engine.AnalyzeAsync(new[] { Path.Combine(Folder, "compose.yaml") }, new AnalysisOptions { Environment = new Dictionary<string, string> { ["TAG"] = "1.27" } })
            .GetAwaiter().GetResult();

        result.Diagnostics.Select(Describe).Should().Equal(
            "compose.yaml 1:7-1:11 TEST012 project shop with 2 services",
            "compose.yaml 3:3-3:6 TEST011 web Service nginx:1.27",
            "compose.yaml 5:3-5:5 TEST011 db Service postgres:16");
    }

    [Test]
    public void Standard_input_named_as_a_compose_file_is_read_as_one()
    {
        var result = new AnalysisEngine(new Analyzer[] { new RootUserAnalyzer() })
            .AnalyzeText(Path.Combine(Folder, "compose.yaml"), "services:\n  web:\n    user: root\n", NoEnvironment);

        result.Files.Single().Kind.Should().Be(FileKind.Compose);
        result.Diagnostics.Should().ContainSingle();
    }

    private static AnalysisResult Analyze(Analyzer analyzer, params string[] paths) => Lint(new AnalysisEngine(new[] { analyzer }), paths);

    private static RuleDescriptor TestRule(string id, string name, params string[] equivalents) =>
        new(id, name, "Test rule", "{0}", RuleCategory.Correctness, Severity.Warning, true, Surfaces.Compose, "https://example.invalid/" + id, equivalents);

    private sealed class RootUserAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST010", "root-user", "hadolint:DL010", "dclint:root-user-rule");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
        {
            if (c.Container.User is { Value: "root" } user && c.Container.Role != ContainerRole.BuildStage)
            {
                c.Report(Rule, user.Location, c.Container.Description);
            }
        });
    }

    private sealed class ComposeCallbacksAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor ServiceRule = TestRule("TEST011", "service");
        private static readonly RuleDescriptor ProjectRule = TestRule("TEST012", "project");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { ServiceRule, ProjectRule };

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterComposeService(c =>
                c.Report(ServiceRule, c.Service.Definition, $"{c.Service.Name} {c.Container.Role} {c.Container.Image!.Reference}"));
            context.RegisterComposeProject(c =>
                c.Report(ProjectRule, c.Project.Name!.Location, $"project {c.Project.Name.Value} with {c.Project.Services.Count} services"));
        }
    }
}
