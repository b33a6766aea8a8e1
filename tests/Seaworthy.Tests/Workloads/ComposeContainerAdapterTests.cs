using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Compose;
using Seaworthy.Dockerfile;
using Seaworthy.Text;
using Seaworthy.Workloads;

namespace Seaworthy.Tests.Workloads;

public sealed class ComposeContainerAdapterTests
{
    private static string At(Location location) => $"{location.Path}:{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";

    private static IReadOnlyList<ContainerSpec> Describe(string compose, Dictionary<string, string>? dockerfiles = null, Dictionary<string, string>? environment = null)
    {
        var options = new ComposeLoadOptions
        {
            Environment = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            ReadFile = _ => null,
            FileExists = _ => false,
        };
        var project = ComposeProject.Load(new SourceText("app/compose.yaml", compose), options);
        project.Problems.Should().BeEmpty();
        return ComposeContainerAdapter.Describe(
            project,
            path => dockerfiles is not null && dockerfiles.TryGetValue(path, out var text) ? DockerfileParser.Parse(new SourceText(path, text)) : null);
    }

    [Test]
    public void An_image_service_is_a_container_with_the_service_keys()
    {
        var web = Describe("services:\n  web:\n    image: nginx\n    user: root\n    expose: [\"80\"]\n").Single();

        web.Name.Should().Be("web");
        web.Description.Should().Be("Service 'web'");
        web.Role.Should().Be(ContainerRole.Service);
        At(web.Definition).Should().Be("app/compose.yaml:2:3-2:6");
        (web.Image!.Reference, web.Image.IsResolved, At(web.Image.Location)).Should().Be(("nginx", true, "app/compose.yaml:3:12-3:17"));
        (web.User!.Value, At(web.User.Location)).Should().Be(("root", "app/compose.yaml:4:11-4:15"));
        web.Healthcheck.Should().BeNull();
        web.ExposedPorts.Select(p => p.Value).Should().Equal("80");
    }

    [Test]
    public void A_built_service_takes_the_user_health_check_and_image_of_its_dockerfile()
    {
        var web = Describe(
            "services:\n  web:\n    build: ./web\n",
            new Dictionary<string, string> { ["app/web/Dockerfile"] = "FROM node:22 AS build\nRUN make\nFROM node:22-slim\nUSER root\nHEALTHCHECK CMD curl -f http://localhost\nEXPOSE 3000\n" }).Single();

        web.Description.Should().Be("Service 'web' (built from web/Dockerfile)");
        (web.Image!.Reference, At(web.Image.Location)).Should().Be(("node:22-slim", "app/web/Dockerfile:3:6-3:18"));
        (web.User!.Value, At(web.User.Location)).Should().Be(("root", "app/web/Dockerfile:4:6-4:10"));
        At(web.Healthcheck!.Location).Should().Be("app/web/Dockerfile:5:1-5:41");
        web.ExposedPorts.Select(p => p.Value).Should().Equal("3000");
    }

    [Test]
    public void The_target_stage_decides_and_its_image_comes_from_the_start_of_its_chain()
    {
        var web = Describe(
            "services:\n  web:\n    build:\n      context: .\n      target: dev\n",
            new Dictionary<string, string> { ["app/Dockerfile"] = "FROM python:3.12 AS base\nUSER app\nFROM base AS dev\nRUN pip install debugpy\nFROM base\nUSER root\n" }).Single();

        web.Description.Should().Be("Service 'web' (built from Dockerfile, stage 'dev')");
        (web.Image!.Reference, At(web.Image.Location)).Should().Be(("python:3.12", "app/Dockerfile:1:6-1:17"));
        (web.User!.Value, At(web.User.Location)).Should().Be(("app", "app/Dockerfile:2:6-2:9"));
    }

    [Test]
    public void The_service_keys_win_over_the_dockerfile()
    {
        var web = Describe(
            "services:\n  web:\n    build: .\n    user: \"1000\"\n    healthcheck:\n      disable: true\n",
            new Dictionary<string, string> { ["app/Dockerfile"] = "FROM alpine:3.20\nUSER root\nHEALTHCHECK CMD true\n" }).Single();

        (web.User!.Value, At(web.User.Location)).Should().Be(("1000", "app/compose.yaml:4:11-4:17"));
        web.Healthcheck!.IsDisabled.Should().BeTrue();
        At(web.Healthcheck.Location).Should().Be("app/compose.yaml:6:16-6:20");
    }

    [Test]
    public void A_health_check_that_only_tunes_timing_relies_on_the_image()
    {
        const string compose = "services:\n  web:\n    build: .\n    healthcheck:\n      interval: 5s\n  db:\n    image: postgres:16\n    healthcheck:\n      interval: 5s\n";

        var unlinked = Describe(compose);
        var linked = Describe(compose, new Dictionary<string, string> { ["app/Dockerfile"] = "FROM alpine:3.20\n" });

        unlinked.Select(c => c.Healthcheck is null).Should().Equal(false, false);
        linked.Select(c => c.Healthcheck is null).Should().Equal(true, false);
    }

    [Test]
    public void A_missing_dockerfile_leaves_only_the_service_keys()
    {
        var web = Describe("services:\n  web:\n    build: ./web\n    image: registry.example/web\n").Single();

        web.Description.Should().Be("Service 'web'");
        web.Image.Should().BeNull("with build, image names the result, not a base");
        web.User.Should().BeNull();
    }

    [Test]
    public void The_environment_holds_what_the_file_writes()
    {
        var web = Describe(
            """
            services:
              web:
                image: app:1
                build:
                  context: .
                  args:
                    NPM_TOKEN: npm_abc
                environment:
                  LITERAL: hunter2
                  FROM_ENV: ${DB_PASSWORD}
                  DEFAULTED: ${DB_PASSWORD:-hunter2}
                  PASSED:
                  ESCAPED: $$notavariable
            """,
            environment: new Dictionary<string, string> { ["DB_PASSWORD"] = "from-the-shell" }).Single();

        web.Environment.Select(v => (v.Name, v.Value, v.Source)).Should().Equal(
            ("LITERAL", "hunter2", EnvironmentSource.Environment),
            ("FROM_ENV", string.Empty, EnvironmentSource.Environment),
            ("DEFAULTED", "hunter2", EnvironmentSource.Environment),
            ("PASSED", string.Empty, EnvironmentSource.Environment),
            ("ESCAPED", "$notavariable", EnvironmentSource.Environment),
            ("NPM_TOKEN", "npm_abc", EnvironmentSource.BuildArgument));
        At(web.Environment[0].NameLocation).Should().Be("app/compose.yaml:9:7-9:14");
        At(web.Environment[0].ValueLocation!).Should().Be("app/compose.yaml:9:16-9:23");
    }

    [Test]
    public void An_image_with_an_unset_variable_is_not_resolved()
    {
        var containers = Describe("services:\n  a:\n    image: nginx:${TAG}\n  b:\n    image: nginx:${TAG:-1.27}\n  c:\n    image: nginx:${SET}\n", environment: new Dictionary<string, string> { ["SET"] = "1.25" });

        containers.Select(c => (c.Image!.Reference, c.Image.IsResolved)).Should().Equal(("nginx:", false), ("nginx:1.27", true), ("nginx:1.25", true));
    }

    [Test]
    public void Runtime_settings_come_from_the_service_keys_with_their_positions()
    {
        var web = Describe(
            "services:\n  web:\n    image: nginx\n    privileged: true\n    cap_add: [cap_sys_admin]\n    cap_drop: [ALL]\n" +
            "    security_opt: [\"no-new-privileges=true\", \"seccomp:unconfined\", \"apparmor=unconfined\"]\n" +
            "    network_mode: host\n    pid: host\n    ipc: host\n    uts: host\n    userns_mode: host\n" +
            "    volumes: [\"/var/run/docker.sock:/var/run/docker.sock:ro\", \"data:/data\"]\n    tmpfs: [\"/run:size=64m\"]\n" +
            "    read_only: true\n    mem_limit: 512m\n    cpus: 0.5\n    pids_limit: 100\n" +
            "    ports: [\"0.0.0.0:80:8080\", \"127.0.0.1:443:8443/tcp\", \"9000\"]\n    devices: [\"/dev/kvm:/dev/kvm\"]\n    restart: on-failure:5\n").Single();

        var runtime = web.Runtime;
        web.HasRuntimeSettings.Should().BeTrue();
        (runtime.Privileged!.Value, At(runtime.Privileged.Location)).Should().Be((true, "app/compose.yaml:4:17-4:21"));
        runtime.AddedCapabilities.Select(c => c.Value).Should().Equal("SYS_ADMIN");
        runtime.DroppedCapabilities.Select(c => c.Value).Should().Equal("ALL");
        runtime.NoNewPrivileges!.Value.Should().BeTrue();
        (runtime.SeccompProfile!.Value, runtime.AppArmorProfile!.Value).Should().Be(("unconfined", "unconfined"));
        new[] { runtime.NetworkMode, runtime.PidMode, runtime.IpcMode, runtime.UtsMode, runtime.UsernsMode }.Select(m => m!.Value).Should().OnlyContain(m => m == "host");
        runtime.Mounts.Select(m => (m.Kind, m.Source, m.Target, m.ReadOnly)).Should().Equal(
            (MountKind.HostPath, "/var/run/docker.sock", "/var/run/docker.sock", true),
            (MountKind.Volume, "data", "/data", false),
            (MountKind.Tmpfs, (string?)null, "/run", false));
        (runtime.ReadOnlyRootFilesystem!.Value, runtime.MemoryLimit!.Value, runtime.CpuLimit!.Value, runtime.PidsLimit!.Value).Should().Be((true, "512m", "0.5", "100"));
        runtime.PublishedPorts.Select(p => (p.HostIp, p.HostPort, p.ContainerPort)).Should().Equal(
            ((string?)null, (string?)"80", "8080"),
            ("127.0.0.1", "443", "8443"),
            (null, null, "9000"));
        runtime.Devices.Select(d => d.Value).Should().Equal("/dev/kvm");
        (runtime.RestartPolicy!.Name, runtime.RestartPolicy.MaximumRetries).Should().Be(("on-failure", 5L));
    }

    [Test]
    public void Deploy_limits_and_restart_policy_count_when_the_short_keys_are_absent()
    {
        var web = Describe(
            "services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        limits: {cpus: \"1\", memory: 1G, pids: 50}\n" +
            "      restart_policy:\n        condition: any\n").Single();

        (web.Runtime.MemoryLimit!.Value, web.Runtime.CpuLimit!.Value, web.Runtime.PidsLimit!.Value).Should().Be(("1G", "1", "50"));
        (web.Runtime.RestartPolicy!.Name, web.Runtime.RestartPolicy.MaximumRetries).Should().Be(("always", (long?)null));
    }

    [Test]
    public void A_service_with_no_runtime_keys_has_none_set()
    {
        var runtime = Describe("services:\n  web:\n    image: nginx\n").Single().Runtime;

        (runtime.Privileged, runtime.NoNewPrivileges, runtime.MemoryLimit, runtime.RestartPolicy).Should().Be((null, null, null, null));
        runtime.Mounts.Should().BeEmpty();
    }

    [Test]
    public void One_service_is_described_as_the_whole_project_describes_it()
    {
        var options = new ComposeLoadOptions { ReadFile = _ => null, FileExists = _ => false };
        var project = ComposeProject.Load(
            new SourceText("app/compose.yaml", "services:\n  web:\n    image: \"nginx:${TAG}\"\n    user: app\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n"),
            options);

        var all = ComposeContainerAdapter.Describe(project, _ => null);

        ComposeContainerAdapter.Describe(project, project.Services[1], _ => null).Should().BeEquivalentTo(all[1]);
        var web = ComposeContainerAdapter.Describe(project, project.Services[0], _ => null);
        web.Should().BeEquivalentTo(all[0]);
        web.Image!.IsResolved.Should().BeFalse("TAG has no value");
    }
}
