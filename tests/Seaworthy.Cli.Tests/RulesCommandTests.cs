using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Cli.Tests;

public sealed class RulesCommandTests
{
    [Test]
    public async Task Json_lists_the_headline_rules_with_their_equivalents()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "--format", "json");

        exitCode.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var rules = document.RootElement.EnumerateArray().ToDictionary(rule => rule.GetProperty("id").GetString()!);
        string[] Equivalents(string id) => rules[id].GetProperty("equivalents").EnumerateArray().Select(e => e.GetString()!).ToArray();

        Equivalents("SW1001").Should().Contain(new[] { "hadolint:DL3002", "checkov:CKV_DOCKER_8", "trivy:DS002", "cis-docker:4.1" });
        Equivalents("SW1002").Should().Contain(new[] { "hadolint:DL3006", "hadolint:DL3007", "checkov:CKV_DOCKER_7", "trivy:DS001" });
        Equivalents("SW1003").Should().Contain(new[] { "hadolint:DL3064", "buildkit:SecretsUsedInArgOrEnv" });
        Equivalents("SW1004").Should().Contain(new[] { "hadolint:DL3057", "checkov:CKV_DOCKER_2", "trivy:DS026", "cis-docker:4.6" });
        var runAsRoot = rules["SW1001"];
        runAsRoot.GetProperty("name").GetString().Should().Be("run-as-root");
        runAsRoot.GetProperty("category").GetString().Should().Be("security");
        runAsRoot.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        runAsRoot.GetProperty("enabledByDefault").GetBoolean().Should().BeTrue();
        runAsRoot.GetProperty("surfaces").EnumerateArray().Select(s => s.GetString()).Should().Equal("dockerfile", "compose", "kubernetes", "container");
        runAsRoot.GetProperty("helpUri").GetString().Should().EndWith("docs/rules/SW1001.md");
        runAsRoot.GetProperty("options").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Json_lists_a_rules_options_with_their_defaults()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules", "--format", "json");

        exitCode.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var mount = document.RootElement.EnumerateArray().Single(rule => rule.GetProperty("id").GetString() == "SW1017");
        var options = mount.GetProperty("options").EnumerateArray().ToDictionary(option => option.GetProperty("name").GetString()!);
        options.Keys.Should().Equal("sensitive-host-paths", "sensitive-host-trees", "host-code-paths");
        options["sensitive-host-paths"].GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        options["sensitive-host-paths"].GetProperty("default").EnumerateArray().Select(item => item.GetString()).Should().Contain("/etc");
    }

    [Test]
    public async Task Text_has_one_line_per_rule()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("rules");

        exitCode.Should().Be(0);
        var runAsRoot = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle(line => line.StartsWith("SW1001  run-as-root", System.StringComparison.Ordinal)).Subject;
        runAsRoot.Should().MatchRegex(@"^SW1001  run-as-root +warning  security +\S.* = .*hadolint:DL3002");
    }

    [Test]
    public async Task Help_names_the_command_seaworthy_and_each_option_has_one_default()
    {
        var (_, root, _) = await CliRunner.RunAsync("--help");
        var (_, lint, _) = await CliRunner.RunAsync("lint", "--help");

        root.Should().Contain("seaworthy [command] [options]").And.NotContain("Seaworthy.Cli");
        lint.Should().Contain("seaworthy lint [<paths>...] [options]").And.Contain("--allow-empty");
        lint.Split('\n').Single(line => line.TrimStart().StartsWith("--fail-on", System.StringComparison.Ordinal)).Should().NotContain("[default:");
    }

    [Test]
    public async Task Version_prints_the_package_version()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--version");

        // The version comes from git tags (MinVer): a release, or a pre-release counting the commits since the last tag.
        exitCode.Should().Be(0);
        output.Trim().Should().Be(SeaworthyCommand.Version).And.MatchRegex(@"^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$");
    }
}
