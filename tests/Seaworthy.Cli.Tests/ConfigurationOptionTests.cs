using System;
using System.IO;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

public sealed class ConfigurationOptionTests : FolderTests
{
    [Test]
    public async Task The_configuration_switches_rules_off_and_an_explicit_config_replaces_it()
    {
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "FROM alpine:3.20\nUSER root\nHEALTHCHECK NONE\n");
        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), "rules:\n  run-as-root: off\n");
        File.WriteAllText(Path.Combine(Folder, "strict.yaml"), "rules:\n  SW1001: error\n");

        (await CliRunner.RunAsync("lint", Folder)).ExitCode.Should().Be(0);
        var strict = await CliRunner.RunAsync("lint", "--config", Path.Combine(Folder, "strict.yaml"), "--fail-on", "error", Folder);
        strict.ExitCode.Should().Be(1);
        strict.Output.Should().Contain("error SW1001 [run-as-root]");
    }

    [Test]
    public async Task The_fail_on_of_the_lintedFolders_configuration_decides_the_exit_code_wherever_the_tool_runs()
    {
        // The tests run in their own folder, not in the test folder: the configuration is found from what is linted.
        var project = Path.Combine(Folder, "project");
        Directory.CreateDirectory(Path.Combine(project, "api"));
        File.WriteAllText(Path.Combine(project, "api", "Dockerfile"), "FROM alpine:3.20\nUSER root\nHEALTHCHECK NONE\n");
        File.WriteAllText(Path.Combine(project, "Dockerfile"), "FROM alpine:3.20\nUSER root\nHEALTHCHECK NONE\n");
        File.WriteAllText(Path.Combine(project, ".seaworthy.yaml"), "fail-on: none\n");

        (await CliRunner.RunAsync("lint", project)).ExitCode.Should().Be(0);
        (await CliRunner.RunAsync("lint", Path.Combine(project, "api", "Dockerfile"), Path.Combine(project, "Dockerfile"))).ExitCode.Should().Be(0);
        (await CliRunner.RunWithInputAsync("FROM alpine:3.20\nUSER root\n", "lint", "-", "--stdin-filename", Path.Combine(project, "Dockerfile"))).ExitCode.Should().Be(0);
        (await CliRunner.RunAsync("lint", project, "--fail-on", "warning")).ExitCode.Should().Be(1, "an explicit --fail-on wins");
        (await CliRunner.RunAsync("lint", project, Path.Combine(Folder, "project"))).ExitCode.Should().Be(0);
        File.Copy(Path.Combine(project, "Dockerfile"), Path.Combine(Folder, "Dockerfile"));
        (await CliRunner.RunAsync("lint", project, Path.Combine(Folder, "Dockerfile"))).ExitCode.Should().Be(1, "the folder holding both has no configuration");
    }

    [Test]
    public async Task Rule_options_in_the_configuration_change_what_a_rule_reports()
    {
        File.WriteAllText(Path.Combine(Folder, "compose.yaml"), "services:\n  vpn:\n    image: example/vpn:1.0\n    cap_add: [NET_ADMIN, SYS_TIME]\n");

        (await CliRunner.RunAsync("lint", Folder)).Output.Should().Contain("SW1009 [dangerous-capability] Service 'vpn' adds capability NET_ADMIN")
            .And.Contain("SW1009 [dangerous-capability] Service 'vpn' adds capability SYS_TIME");
        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), "rules:\n  SW1009:\n    level: error\n    options:\n      dangerous-capabilities: [SYS_TIME]\n");
        var configured = await CliRunner.RunAsync("lint", "--fail-on", "error", Folder);

        configured.ExitCode.Should().Be(1);
        configured.Output.Should().Contain("error SW1009 [dangerous-capability] Service 'vpn' adds capability SYS_TIME").And.NotContain("adds capability NET_ADMIN");
    }

    [TestCase("rules:\n  SW1009:\n    options:\n      dangerous-capability: [SYS_TIME]\n", ".seaworthy.yaml:4:7: unknown option 'dangerous-capability' for rule SW1009; its options are dangerous-capabilities")]
    [TestCase("rules:\n  sensitive-host-mount:\n    options:\n      sensitive-host-paths: /srv\n", ".seaworthy.yaml:4:29: option 'sensitive-host-paths' of rule SW1017 is a list of strings")]
    [TestCase("rules:\n  SW1017:\n    options:\n      host-code-paths: [opt/bin]\n", ".seaworthy.yaml:4:25: 'opt/bin' is not usable in option 'host-code-paths' of rule SW1017: a host path here is absolute")]
    public async Task A_wrong_rule_option_is_a_usage_error_with_its_position(string yaml, string expected)
    {
        File.WriteAllText(Path.Combine(Folder, "compose.yaml"), "services:\n  vpn:\n    image: example/vpn:1.0\n");
        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), yaml);

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", Folder);

        exitCode.Should().Be(2);
        error.Should().Contain(expected);
    }

    [Test]
    public async Task Build_args_resolve_the_base_image()
    {
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "ARG BASE\nFROM ${BASE}\nUSER 1000\nHEALTHCHECK NONE\n");

        (await CliRunner.RunAsync("lint", Folder)).Output.Should().NotContain("SW1002", "an ARG without a value is only known at build time");
        var pinnedLater = await CliRunner.RunAsync("lint", "--build-arg", "BASE=node", Folder);
        pinnedLater.ExitCode.Should().Be(1);
        pinnedLater.Output.Should().Contain("SW1002 [unpinned-image] Stage 0 uses image 'node' without a tag");

        // A longer build argument may be a secret: it is masked wherever it would show (docs/secrets.md).
        (await CliRunner.RunAsync("lint", "--build-arg", "BASE=registry.example.com/team/base", Folder)).Output
            .Should().Contain("SW1002 [unpinned-image] Stage 0 uses image '********' without a tag");
        (await CliRunner.RunAsync("lint", "--build-arg", "BASE", Folder)).ExitCode.Should().Be(2);
    }

    [Test]
    public async Task The_build_target_is_the_image_the_image_rules_judge()
    {
        var dockerfile = Path.Combine(Folder, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM alpine:3.20 AS build\nRUN echo build\n\nFROM alpine:3.20 AS run\nUSER 1000\nHEALTHCHECK NONE\n");

        var last = await CliRunner.RunAsync("lint", dockerfile);
        last.ExitCode.Should().Be(0, "the last stage is the image and sets a user; 'build' is not built");
        last.Output.Should().NotContain("SW1001");

        var build = await CliRunner.RunAsync("lint", "--target", "build", dockerfile);
        build.ExitCode.Should().Be(1);
        build.Output.Should().Contain("Dockerfile:1:1: warning SW1001 [run-as-root] Stage 'build' runs as root");

        // The configuration's target applies when --target is not given, and --target wins over it.
        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), "target: build\n");
        (await CliRunner.RunAsync("lint", dockerfile)).Output.Should().Contain("Stage 'build' runs as root");
        (await CliRunner.RunAsync("lint", "--target", "run", dockerfile)).Output.Should().NotContain("SW1001");
    }

    [Test]
    public async Task A_target_the_Dockerfile_has_no_stage_for_is_a_usage_error()
    {
        var dockerfile = Path.Combine(Folder, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS run\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("lint", "--target", "test", dockerfile);
        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("the build target 'test' names no stage of this Dockerfile; its stages are build, run");

        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), "target: tests\n");
        var configured = await CliRunner.RunAsync("lint", dockerfile);
        configured.ExitCode.Should().Be(2);
        configured.Error.Should().Contain("the build target 'tests' of " + Path.Combine(Folder, ".seaworthy.yaml") + " names no stage");

        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), "target: \"\"\n");
        (await CliRunner.RunAsync("lint", dockerfile)).Error.Should().Contain(".seaworthy.yaml:1:9: 'target' names a build stage");
        (await CliRunner.RunAsync("lint", "--target", " ", dockerfile)).ExitCode.Should().Be(2);
    }

    [Test]
    public async Task A_broken_configuration_is_a_usage_error_with_its_position()
    {
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "FROM alpine:3.20\n");
        File.WriteAllText(Path.Combine(Folder, ".seaworthy.yaml"), "rules:\n  no-such-rule: off\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", Folder);

        exitCode.Should().Be(2);
        error.Should().Contain(".seaworthy.yaml:2:3: unknown rule 'no-such-rule'");
    }

    [TestCase(".seaworthy.yaml", "rules: !!x]\n", ".seaworthy.yaml:1:12: not valid YAML here")]
    [TestCase(".seaworthy.yaml", "fail-on: \"\\uD800\\uD800\"\n", ".seaworthy.yaml:1:23: not valid YAML here")]
    [TestCase(".hadolint.yaml", "ignored: \"\\UFFFFFFFF\"\n", ".hadolint.yaml:1:21: not valid YAML here")]
    [TestCase(".seaworthy.yaml", "fail-on: none\n---\nfail-on: error\n", ".seaworthy.yaml:3:1: a configuration file holds one YAML document")]
    [TestCase(".seaworthy.yaml", "ignore: [\"[\"]\n", ".seaworthy.yaml:1:10: '[' is not a usable file glob")]
    public async Task A_hostile_configuration_is_a_usage_error_with_its_position_not_an_internal_error(string name, string yaml, string expected)
    {
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "FROM alpine:3.20\n");
        File.WriteAllText(Path.Combine(Folder, name), yaml);

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", Folder);

        exitCode.Should().Be(2);
        error.Should().Contain(expected).And.NotContain("internal error");
    }

    [Test]
    public async Task Init_writes_a_configuration_that_loads_and_never_overwrites_one()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("init", Folder);

        exitCode.Should().Be(0);
        output.Should().Contain(".seaworthy.yaml");
        var path = Path.Combine(Folder, ".seaworthy.yaml");
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "FROM alpine:3.20\nUSER app\nHEALTHCHECK NONE\n");
        (await CliRunner.RunAsync("lint", Folder)).ExitCode.Should().Be(0, "the written configuration is valid");

        File.WriteAllText(path, "fail-on: none\n");
        var again = await CliRunner.RunAsync("init", Folder);
        again.ExitCode.Should().Be(2);
        again.Error.Should().Contain("already exists");
        File.ReadAllText(path).Should().Be("fail-on: none\n");
        Directory.GetFiles(Folder, "*.tmp").Should().BeEmpty();
    }
}
