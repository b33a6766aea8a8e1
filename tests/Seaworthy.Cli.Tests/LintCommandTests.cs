using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

public sealed class LintCommandTests
{
    private static string Examples => Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");

    [Test]
    public async Task Lint_of_the_examples_reports_the_four_headline_rules_at_exact_positions_and_exits_1()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("lint", Path.Combine(Examples, "Dockerfile"));

        exitCode.Should().Be(1);
        var headers = output.Split('\n').Where(line => line.Contains(": ", StringComparison.Ordinal) && line.Contains(" SW", StringComparison.Ordinal))
            .Select(line => line.Substring(line.IndexOf("Dockerfile:", StringComparison.Ordinal)))
            .ToArray();
        headers.Should().Equal(
            "Dockerfile:2:16: warning SW1002 [unpinned-image] Stage 'build' uses image 'node' without a tag, so every build may get a different image ('${NODE_IMAGE}' with its ARG defaults)",
            "Dockerfile:7:5: error SW1003 [secret-in-environment] Build argument 'NPM_TOKEN' looks like a secret (its name contains 'token'): value (no value)",
            "Dockerfile:12:1: info SW1004 [missing-healthcheck] Stage 1 defines no HEALTHCHECK, so nothing notices when the process hangs",
            "Dockerfile:14:5: error SW1003 [secret-in-environment] Environment variable 'SESSION_SECRET' looks like a secret (its name contains 'secret'): value ********",
            "Dockerfile:18:6: warning SW1001 [run-as-root] Stage 1 runs as root: its last USER is 'root'");
        output.Should().NotContain("change-me-in-production", "secret values never appear in output");
    }

    [Test]
    public async Task The_fixed_example_is_clean_and_exits_0()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("lint", Path.Combine(Examples, "Dockerfile.fixed"));

        output.Should().Contain("No problems found in 1 file");
        exitCode.Should().Be(0);
    }

    [Test]
    public async Task MsBuild_report_writes_canonical_lines_with_both_ends()
    {
        var path = Path.Combine(Examples, "Dockerfile");

        var (exitCode, output, _) = await CliRunner.RunAsync("lint", "--format", "msbuild", path);

        exitCode.Should().Be(1);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Replace(path, "Dockerfile", StringComparison.Ordinal))
            .Select(line => line.Substring(0, line.IndexOf(": ", line.IndexOf(')', StringComparison.Ordinal) + 2, StringComparison.Ordinal) + 1))
            .Should().Equal(
                "Dockerfile(2,16,2,20): warning SW1002:",
                "Dockerfile(7,5,7,14): error SW1003:",
                "Dockerfile(12,1,12,20): info SW1004:",
                "Dockerfile(14,5,14,19): error SW1003:",
                "Dockerfile(18,6,18,10): warning SW1001:");
    }

    [Test]
    public async Task Json_report_lists_files_and_diagnostics_with_positions()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("lint", "--format", "json", Path.Combine(Examples, "Dockerfile"));

        exitCode.Should().Be(1);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("seaworthy");
        root.GetProperty("files").EnumerateArray().Single().GetProperty("kind").GetString().Should().Be("dockerfile");
        var first = root.GetProperty("diagnostics").EnumerateArray().First();
        (first.GetProperty("id").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(),
            first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32())
            .Should().Be(("SW1002", 2, 16, 2, 20));
        output.Should().NotContain("change-me-in-production");
    }

    [Test]
    public async Task Fail_on_error_ignores_warnings_and_none_never_fails()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM alpine:3.20\nUSER root\nHEALTHCHECK NONE\n");

            (await CliRunner.RunAsync("lint", folder)).ExitCode.Should().Be(1);
            (await CliRunner.RunAsync("lint", "--fail-on", "error", folder)).ExitCode.Should().Be(0);
            (await CliRunner.RunAsync("lint", "--fail-on", "none", Path.Combine(Examples, "Dockerfile"))).ExitCode.Should().Be(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_setting_of_the_run_in_a_nested_configuration_is_named_as_unused_and_is_used_when_linted_from_its_folder()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-cli-").FullName;
        try
        {
            foreach (var project in new[] { "api", "web" })
            {
                Directory.CreateDirectory(Path.Combine(folder, project));
                File.WriteAllText(Path.Combine(folder, project, "Dockerfile"), "FROM alpine:3.20\nUSER root\nHEALTHCHECK NONE\n");
            }

            File.WriteAllText(Path.Combine(folder, "api", ".seaworthy.yaml"), "rules:\n  SW1004: off\nfail-on: none\nbaseline: accepted.json\n");
            File.WriteAllText(Path.Combine(folder, "web", ".hadolint.yaml"), "ignored: [DL3007]\nno-fail: true\n");

            var (exitCode, _, errors) = await CliRunner.RunAsync("lint", folder);

            exitCode.Should().Be(1, "the run's configuration (none, in the common folder) fails on the warnings");
            errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
                $"seaworthy: warning: {Path.Combine(folder, "api", ".seaworthy.yaml")}:3:1: 'fail-on' is not used: it is a setting of the run, read only from the configuration of the run "
                    + $"(the .seaworthy.yaml of {folder} or a folder above it, or the one named explicitly), and this one applies only to the files under {Path.Combine(folder, "api")}",
                $"seaworthy: warning: {Path.Combine(folder, "api", ".seaworthy.yaml")}:4:1: 'baseline' is not used: it is a setting of the run, read only from the configuration of the run "
                    + $"(the .seaworthy.yaml of {folder} or a folder above it, or the one named explicitly), and this one applies only to the files under {Path.Combine(folder, "api")}",
                $"seaworthy: warning: {Path.Combine(folder, "web", ".hadolint.yaml")}:2:1: 'no-fail' is not used: it is a setting of the run, read only from the configuration of the run "
                    + $"(the .seaworthy.yaml of {folder} or a folder above it, or the one named explicitly), and this one applies only to the files under {Path.Combine(folder, "web")}");

            var fromItsFolder = await CliRunner.RunAsync("lint", Path.Combine(folder, "web"));
            fromItsFolder.ExitCode.Should().Be(0, "linted from its own folder, web's no-fail is the run's");
            fromItsFolder.Error.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Standard_input_is_linted_under_the_given_name()
    {
        var (exitCode, output, _) = await CliRunner.RunWithInputAsync("FROM alpine:3.20\nUSER 0\nHEALTHCHECK NONE\n", "lint", "-", "--stdin-filename", "app/Containerfile");

        exitCode.Should().Be(1);
        output.Should().StartWith("app/Containerfile:2:6: warning SW1001 [run-as-root]");
    }

    [Test]
    public async Task A_compose_project_is_linted_with_the_dockerfile_its_service_builds()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-cli-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "api"));
            File.WriteAllText(Path.Combine(folder, "compose.yaml"), "services:\n  api:\n    build: ./api\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n    security_opt: [\"no-new-privileges:true\"]\n    mem_limit: 512m\n");
            File.WriteAllText(Path.Combine(folder, "api", "Dockerfile"), "FROM python:3.12-slim\nUSER root\n");

            var (exitCode, output, _) = await CliRunner.RunAsync("lint", "--format", "json", Path.Combine(folder, "compose.yaml"));

            exitCode.Should().Be(1);
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            root.GetProperty("files").EnumerateArray().Select(file => (Path.GetFileName(file.GetProperty("path").GetString()), file.GetProperty("kind").GetString()))
                .Should().Equal(("compose.yaml", "compose"), ("Dockerfile", "dockerfile"));
            var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single();
            (diagnostic.GetProperty("id").GetString(), Path.GetFileName(diagnostic.GetProperty("path").GetString()), diagnostic.GetProperty("line").GetInt32())
                .Should().Be(("SW1001", "Dockerfile", 2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Standard_input_named_compose_yaml_is_a_compose_file()
    {
        var (exitCode, output, _) = await CliRunner.RunWithInputAsync("services:\n  web:\n    image: nginx\n", "lint", "-", "--stdin-filename", "compose.yaml");

        exitCode.Should().Be(1);
        output.Should().Contain("compose.yaml:3:12: warning SW1002 [unpinned-image] Service 'web' uses image 'nginx' without a tag");
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("app/")]
    public async Task Standard_input_needs_a_file_name(string name)
    {
        var (exitCode, _, error) = await CliRunner.RunWithInputAsync("FROM alpine:3.20\n", "lint", "-", "--stdin-filename", name);

        exitCode.Should().Be(2);
        error.Should().Contain("--stdin-filename expects a file name").And.NotContain("internal error");
    }

    [TestCase("services: !!x]\n")]
    [TestCase("services:\n  web:\n    image: \"\\UFFFFFFFF\"\n")]
    public async Task Standard_input_YamlDotNet_throws_on_is_a_syntax_error(string yaml)
    {
        var (exitCode, output, error) = await CliRunner.RunWithInputAsync(yaml, "lint", "-", "--stdin-filename", "compose.yaml", "--format", "json");

        exitCode.Should().Be(1);
        error.Should().BeEmpty();
        output.Should().Contain("\"id\": \"SW0001\"").And.Contain("not valid YAML here");
    }

    [Test]
    public async Task Output_file_receives_the_report_and_standard_output_stays_empty()
    {
        var path = Path.Combine(Path.GetTempPath(), "seaworthy-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var (exitCode, output, _) = await CliRunner.RunAsync("lint", "--format", "sarif", "--output", path, Path.Combine(Examples, "Dockerfile"));

            exitCode.Should().Be(1);
            output.Should().BeEmpty();
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            document.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
            document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(5);
            Directory.GetFiles(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".*.tmp").Should().BeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Usage_errors_exit_2()
    {
        (await CliRunner.RunAsync("lint", "--format", "yaml", Examples)).ExitCode.Should().Be(2);
        var unknown = await CliRunner.RunAsync("lint", Examples, "--no-such-option");
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().StartWith("seaworthy: unknown option '--no-such-option'");
        var missing = await CliRunner.RunAsync("lint", Path.Combine(Examples, "does-not-exist"));
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("no such file or directory");
    }

    [Test]
    public async Task Enable_all_is_accepted_and_exclude_leaves_files_out()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("lint", "--enable-all", "--exclude", "Dockerfile*", "--allow-empty", Examples);

        exitCode.Should().Be(0);
        output.Should().Contain("No problems found in 0 files");
    }

    [Test]
    public async Task Paths_with_nothing_to_lint_are_a_usage_error_unless_allowed()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-empty-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "README.md"), "# not ours\n");

            var empty = await CliRunner.RunAsync("lint", folder);
            var allowed = await CliRunner.RunAsync("lint", folder, "--allow-empty");
            var stdin = await CliRunner.RunWithInputAsync(string.Empty, "lint", "-");

            empty.ExitCode.Should().Be(2);
            empty.Output.Should().BeEmpty();
            empty.Error.Should().Be($"seaworthy: no Dockerfile, Compose file or Kubernetes manifest to lint in {folder} (--allow-empty lets that pass){Environment.NewLine}");
            allowed.ExitCode.Should().Be(0);
            allowed.Output.Should().Contain("No problems found in 0 files");
            (stdin.ExitCode, stdin.Error).Should().Be((1, string.Empty), "an empty standard input is an empty Dockerfile, which is linted (and has no FROM)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
