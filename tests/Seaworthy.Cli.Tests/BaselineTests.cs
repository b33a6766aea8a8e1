using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

public sealed class BaselineTests
{
    private string _folder = null!;

    [SetUp]
    public void CopyCorpus()
    {
        // The shared Dockerfiles, copied so that they can be edited.
        _folder = Directory.CreateTempSubdirectory("seaworthy-baseline-").FullName;
        foreach (var file in Directory.EnumerateFiles(TestPaths.CorpusPath("dockerfiles"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, "corpus", Path.GetRelativePath(TestPaths.CorpusPath("dockerfiles"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Lines_inserted_above_bring_back_nothing_and_only_the_new_problem_is_reported()
    {
        var baseline = Path.Combine(_folder, "seaworthy-baseline.json");
        var corpus = Path.Combine(_folder, "corpus");
        var (written, _, writeError) = await CliRunner.RunAsync("lint", corpus, "--format", "json", "--write-baseline", baseline);
        written.Should().Be(0);
        writeError.Should().MatchRegex(@"^seaworthy: \d+ findings recorded in the baseline ");

        // A comment and a blank line at the top of ten files, and one new problem in an eleventh.
        var dockerfiles = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Where(path => Path.GetFileName(path).StartsWith("Dockerfile", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in dockerfiles.Take(10))
        {
            File.WriteAllText(file, "# moved down by two lines\n\n" + File.ReadAllText(file));
        }

        File.AppendAllText(dockerfiles[10], "\nEXPOSE 99999\n");

        var (exitCode, output, error) = await CliRunner.RunAsync("lint", corpus, "--format", "json", "--baseline", baseline, "--fail-on", "info");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        using var report = JsonDocument.Parse(output);
        var finding = report.RootElement.GetProperty("diagnostics").EnumerateArray().Should().ContainSingle().Subject;
        finding.GetProperty("path").GetString().Should().Be(dockerfiles[10]);
        finding.GetProperty("line").GetInt32().Should().Be(File.ReadAllLines(dockerfiles[10]).Length);
        finding.GetProperty("message").GetString().Should().Contain("99999");
    }

    [Test]
    public async Task A_fixed_finding_is_counted_and_the_baseline_file_is_sorted_and_relative()
    {
        var baseline = Path.Combine(_folder, "seaworthy-baseline.json");
        var file = Path.Combine(_folder, "app", "Dockerfile");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "FROM ubuntu\nUSER root\n");
        await CliRunner.RunAsync("lint", file, "--write-baseline", baseline);

        using (var written = JsonDocument.Parse(File.ReadAllText(baseline)))
        {
            var entries = written.RootElement.GetProperty("findings").EnumerateArray().ToArray();
            entries.Select(entry => entry.GetProperty("path").GetString()).Should().OnlyContain(path => path == "app/Dockerfile");
            entries.Select(entry => entry.GetProperty("rule").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
        }

        File.WriteAllText(file, "FROM ubuntu\nUSER app\n");
        var (exitCode, _, error) = await CliRunner.RunAsync("lint", file, "--baseline", baseline);

        exitCode.Should().Be(0);
        error.Should().Contain("1 baseline entries match no finding any more (fixed); rewrite the baseline with --write-baseline");
    }

    [Test]
    public async Task The_configuration_names_the_baseline_relative_to_its_folder_unless_the_option_is_given()
    {
        var corpus = Path.Combine(_folder, "corpus");
        var configuration = Path.Combine(_folder, "ci", "seaworthy.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(configuration)!);
        File.WriteAllText(configuration, "fail-on: info\nbaseline: ../seaworthy-baseline.json\n");
        await CliRunner.RunAsync("lint", corpus, "--write-baseline", Path.Combine(_folder, "seaworthy-baseline.json"));

        var (exitCode, output, _) = await CliRunner.RunAsync("lint", corpus, "--config", configuration, "--format", "json");
        var (withOption, _, optionError) = await CliRunner.RunAsync("lint", corpus, "--config", configuration, "--baseline", Path.Combine(_folder, "missing.json"));

        exitCode.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        withOption.Should().Be(2);
        optionError.Should().StartWith("seaworthy: cannot read the baseline ").And.Contain("missing.json");
    }

    [TestCase("{}")]
    [TestCase("[1]")]
    [TestCase("{\"version\": 1, \"findings\": [{\"rule\": 3}]}")]
    [TestCase("not json")]
    public async Task A_file_that_is_not_a_baseline_is_a_usage_error(string content)
    {
        var baseline = Path.Combine(_folder, "bad.json");
        File.WriteAllText(baseline, content);

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", Path.Combine(_folder, "corpus"), "--baseline", baseline);

        exitCode.Should().Be(2);
        error.Should().StartWith($"seaworthy: cannot read the baseline {baseline}: ");
    }
}
