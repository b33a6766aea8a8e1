using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests.Plugins;

/// <summary>
/// Rule packs on the command line (issue #16): a real pack assembly, compiled by the test, loaded through
/// <c>--plugin</c> and <c>plugins:</c>, its rules configured, suppressed, baselined, listed and in SARIF; and every way a
/// pack can be unusable as one usage error naming the pack.
/// </summary>
public sealed class RulePackCliTests : FolderTests
{
    private const string Dockerfile = "FROM docker.io/library/alpine:3.20\nUSER app\n";

    private string Pack() => RulePackCompiler.Compile(Path.Combine(Folder, "packs", "contoso"), "Contoso.ContainerRules", RulePackCompiler.AllowedRegistrySource);

    private static string Finding(string dockerfile) =>
        $"{dockerfile}:1:6: warning CONTOSO001 [contoso-allowed-registry] Image 'docker.io/library/alpine:3.20' is not from an allowed registry (registry.example.com)";

    [Test]
    public async Task A_plugin_option_and_the_configurations_plugins_give_the_same_finding()
    {
        var pack = Pack();
        var dockerfile = Write("app/Dockerfile", Dockerfile);

        var given = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack, "--format", "text");
        Write("app/.seaworthy.yaml", "plugins:\n  - ../packs/contoso/Contoso.ContainerRules.dll\n");
        var configured = await CliRunner.RunAsync("lint", dockerfile, "--format", "text");

        given.Error.Should().BeEmpty();
        given.ExitCode.Should().Be(1);
        given.Output.Should().Contain(Finding(dockerfile));
        configured.Error.Should().BeEmpty();
        configured.ExitCode.Should().Be(1);
        configured.Output.Should().Contain(Finding(dockerfile));
    }

    [Test]
    public async Task Plugins_in_a_configuration_below_the_runs_are_a_configuration_error_with_their_position()
    {
        Pack();
        var top = Write("Dockerfile", Dockerfile);
        var app = Write("app/Dockerfile", Dockerfile);
        Write("app/.seaworthy.yaml", "# the app's own settings\nplugins:\n  - ../packs/contoso/Contoso.ContainerRules.dll\n");

        var everything = await CliRunner.RunAsync("lint", Folder);
        var appAlone = await CliRunner.RunAsync("lint", Path.Combine(Folder, "app"), "--format", "text");
        var named = await CliRunner.RunAsync("lint", Folder, "--config", Path.Combine(Folder, "app", ".seaworthy.yaml"), "--format", "text");

        everything.ExitCode.Should().Be(2);
        everything.Error.Should().Be(
            $"seaworthy: configuration error: {Path.Combine(Folder, "app", ".seaworthy.yaml")}:2:1: 'plugins' is read only from the configuration of the run "
            + $"(the .seaworthy.yaml of {Folder} or a folder above it, or the one named explicitly), and this one applies only to the files under {Path.Combine(Folder, "app")}: "
            + "move it to the run's configuration\n");
        everything.Output.Should().BeEmpty();
        appAlone.ExitCode.Should().Be(1, appAlone.Error);
        appAlone.Output.Should().Contain(Finding(app));
        named.ExitCode.Should().Be(1, named.Error);
        named.Output.Should().Contain(Finding(app)).And.Contain(Finding(top));
    }

    [Test]
    public async Task Verbose_says_which_packs_are_loaded_and_changes_nothing_else()
    {
        var pack = Pack();
        var dockerfile = Write("Dockerfile", Dockerfile);

        var quiet = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack);
        var verbose = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack, "--verbose");

        verbose.Error.Should().Be("seaworthy: rule pack Contoso.ContainerRules 1.2.0 loaded, 1 rule(s)\n");
        verbose.Output.Should().Be(quiet.Output);
        verbose.ExitCode.Should().Be(quiet.ExitCode);
    }

    [Test]
    public async Task A_folder_is_a_pack_with_its_dependencies_and_Seaworthys_assemblies_in_it_are_left_to_the_host()
    {
        Pack();
        // As in a pack's build output: copies of Seaworthy and of the built-in rules beside it.
        foreach (var own in new[] { typeof(Seaworthy.Analysis.Analyzer), typeof(Seaworthy.Rules.BuiltInAnalyzers) })
        {
            File.Copy(own.Assembly.Location, Path.Combine(Folder, "packs", "contoso", Path.GetFileName(own.Assembly.Location)));
        }

        var dockerfile = Write("Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", Path.Combine(Folder, "packs", "contoso"));

        run.ExitCode.Should().Be(1, run.Error);
        run.Output.Should().Contain("CONTOSO001");
    }

    [Test]
    public async Task Plugin_rules_take_levels_options_suppressions_and_baselines()
    {
        var pack = Pack();
        var off = Write("off/Dockerfile", Dockerfile);
        Write("off/.seaworthy.yaml", "rules:\n  contoso-allowed-registry: off\n");
        var allowed = Write("allowed/Dockerfile", Dockerfile);
        Write("allowed/.seaworthy.yaml", "rules:\n  CONTOSO001:\n    options:\n      allowed: [docker.io]\n");
        var suppressed = Write("suppressed/Dockerfile", "# seaworthy ignore=CONTOSO001 -- the mirror is down\n" + Dockerfile);
        var baselined = Write("baselined/Dockerfile", Dockerfile);
        var baseline = Path.Combine(Folder, "baselined", "baseline.json");

        var written = await CliRunner.RunAsync("lint", baselined, "--plugin", pack, "--write-baseline", baseline);
        foreach (var path in new[] { off, allowed, suppressed })
        {
            var run = await CliRunner.RunAsync("lint", path, "--plugin", pack);
            run.Error.Should().BeEmpty();
            run.Output.Should().NotContain("CONTOSO001", path);
            run.ExitCode.Should().Be(0, path);
        }

        var afterBaseline = await CliRunner.RunAsync("lint", baselined, "--plugin", pack, "--baseline", baseline);
        written.ExitCode.Should().Be(0, written.Error);
        afterBaseline.Output.Should().NotContain("CONTOSO001");
        afterBaseline.ExitCode.Should().Be(0, afterBaseline.Error);
    }

    [Test]
    public async Task Rules_lists_a_plugins_rules_with_the_pack_name_and_version()
    {
        var pack = Pack();

        var text = await CliRunner.RunAsync("rules", "--plugin", pack);
        var json = await CliRunner.RunAsync("rules", "--plugin", pack, "--format", "json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Output.Split('\n').Should().Contain(line => line.StartsWith("CONTOSO001  contoso-allowed-registry", System.StringComparison.Ordinal) && line.EndsWith("[pack Contoso.ContainerRules 1.2.0]", System.StringComparison.Ordinal));
        text.Output.Should().Contain("SW1001");
        using var document = JsonDocument.Parse(json.Output);
        var rule = document.RootElement.EnumerateArray().Single(element => element.GetProperty("id").GetString() == "CONTOSO001");
        rule.GetProperty("pack").GetProperty("name").GetString().Should().Be("Contoso.ContainerRules");
        rule.GetProperty("pack").GetProperty("version").GetString().Should().Be("1.2.0");
        rule.GetProperty("helpUri").GetString().Should().Be("https://contoso.example/rules/CONTOSO001");
        rule.GetProperty("options")[0].GetProperty("name").GetString().Should().Be("allowed");
    }

    [Test]
    public async Task Sarif_lists_the_pack_as_an_extension_and_its_results_point_at_it()
    {
        var pack = Pack();
        var dockerfile = Write("Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack, "--format", "sarif");

        using var document = JsonDocument.Parse(run.Output);
        var sarif = document.RootElement.GetProperty("runs")[0];
        var extension = sarif.GetProperty("tool").GetProperty("extensions").EnumerateArray().Single();
        extension.GetProperty("name").GetString().Should().Be("Contoso.ContainerRules");
        extension.GetProperty("version").GetString().Should().Be("1.2.0");
        extension.GetProperty("rules")[0].GetProperty("id").GetString().Should().Be("CONTOSO001");
        extension.GetProperty("rules")[0].GetProperty("helpUri").GetString().Should().Be("https://contoso.example/rules/CONTOSO001");
        sarif.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Should().NotContain(rule => rule.GetProperty("id").GetString() == "CONTOSO001");
        var result = sarif.GetProperty("results").EnumerateArray().Single(element => element.GetProperty("ruleId").GetString() == "CONTOSO001");
        result.GetProperty("ruleIndex").GetInt32().Should().Be(0);
        result.GetProperty("rule").GetProperty("toolComponent").GetProperty("index").GetInt32().Should().Be(0);
    }

    [Test]
    public async Task A_missing_pack_is_a_usage_error_naming_it()
    {
        var dockerfile = Write("Dockerfile", Dockerfile);
        var missing = Path.Combine(Folder, "Contoso.Missing.dll");

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", missing);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"seaworthy: rule pack 'Contoso.Missing': no such file or folder: {missing}\n");
    }

    [Test]
    public async Task A_configured_pack_that_is_missing_is_a_usage_error_too()
    {
        var dockerfile = Write("Dockerfile", Dockerfile);
        Write(".seaworthy.yaml", "plugins: [packs/Contoso.Gone.dll]\n");

        var run = await CliRunner.RunAsync("lint", dockerfile);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"seaworthy: rule pack 'Contoso.Gone': no such file or folder: {Path.Combine(Folder, "packs", "Contoso.Gone.dll")}\n");
    }

    [Test]
    public async Task A_pack_built_against_another_major_version_of_the_authoring_api_is_refused()
    {
        // A stand-in Seaworthy 99 with just the type the pack derives from.
        var stand = RulePackCompiler.Compile(Path.Combine(Folder, "stand-in"), "Seaworthy", "namespace Seaworthy.Analysis { public abstract class Analyzer { } }", version: "99.0.0");
        var pack = RulePackCompiler.Compile(Path.Combine(Folder, "future"), "Contoso.Future", "public sealed class Later : Seaworthy.Analysis.Analyzer { }", seaworthy: stand);
        var dockerfile = Write("Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("seaworthy: rule pack 'Contoso.Future': it is built against Seaworthy 99.0.0, and this Seaworthy is 0.");
    }

    [TestCase("\"SW9001\", \"contoso-x\"", "rule id SW9001 uses Seaworthy's own prefix SW; give the pack's rules a prefix of its own (CONTOSO001)")]
    [TestCase("\"CONTOSO009\", \"run-as-root\"", "rule CONTOSO009 (run-as-root) takes the name 'run-as-root' of built-in rule SW1001")]
    public async Task A_rule_that_collides_with_a_built_in_one_is_refused(string idAndName, string message)
    {
        var pack = RulePackCompiler.Compile(Path.Combine(Folder, "bad"), "Contoso.Bad", RulePackCompiler.AllowedRegistrySource.Replace("\"CONTOSO001\", \"contoso-allowed-registry\"", idAndName, System.StringComparison.Ordinal));
        var dockerfile = Write("Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"seaworthy: rule pack 'Contoso.Bad': {message}\n");
    }

    [Test]
    public async Task A_rule_id_two_packs_declare_is_refused()
    {
        var first = Pack();
        var second = RulePackCompiler.Compile(Path.Combine(Folder, "other"), "Fabrikam.Rules", RulePackCompiler.AllowedRegistrySource.Replace("contoso-allowed-registry", "fabrikam-registry", System.StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("rules", "--plugin", first, "--plugin", second);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("seaworthy: rule pack 'Fabrikam.Rules': rule CONTOSO001 (fabrikam-registry) takes the id 'CONTOSO001' of rule CONTOSO001 of pack 'Contoso.ContainerRules'\n");
    }

    [Test]
    public async Task An_analyzer_whose_constructor_throws_is_a_usage_error_naming_the_pack()
    {
        var source = RulePackCompiler.AllowedRegistrySource.Replace(
            "public override IReadOnlyList<RuleDescriptor> SupportedRules",
            "public AllowedRegistryAnalyzer() => throw new InvalidOperationException(\"no licence key\");\n    public override IReadOnlyList<RuleDescriptor> SupportedRules",
            System.StringComparison.Ordinal);
        var pack = RulePackCompiler.Compile(Path.Combine(Folder, "throws"), "Contoso.Throws", source);

        var run = await CliRunner.RunAsync("rules", "--plugin", pack);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("seaworthy: rule pack 'Contoso.Throws': the constructor of analyzer Contoso.ContainerRules.AllowedRegistryAnalyzer threw InvalidOperationException: no licence key\n");
    }

    [Test]
    public async Task A_file_that_is_not_a_dotnet_assembly_is_refused()
    {
        var garbage = Write("packs/Contoso.Garbage.dll", "not an assembly\n");
        var dockerfile = Write("Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", garbage);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith($"seaworthy: rule pack 'Contoso.Garbage': {garbage} is not a .NET assembly: ").And.EndWith("\n");
        run.Output.Should().BeEmpty();
    }

    [Test]
    public async Task An_assembly_without_an_analyzer_is_refused_and_so_is_one_that_does_not_use_Seaworthy()
    {
        var empty = RulePackCompiler.Compile(Path.Combine(Folder, "empty"), "Contoso.Empty", "public static class Levels { public static Seaworthy.Analysis.Severity Default => Seaworthy.Analysis.Severity.Warning; }");
        var unrelated = RulePackCompiler.Compile(Path.Combine(Folder, "unrelated"), "Contoso.Unrelated", "public static class Nothing { }");

        var noAnalyzer = await CliRunner.RunAsync("rules", "--plugin", empty);
        var noSeaworthy = await CliRunner.RunAsync("rules", "--plugin", unrelated);
        var noAnalyzerInFolder = await CliRunner.RunAsync("rules", "--plugin", Path.Combine(Folder, "empty"));

        noAnalyzer.ExitCode.Should().Be(2);
        noAnalyzer.Error.Should().Be($"seaworthy: rule pack 'Contoso.Empty': {empty} holds no public analyzer (a class deriving from Seaworthy.Analysis.Analyzer)\n");
        noSeaworthy.ExitCode.Should().Be(2);
        noSeaworthy.Error.Should().Be($"seaworthy: rule pack 'Contoso.Unrelated': {unrelated} does not reference Seaworthy, so it holds no analyzer\n");
        noAnalyzerInFolder.ExitCode.Should().Be(2);
        noAnalyzerInFolder.Error.Should().Be($"seaworthy: rule pack 'empty': the folder {Path.Combine(Folder, "empty")} holds no public analyzer (a class deriving from Seaworthy.Analysis.Analyzer)\n");
    }

    [Test]
    public async Task A_dependency_beside_the_pack_is_loaded_from_its_folder_and_a_missing_one_is_refused()
    {
        var folder = Path.Combine(Folder, "needs-helpers");
        var helpers = RulePackCompiler.Compile(folder, "Contoso.Helpers", "namespace Contoso.Helpers; public abstract class RegistryRule : Seaworthy.Analysis.Analyzer { }");
        var source = RulePackCompiler.AllowedRegistrySource.Replace("public sealed class AllowedRegistryAnalyzer : Analyzer", "public sealed class AllowedRegistryAnalyzer : Contoso.Helpers.RegistryRule", System.StringComparison.Ordinal);
        var pack = RulePackCompiler.Compile(folder, "Contoso.NeedsHelpers", source, dependencies: new[] { helpers });
        var dockerfile = Write("Dockerfile", Dockerfile);

        var found = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack, "--format", "text");
        File.Delete(helpers);
        var missing = await CliRunner.RunAsync("lint", dockerfile, "--plugin", pack);

        found.ExitCode.Should().Be(1, found.Error);
        found.Output.Should().Contain(Finding(dockerfile));
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().StartWith($"seaworthy: rule pack 'Contoso.NeedsHelpers': cannot read its types (a dependency missing from {folder}?): ").And.Contain("Contoso.Helpers");
    }

    [Test]
    public async Task Two_packs_use_two_versions_of_one_library_each_its_own()
    {
        string PackWith(string pack, string id, string registry, string version)
        {
            var folder = Path.Combine(Folder, pack);
            var shared = RulePackCompiler.Compile(folder, "Contoso.Shared", $"namespace Contoso.Shared; public static class Registry {{ public static string Name => \"{registry}\"; }}", version: version);
            var source = RulePackCompiler.AllowedRegistrySource
                .Replace("\"CONTOSO001\", \"contoso-allowed-registry\"", $"\"{id}\", \"{id.ToLowerInvariant()}\"", System.StringComparison.Ordinal)
                .Replace("new[] { \"registry.example.com\" }", "new[] { Contoso.Shared.Registry.Name }", System.StringComparison.Ordinal);
            return RulePackCompiler.Compile(folder, pack, source, dependencies: new[] { shared });
        }

        var first = PackWith("Contoso.First", "FIRST001", "registry.one.example", "1.0.0");
        var second = PackWith("Contoso.Second", "SECOND001", "registry.two.example", "2.0.0");
        var dockerfile = Write("Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", dockerfile, "--plugin", first, "--plugin", second, "--format", "text");

        run.ExitCode.Should().Be(1, run.Error);
        run.Output.Should().Contain($"{dockerfile}:1:6: warning FIRST001 [first001] Image 'docker.io/library/alpine:3.20' is not from an allowed registry (registry.one.example)")
            .And.Contain($"{dockerfile}:1:6: warning SECOND001 [second001] Image 'docker.io/library/alpine:3.20' is not from an allowed registry (registry.two.example)");
    }

    [Test]
    public async Task An_analyzer_that_throws_on_a_file_is_SW0004_for_that_file_only()
    {
        var source = RulePackCompiler.AllowedRegistrySource.Replace("var allowed = c.GetOption(Rule, Allowed);", "if (c.Instruction.Image!.Value.Contains(\"boom\")) throw new InvalidOperationException(\"boom\");\n var allowed = c.GetOption(Rule, Allowed);", System.StringComparison.Ordinal);
        var pack = RulePackCompiler.Compile(Path.Combine(Folder, "boom"), "Contoso.Boom", source);
        Write("a/Dockerfile", "FROM registry.example.com/boom:1\nUSER app\n");
        var other = Write("b/Dockerfile", Dockerfile);

        var run = await CliRunner.RunAsync("lint", Folder, "--plugin", pack, "--format", "text");

        run.ExitCode.Should().Be(1, run.Error);
        run.Output.Should().Contain($"{Path.Combine(Folder, "a", "Dockerfile")}:1:1: error SW0004 [analyzer-failed] AllowedRegistryAnalyzer (CONTOSO001) failed on this file with InvalidOperationException: boom");
        run.Output.Should().Contain(Finding(other));
    }
}
