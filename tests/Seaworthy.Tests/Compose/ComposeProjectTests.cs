using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Compose;
using Seaworthy.Text;

namespace Seaworthy.Tests.Compose;

public sealed class ComposeProjectTests
{
    private static string At(Location location) => $"{location.Path}:{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";

    private static ComposeProject Load(string text, IDictionary<string, string>? otherFiles = null, IDictionary<string, string>? environment = null)
    {
        var files = new Dictionary<string, string>(otherFiles ?? new Dictionary<string, string>(), StringComparer.Ordinal) { ["app/compose.yaml"] = text };
        var options = new ComposeLoadOptions
        {
            Environment = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            ReadFile = path => files.TryGetValue(path, out var content) ? new DecodedSource(new SourceText(path, content), null, null) : null,
            FileExists = files.ContainsKey,
        };
        return ComposeProject.Load(new SourceText("app/compose.yaml", text), options);
    }

    private static ComposeService Service(ComposeProject project, string name) => project.Services.Single(s => s.Name == name);

    [Test]
    public void A_legacy_file_has_its_services_at_the_top_level_with_the_version_1_keys_mapped()
    {
        var project = Load("""
            # version 1
            x-note: &note
              image: not-a-service
            web:
              image: nginx:1.27
              net: host
              privileged: true
              links: [db]
              volumes_from: [db]
            db:
              dockerfile: db.Dockerfile
              build: ./db
              net: "container:web"
              log_driver: syslog
            networks:
              front:
                labels: {tier: front}
            """);

        project.LegacyFiles.Select(At).Should().Equal("app/compose.yaml:2:1-2:7");
        project.Services.Select(s => s.Name).Should().Equal("web", "db");
        var web = Service(project, "web");
        web.Definition.Line.Should().Be(4);
        (web.NetworkMode!.Value, At(web.NetworkMode.Location)).Should().Be(("host", "app/compose.yaml:6:8-6:12"));
        web.Privileged!.Value.Should().BeTrue();
        var db = Service(project, "db");
        db.NetworkMode!.Value.Should().Be("container:web");
        db.Build!.DockerfilePath.Should().Be("app/db/db.Dockerfile");
        At(db.Build.Dockerfile!.Location).Should().Be("app/compose.yaml:11:15-11:28");
        project.Networks.Select(n => n.Name).Should().Equal("front");
    }

    [Test]
    public void A_legacy_service_extends_another_top_level_service()
    {
        var project = Load("""
            base:
              image: alpine:3.20
              net: host
            agent:
              extends:
                service: base
            """);

        Service(project, "agent").NetworkMode!.Value.Should().Be("host");
    }

    [TestCase("services:\n  web:\n    image: nginx:1.27\n    net: host\n", 1)]
    [TestCase("version: \"2\"\nweb:\n  image: nginx:1.27\n", 0)]
    [TestCase("include:\n  - other.yaml\nweb:\n  image: nginx:1.27\n", 0)]
    [TestCase("networks:\n  front:\n    labels: {image: x}\nvolumes:\n  data: {}\n", 0)]
    [TestCase("x-base: &base\n  image: nginx:1.27\n", 0)]
    [TestCase("settings:\n  colour: blue\n", 0)]
    public void A_file_with_services_version_or_include_or_without_service_keys_is_not_legacy(string text, int services)
    {
        var project = Load(text);

        project.LegacyFiles.Should().BeEmpty();
        project.Services.Should().HaveCount(services);
        project.Services.Where(service => service.NetworkMode != null).Should().BeEmpty("net is a version 1 key, not read in a later format");
    }

    [Test]
    public void Every_service_key_is_read_with_its_position()
    {
        var project = Load("""
            name: shop
            services:
              web:
                image: nginx:1.27
                build:
                  context: ./web
                  dockerfile: web.Dockerfile
                  target: runtime
                  args:
                    VERSION: "1.2"
                container_name: shop-web
                user: "1000:1000"
                privileged: true
                cap_add: [NET_ADMIN, SYS_TIME]
                cap_drop: [ALL]
                security_opt: ["no-new-privileges:true", "seccomp:unconfined"]
                network_mode: host
                networks: [front, back]
                pid: host
                ipc: shareable
                uts: host
                userns_mode: host
                read_only: true
                restart: on-failure:3
                mem_limit: 512m
                cpus: 0.5
                pids_limit: 100
                devices: ["/dev/ttyUSB0:/dev/ttyUSB0:rwm", {source: /dev/sda, target: /dev/xvda}]
                sysctls: {net.core.somaxconn: 1024}
                ulimits:
                  nproc: 65535
                  nofile: {soft: 20000, hard: 40000}
                tmpfs: /run
                profiles: [debug]
                depends_on:
                  db:
                    condition: service_healthy
                  cache:
                    condition: service_started
                    required: false
                secrets: [token, {source: cert, target: /etc/cert.pem}]
                configs: [nginx_conf]
                expose: ["8080"]
                deploy:
                  resources:
                    limits: {cpus: "1.5", memory: 1g, pids: 50}
                    reservations: {memory: 256m}
                  restart_policy: {condition: on-failure, delay: 5s, max_attempts: 3, window: 2m}
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost"]
                  interval: 30s
                  timeout: 5s
                  retries: 3
                  start_period: 10s
                  start_interval: 2s
              db:
                image: postgres:16
              cache:
                image: redis:7
            secrets:
              token: {file: ./token.txt}
              cert: {external: true}
            configs:
              nginx_conf: {file: ./nginx.conf}
            networks:
              front:
              back:
            volumes:
              data:
            """);

        project.Problems.Should().BeEmpty();
        project.Name!.Value.Should().Be("shop");
        var web = Service(project, "web");
        At(web.Definition).Should().Be("app/compose.yaml:3:3-3:6");
        (web.Image!.Value, At(web.Image.Location)).Should().Be(("nginx:1.27", "app/compose.yaml:4:12-4:22"));
        web.Build!.ContextPath.Should().Be("app/web");
        web.Build.DockerfilePath.Should().Be("app/web/web.Dockerfile");
        web.Build.Target!.Value.Should().Be("runtime");
        web.Build.Args.Select(a => (a.Name, a.Value)).Should().Equal(("VERSION", "1.2"));
        web.ContainerName!.Value.Should().Be("shop-web");
        (web.User!.Value, At(web.User.Location)).Should().Be(("1000:1000", "app/compose.yaml:12:11-12:22"));
        (web.Privileged!.Value, At(web.Privileged.Location)).Should().Be((true, "app/compose.yaml:13:17-13:21"));
        web.CapAdd.Select(c => c.Value).Should().Equal("NET_ADMIN", "SYS_TIME");
        At(web.CapAdd[1].Location).Should().Be("app/compose.yaml:14:26-14:34");
        web.CapDrop.Select(c => c.Value).Should().Equal("ALL");
        web.SecurityOpt.Select(c => c.Value).Should().Equal("no-new-privileges:true", "seccomp:unconfined");
        web.NetworkMode!.Value.Should().Be("host");
        web.Networks.Select(n => n.Value).Should().Equal("front", "back");
        (web.Pid!.Value, web.Ipc!.Value, web.Uts!.Value, web.UsernsMode!.Value).Should().Be(("host", "shareable", "host", "host"));
        web.ReadOnly!.Value.Should().BeTrue();
        web.Restart!.Value.Should().Be("on-failure:3");
        (web.MemLimit!.Value, web.Cpus!.Value, web.PidsLimit!.Value).Should().Be(("512m", "0.5", 100L));
        web.Devices.Select(d => (d.Source, d.Target, d.Permissions)).Should().Equal(("/dev/ttyUSB0", "/dev/ttyUSB0", "rwm"), ("/dev/sda", "/dev/xvda", null));
        web.Sysctls.Select(s => (s.Name, s.Value)).Should().Equal(("net.core.somaxconn", "1024"));
        web.Ulimits.Select(u => (u.Name, u.Soft, u.Hard)).Should().Equal(("nproc", 65535L, 65535L), ("nofile", 20000L, 40000L));
        web.Tmpfs.Select(t => t.Value).Should().Equal("/run");
        web.Profiles.Select(p => p.Value).Should().Equal("debug");
        web.DependsOn.Select(d => (d.Service.Value, d.Condition, d.Required)).Should().Equal(("db", "service_healthy", true), ("cache", "service_started", false));
        web.Secrets.Select(s => (s.Source.Value, s.Target?.Value)).Should().Equal(("token", null), ("cert", "/etc/cert.pem"));
        web.Configs.Select(s => s.Source.Value).Should().Equal("nginx_conf");
        web.Expose.Select(e => e.Value).Should().Equal("8080");
        web.Deploy!.Limits!.Cpus!.Value.Should().Be("1.5");
        web.Deploy.Limits.Memory!.Value.Should().Be("1g");
        web.Deploy.Limits.Pids!.Value.Should().Be(50);
        web.Deploy.Reservations!.Memory!.Value.Should().Be("256m");
        var policy = web.Deploy.RestartPolicy!;
        (policy.Condition!.Value, policy.Delay!.Value, policy.MaxAttempts!.Value, policy.Window!.Value).Should().Be(("on-failure", "5s", 3L, "2m"));
        var healthcheck = web.Healthcheck!;
        healthcheck.Test!.Value.Should().Equal("CMD", "curl", "-f", "http://localhost");
        (healthcheck.Interval!.Value, healthcheck.Timeout!.Value, healthcheck.Retries!.Value, healthcheck.StartPeriod!.Value, healthcheck.StartInterval!.Value)
            .Should().Be(("30s", "5s", 3L, "10s", "2s"));
        healthcheck.IsDisabled.Should().BeFalse();
        At(healthcheck.Location).Should().Be("app/compose.yaml:49:5-49:16");
        project.Services.Select(s => s.Name).Should().Equal("web", "db", "cache");
        project.Secrets.Select(s => (s.Name, s.External, s.File?.Value)).Should().Equal(("token", false, "./token.txt"), ("cert", true, null));
        project.Configs.Select(c => c.Name).Should().Equal("nginx_conf");
        project.Networks.Select(n => n.Name).Should().Equal("front", "back");
        project.Volumes.Select(v => v.Name).Should().Equal("data");
    }

    [Test]
    public void Ports_in_short_and_long_syntax_with_ranges_and_host_addresses()
    {
        var project = Load("""
            services:
              web:
                image: nginx:1.27
                ports:
                  - 3000
                  - "8080:80"
                  - 127.0.0.1:8443:443/tcp
                  - "127.0.0.1::5000"
                  - "[::1]:9000:9000/udp"
                  - "9090-9091:8080-8081"
                  - target: 80
                    published: "8000-8010"
                    host_ip: 0.0.0.0
                    protocol: tcp
                    mode: host
                  - "not-a-port"
                  - "70000:80"
            """);

        var ports = Service(project, "web").Ports;
        ports.Select(p => (p.HostIp, p.Published, p.Target, p.Protocol, p.Mode)).Should().Equal(
            (null, null, "3000", "tcp", null),
            (null, "8080", "80", "tcp", null),
            ("127.0.0.1", "8443", "443", "tcp", null),
            ("127.0.0.1", null, "5000", "tcp", null),
            ("::1", "9000", "9000", "udp", null),
            (null, "9090-9091", "8080-8081", "tcp", null),
            ("0.0.0.0", "8000-8010", "80", "tcp", "host"));
        At(ports[1].Location).Should().Be("app/compose.yaml:6:9-6:18");
        At(ports[6].Location).Should().Be("app/compose.yaml:11:9-15:19");
        project.Problems.Select(p => (p.Kind, At(p.Location))).Should().Equal(
            (ComposeProblemKind.InvalidValue, "app/compose.yaml:16:9-16:21"),
            (ComposeProblemKind.InvalidValue, "app/compose.yaml:17:9-17:19"));
        project.Problems[0].Message.Should().Be("'not-a-port' is not a port: expected [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]");
    }

    [Test]
    public void Volumes_in_short_and_long_syntax()
    {
        var project = Load("""
            services:
              web:
                image: nginx:1.27
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock:ro
                  - ./html:/usr/share/nginx/html
                  - data:/data
                  - /cache
                  - /:/host:ro,rshared
                  - C:\data:/data
                  - d:/logs:/logs:ro
                  - type: bind
                    source: /etc
                    target: /host-etc
                    read_only: true
                    bind: {propagation: rslave}
                  - type: tmpfs
                    target: /tmp
            """);

        project.Problems.Should().BeEmpty();
        Service(project, "web").Volumes.Select(v => (v.Type, v.Source, v.Target, v.ReadOnly, v.Propagation)).Should().Equal(
            ("bind", "/var/run/docker.sock", "/var/run/docker.sock", true, null),
            ("bind", "./html", "/usr/share/nginx/html", false, null),
            ("volume", "data", "/data", false, null),
            ("volume", null, "/cache", false, null),
            ("bind", "/", "/host", true, "rshared"),
            ("bind", "C:\\data", "/data", false, null),
            ("bind", "d:/logs", "/logs", true, null),
            ("bind", "/etc", "/host-etc", true, "rslave"),
            ("tmpfs", null, "/tmp", false, null));
    }

    [Test]
    public void Environment_as_a_mapping_and_as_a_list_points_at_names_and_values()
    {
        var project = Load("""
            services:
              map:
                image: a:1
                environment:
                  PASSWORD: hunter2
                  EMPTY:
                  PORT: 8080
              list:
                image: a:1
                environment:
                  - PASSWORD=hunter2
                  - "TOKEN=abc=def"
                  - FROM_SHELL
            """);

        var map = Service(project, "map").Environment;
        map.Select(v => (v.Name, v.Value)).Should().Equal(("PASSWORD", "hunter2"), ("EMPTY", null), ("PORT", "8080"));
        At(map[0].NameLocation).Should().Be("app/compose.yaml:5:7-5:15");
        At(map[0].ValueLocation!).Should().Be("app/compose.yaml:5:17-5:24");
        var list = Service(project, "list").Environment;
        list.Select(v => (v.Name, v.Value)).Should().Equal(("PASSWORD", "hunter2"), ("TOKEN", "abc=def"), ("FROM_SHELL", null));
        At(list[0].NameLocation).Should().Be("app/compose.yaml:11:9-11:17");
        At(list[0].ValueLocation!).Should().Be("app/compose.yaml:11:18-11:25");
        At(list[1].ValueLocation!).Should().Be("app/compose.yaml:12:16-12:23");
        list[2].ValueLocation.Should().BeNull();
    }

    [TestCase("disable: true", true)]
    [TestCase("test: [\"NONE\"]", true)]
    [TestCase("test: NONE", false)]
    [TestCase("test: curl -f http://localhost", false)]
    [TestCase("disable: false\n      test: [\"CMD\", \"true\"]", false)]
    public void A_health_check_is_disabled_by_disable_or_test_none(string body, bool disabled)
    {
        var project = Load($"services:\n  web:\n    image: a:1\n    healthcheck:\n      {body}\n");

        Service(project, "web").Healthcheck!.IsDisabled.Should().Be(disabled);
    }

    [Test]
    public void A_string_test_runs_in_a_shell()
    {
        var project = Load("services:\n  web:\n    image: a:1\n    healthcheck:\n      test: curl -f http://localhost || exit 1\n");

        Service(project, "web").Healthcheck!.Test!.Value.Should().Equal("CMD-SHELL", "curl -f http://localhost || exit 1");
    }

    [Test]
    public void Build_as_a_string_a_mapping_or_a_remote_context()
    {
        var project = Load("""
            services:
              short:
                build: ./api
              default:
                build:
                  dockerfile: Containerfile
              remote:
                build: https://github.com/example/app.git#main
              inline:
                build:
                  context: .
                  dockerfile_inline: "FROM alpine:3.20"
            """);

        Service(project, "short").Build!.DockerfilePath.Should().Be("app/api/Dockerfile");
        Service(project, "default").Build!.DockerfilePath.Should().Be("app/Containerfile");
        Service(project, "remote").Build!.ContextPath.Should().BeNull();
        Service(project, "remote").Build!.DockerfilePath.Should().BeNull();
        Service(project, "inline").Build!.DockerfilePath.Should().BeNull();
    }

    [Test]
    public void Values_are_interpolated_from_the_environment_then_dotenv()
    {
        var project = Load(
            """
            services:
              web:
                image: "nginx:${TAG}"
                user: ${APP_USER:-app}
                container_name: ${NAME}
                environment:
                  LITERAL: $$HOME
                  MISSING: ${NOT_SET}
            """,
            new Dictionary<string, string> { ["app/.env"] = "TAG=1.25\nNAME=from-dotenv\n" },
            new Dictionary<string, string> { ["NAME"] = "from-environment" });

        var web = Service(project, "web");
        web.Image!.Value.Should().Be("nginx:1.25");
        web.Image.Written.Should().Be("nginx:${TAG}");
        web.User!.Value.Should().Be("app");
        web.ContainerName!.Value.Should().Be("from-environment");
        web.Environment.Select(v => (v.Name, v.Value, v.Written)).Should().Equal(("LITERAL", "$HOME", "$$HOME"), ("MISSING", string.Empty, "${NOT_SET}"));
        project.Variables.Select(v => (v.Name, v.Operator, v.IsSet, At(v.Location))).Should().Equal(
            ("TAG", "", true, "app/compose.yaml:3:19-3:25"),
            ("APP_USER", ":-", false, "app/compose.yaml:4:11-4:27"),
            ("NAME", "", true, "app/compose.yaml:5:21-5:28"),
            ("NOT_SET", "", false, "app/compose.yaml:8:16-8:26"));
        project.Problems.Should().BeEmpty();
    }

    [Test]
    public void Interpolation_errors_are_problems_with_their_position()
    {
        var project = Load("services:\n  web:\n    image: ${IMAGE:?set IMAGE}\n    user: ${bad name}\n");

        project.Problems.Select(p => (p.Kind, p.Message, At(p.Location))).Should().Equal(
            (ComposeProblemKind.MissingRequiredVariable, "required variable IMAGE is missing a value: set IMAGE", "app/compose.yaml:3:12-3:31"),
            (ComposeProblemKind.InvalidInterpolation, "invalid interpolation '${bad name}': expected '}', ':-', '-', ':?', '?', ':+' or '+' after the name", "app/compose.yaml:4:11-4:22"));
    }

    [Test]
    public void The_override_file_is_merged_on_top_with_its_own_positions()
    {
        var project = Load(
            """
            services:
              web:
                image: nginx:1.25
                user: root
                ports: ["80:80"]
                environment:
                  A: base
                  B: base
                cap_add: [NET_ADMIN]
                healthcheck:
                  test: ["CMD", "true"]
                  interval: 10s
            """,
            new Dictionary<string, string>
            {
                ["app/compose.override.yml"] = """
                    services:
                      web:
                        image: nginx:1.27
                        ports: ["443:443", "80:80"]
                        environment:
                          - B=override
                          - C=override
                        cap_add: !reset []
                        healthcheck:
                          timeout: 3s
                      debug:
                        image: busybox:1.36
                    """,
            });

        project.Files.Select(f => f.Path).Should().Equal("app/compose.yaml", "app/compose.override.yml");
        var web = Service(project, "web");
        At(web.Definition).Should().Be("app/compose.yaml:2:3-2:6");
        (web.Image!.Value, At(web.Image.Location)).Should().Be(("nginx:1.27", "app/compose.override.yml:3:12-3:22"));
        (web.User!.Value, At(web.User.Location)).Should().Be(("root", "app/compose.yaml:4:11-4:15"));
        web.Ports.Select(p => p.Written).Should().Equal("80:80", "443:443");
        At(web.Ports[0].Location).Should().Be("app/compose.override.yml:4:24-4:31");
        web.Environment.Select(v => (v.Name, v.Value)).Should().Equal(("A", "base"), ("B", "override"), ("C", "override"));
        web.CapAdd.Should().BeEmpty();
        web.Healthcheck!.Test!.Value.Should().Equal("CMD", "true");
        web.Healthcheck.Timeout!.Value.Should().Be("3s");
        web.Healthcheck.Interval!.Value.Should().Be("10s");
        project.Services.Select(s => s.Name).Should().Equal("web", "debug");
    }

    [Test]
    public void Override_tags_replace_lists_instead_of_appending()
    {
        var project = Load(
            "services:\n  web:\n    image: a:1\n    ports: [\"80:80\"]\n",
            new Dictionary<string, string> { ["app/compose.override.yaml"] = "services:\n  web:\n    ports: !override [\"8080:80\"]\n" });

        Service(project, "web").Ports.Select(p => p.Written).Should().Equal("8080:80");
    }

    [Test]
    public void The_override_belongs_to_the_main_file_docker_compose_picks()
    {
        ComposeFileNames.OverrideFor("app/compose.yaml", path => path is "app/compose.override.yaml").Should().Be("app/compose.override.yaml");
        ComposeFileNames.OverrideFor("app/docker-compose.yml", path => path is "app/compose.override.yaml" or "app/docker-compose.yml").Should().Be("app/compose.override.yaml");
        ComposeFileNames.OverrideFor("app/docker-compose.yml", path => path is "app/compose.yaml" or "app/compose.override.yaml").Should().BeNull("compose.yaml is preferred");
        ComposeFileNames.OverrideFor("app/compose.prod.yaml", _ => true).Should().BeNull();
        ComposeFileNames.MainFor("app/docker-compose.override.yml", path => path is "app/compose.yml" or "app/docker-compose.yml").Should().Be("app/compose.yml");
        ComposeFileNames.MainFor("app/compose.override.yaml", _ => false).Should().BeNull();
    }

    [TestCase("compose.yaml", true)]
    [TestCase("compose.yml", true)]
    [TestCase("docker-compose.yaml", true)]
    [TestCase("docker-compose.yml", true)]
    [TestCase("compose.override.yaml", true)]
    [TestCase("compose.prod.yaml", true)]
    [TestCase("docker-compose-dev.yml", true)]
    [TestCase("docker-compose_test.YML", true)]
    [TestCase("composer.yml", false)]
    [TestCase("compose.json", false)]
    [TestCase("my-compose.yaml", false)]
    public void Compose_file_names(string name, bool isCompose) => ComposeFileNames.IsComposeFileName(name).Should().Be(isCompose);

    [Test]
    public void Documents_of_one_file_are_merged_in_order()
    {
        var project = Load("services:\n  web:\n    image: a:1\n---\nservices:\n  web:\n    user: app\n");

        var web = Service(project, "web");
        (web.Image!.Value, web.User!.Value).Should().Be(("a:1", "app"));
    }

    [Test]
    public void Extends_applies_the_base_service_from_this_file_or_another()
    {
        var project = Load(
            """
            services:
              base:
                image: python:3.12
                user: app
                environment: [A=base]
              web:
                extends: base
                environment: [B=web]
              worker:
                extends:
                  file: common/services.yaml
                  service: worker
                user: root
            """,
            new Dictionary<string, string>
            {
                ["app/common/services.yaml"] = "services:\n  worker:\n    build: ./worker\n    healthcheck:\n      disable: true\n",
            });

        project.Problems.Should().BeEmpty();
        var web = Service(project, "web");
        At(web.Definition).Should().Be("app/compose.yaml:6:3-6:6");
        (web.Image!.Value, At(web.Image.Location)).Should().Be(("python:3.12", "app/compose.yaml:3:12-3:23"));
        web.Environment.Select(v => v.Name).Should().Equal("A", "B");
        var worker = Service(project, "worker");
        worker.Build!.ContextPath.Should().Be("app/common/worker", "paths in the extended file are relative to it");
        worker.Healthcheck!.IsDisabled.Should().BeTrue();
        At(worker.Healthcheck.Location).Should().Be("app/common/services.yaml:4:5-4:16");
        worker.User!.Value.Should().Be("root");
        project.Files.Select(f => f.Path).Should().Equal("app/compose.yaml", "app/common/services.yaml");
    }

    [Test]
    public void Extends_problems_are_recorded()
    {
        var project = Load("""
            services:
              a:
                extends: b
              b:
                extends: a
              c:
                extends: nowhere
              d:
                extends: {service: x, file: missing.yaml}
            """);

        project.Problems.Select(p => p.Kind).Should().BeEquivalentTo(new[]
        {
            ComposeProblemKind.Cycle, ComposeProblemKind.Cycle, ComposeProblemKind.UnresolvedReference, ComposeProblemKind.MissingFile,
        });
        At(project.Problems.Single(p => p.Kind == ComposeProblemKind.MissingFile).Location).Should().Be("app/compose.yaml:9:33-9:45");
    }

    [Test]
    public void Include_adds_the_services_of_another_project()
    {
        var project = Load(
            """
            include:
              - path: db/compose.yaml
            services:
              web:
                image: nginx:1.27
                depends_on: [db]
              db:
                image: postgres:16
            """,
            new Dictionary<string, string>
            {
                ["app/db/compose.yaml"] = "services:\n  db:\n    image: postgres:${PG:-15}\n  backup:\n    image: alpine:3.20\n",
                ["app/db/.env"] = "PG=14\n",
            });

        project.Includes.Should().ContainSingle();
        project.Services.Select(s => s.Name).Should().Equal("db", "backup", "web");
        Service(project, "db").Image!.Value.Should().Be("postgres:16");
        Service(project, "backup").Definition.Path.Should().Be("app/db/compose.yaml");
        project.Problems.Should().ContainSingle().Which.Kind.Should().Be(ComposeProblemKind.Conflict);
        project.Variables.Should().ContainSingle(v => v.Name == "PG" && v.IsSet);
    }

    [Test]
    public void Anchors_and_merge_keys_keep_the_position_of_the_anchor()
    {
        var project = Load("""
            x-common: &common
              image: traefik/whoami
              restart: always
            services:
              a:
                <<: *common
                user: app
              b: *common
            """);

        var a = Service(project, "a");
        At(a.Image!.Location).Should().Be("app/compose.yaml:2:10-2:24");
        a.User!.Value.Should().Be("app");
        At(Service(project, "b").Restart!.Location).Should().Be("app/compose.yaml:3:12-3:18");
        At(Service(project, "b").Definition).Should().Be("app/compose.yaml:8:3-8:4");
    }

    [Test]
    public void Bad_values_are_problems_and_never_exceptions()
    {
        var project = Load("""
            services:
              web:
                image: [not, a, string]
                privileged: maybe
                pids_limit: lots
                ports: "80:80"
                cap_add: ALL
                healthcheck: yes
                environment: [[nested]]
              broken: 42
            volumes: []
            """);

        project.Problems.Select(p => p.Message).Should().Equal(
            "'volumes' must be a mapping",
            "'image' must be a string",
            "'privileged' must be true or false, not 'maybe'",
            "'pids_limit' must be a whole number, not 'lots'",
            "'ports' must be a list",
            "'cap_add' must be a list",
            "'healthcheck' must be a mapping",
            "a 'environment' entry must be NAME=value",
            "service 'broken' must be a mapping");
        project.Problems.Should().OnlyContain(p => p.Kind == ComposeProblemKind.InvalidValue);
        project.Services.Select(s => s.Name).Should().Equal("web", "broken");
    }

    [Test]
    public void A_document_with_a_yaml_error_is_left_out()
    {
        var project = Load("services:\n  web:\n    image: [unclosed\n");

        project.Services.Should().BeEmpty();
        project.MainFile.Problems.Should().ContainSingle();
    }

    [Test]
    public void A_top_level_that_is_not_a_mapping_is_a_problem()
    {
        var project = Load("- just\n- a list\n");

        project.Problems.Should().ContainSingle().Which.Message.Should().Be("the top level of a Compose file must be a mapping");
    }

    [Test]
    public void Env_files_are_resolved_and_checked()
    {
        var project = Load(
            "services:\n  web:\n    image: a:1\n    env_file: [.env.web, {path: ./missing.env, required: false}]\n",
            new Dictionary<string, string> { ["app/.env.web"] = "A=1\n" });

        Service(project, "web").EnvFiles.Select(f => (f.ResolvedPath, f.Required, f.Exists)).Should().Equal(
            ("app/.env.web", true, true), ("app/missing.env", false, false));
    }

    [Test]
    public void A_value_that_aliases_reach_twice_is_interpolated_once()
    {
        var project = Load("""
            x-tag: &tag "nginx:${TAG}"
            x-common: &common
              restart: "${RESTART}"
            services:
              web:
                <<: *common
                image: *tag
              api:
                <<: *common
                image: *tag
            """);

        project.Variables.Select(v => v.Name).Should().Equal("TAG", "RESTART");
        Service(project, "api").Image!.Value.Should().Be("nginx:");
    }

    [Test]
    public void An_anchor_after_interpolated_values_leaves_each_reference_and_problem_once()
    {
        // The walk without a record of the nodes seen stops at the anchor and starts again with one.
        var project = Load("""
            services:
              web:
                image: "nginx:${TAG}"
                restart: "${BAD"
            x-common: &common
              user: "${USER_ID}"
            """);

        project.Variables.Select(v => v.Name).Should().Equal("TAG", "USER_ID");
        project.Problems.Should().ContainSingle().Which.Kind.Should().Be(ComposeProblemKind.InvalidInterpolation);
    }

    [Test]
    public void Without_anchors_each_value_is_interpolated_where_it_is_written()
    {
        var project = Load(
            "services:\n  web:\n    image: \"nginx:${TAG}\"\n  api:\n    image: \"nginx:${TAG}\"\n    environment: [\"A=$$B\", \"C=${D:-d}\"]\n",
            environment: new Dictionary<string, string> { ["TAG"] = "1.27" });

        project.Variables.Select(v => (v.Name, v.IsSet, v.Location.Line)).Should().Equal(("TAG", true, 3), ("TAG", true, 5), ("D", false, 6));
        Service(project, "api").Environment.Select(pair => pair.Value).Should().Equal("$B", "d");
    }

    [Test]
    public void A_service_is_found_by_name()
    {
        var project = Load("services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n");

        project.FindService("db")!.Image!.Value.Should().Be("postgres");
        project.FindService("web").Should().BeSameAs(Service(project, "web"));
        project.FindService("cache").Should().BeNull();
    }

    [Test]
    public void A_chain_of_20000_services_each_extending_the_next_is_resolved_without_exhausting_the_stack()
    {
        // Each service resolved its whole chain again (20,000 levels deep, one stack frame each): minutes, then a
        // stack overflow that ended the process.
        const int Services = 20_000;
        var text = new System.Text.StringBuilder("services:\n");
        for (var i = 0; i < Services - 1; i++)
        {
            text.Append("  s").Append(i).Append(":\n    extends: s").Append(i + 1).Append('\n');
        }

        text.Append("  s").Append(Services - 1).Append(":\n    image: nginx:1.27\n    environment: [A=1]\n");
        text.Append("  top:\n    extends: s0\n    environment: [B=2]\n");

        var project = Load(text.ToString());

        project.Problems.Should().BeEmpty();
        Service(project, "s0").Image!.Value.Should().Be("nginx:1.27");
        Service(project, "top").Environment.Select(pair => pair.Name).Should().Equal("A", "B");
    }

    [Test]
    public void A_base_that_several_services_extend_gives_each_its_values_and_a_cycle_is_reported_for_each_service_that_reaches_it()
    {
        var project = Load("""
            services:
              base:
                extends: core
                user: app
              core:
                image: nginx:1.27
              a:
                extends: base
              b:
                extends: base
              loop:
                extends: back
              back:
                extends: loop
              c:
                extends: loop
            """);

        (Service(project, "a").Image!.Value, Service(project, "a").User!.Value).Should().Be(("nginx:1.27", "app"));
        (Service(project, "b").Image!.Value, Service(project, "b").User!.Value).Should().Be(("nginx:1.27", "app"));
        project.Problems.Select(p => p.Message).Should().Equal(
            "service 'back' extends 'loop', which extends it back",
            "service 'loop' extends 'back', which extends it back",
            "service 'back' extends 'loop', which extends it back");
    }

    [Test]
    public void Top_level_resources_are_found_by_name()
    {
        var project = Load("services: {}\nnetworks: {front: {}, back: {external: true}}\nvolumes: {data: {}}\nsecrets: {token: {file: ./token.txt}}\nconfigs: {nginx: {file: ./nginx.conf}}\n");

        project.FindNetwork("back")!.External.Should().BeTrue();
        project.FindNetwork("front").Should().BeSameAs(project.Networks[0]);
        project.FindVolume("data")!.Name.Should().Be("data");
        project.FindSecret("token")!.File!.Value.Should().Be("./token.txt");
        project.FindConfig("nginx")!.File!.Value.Should().Be("./nginx.conf");
        (project.FindNetwork("data"), project.FindVolume("front"), project.FindSecret("nginx"), project.FindConfig("token")).Should().Be((null, null, null, null));
    }

    [Test]
    public void The_variables_within_a_value_are_those_written_inside_it_in_order()
    {
        var project = Load("""
            services:
              web:
                image: "${REGISTRY}/web:${TAG}"
                user: "${USER_ID}"
              db:
                image: "postgres:${PG}"
            """);

        var web = Service(project, "web");
        project.VariablesWithin(web.Image!.Location).Select(v => v.Name).Should().Equal("REGISTRY", "TAG");
        project.VariablesWithin(web.User!.Location).Select(v => v.Name).Should().Equal("USER_ID");
        project.VariablesWithin(Service(project, "db").Image!.Location).Select(v => v.Name).Should().Equal("PG");
        project.VariablesWithin(web.Definition).Should().BeEmpty();
        project.VariablesWithin(new Location("other/compose.yaml", web.Image.Location.Span, web.Image.Location.Start, web.Image.Location.End)).Should().BeEmpty();
    }
}
