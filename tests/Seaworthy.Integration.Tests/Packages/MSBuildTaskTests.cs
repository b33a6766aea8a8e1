using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Packages;

/// <summary>
/// A fresh console project that references Seaworthy.MSBuild from the packed feed and holds the example
/// Dockerfile, which breaks SW1001-SW1004, built with a real <c>dotnet build</c>.
/// </summary>
public sealed class MSBuildTaskTests
{
    private const string SkippedAsUpToDate = "Skipping target \"SeaworthyLint\" because all output files are up-to-date";
    private const string Linted = "Seaworthy: linted 1 file, 5 findings.";

    // A canonical MSBuild line as the console logger writes it while building (the summary at the end repeats
    // each one without the "1>" node prefix): path(line,col,endLine,endCol): severity code: message [project]
    private static readonly Regex CanonicalLine = new(
        @"^\s*\d+>(?<path>\S.*?)\((?<position>\d+,\d+,\d+,\d+)\): (?<severity>warning|error) (?<id>SW\d{4}): (?<message>.*) \[[^\]]+\]$",
        RegexOptions.CultureInvariant);

    private string _project = string.Empty;
    private string _dockerfile = string.Empty;

    [OneTimeSetUp]
    public void CreateConsumer()
    {
        _project = PackedFeed.NewFolder("msbuild-consumer");
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(\"consumer\");\n");
        _dockerfile = Path.Combine(_project, "Dockerfile");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "Dockerfile"), _dockerfile);
    }

    [Test, Order(1)]
    public void A_build_reports_every_finding_at_its_exact_position_and_fails_on_the_error_rule()
    {
        var build = Build(string.Empty);

        Findings(build).Should().BeEquivalentTo(new[]
        {
            "(2,16,2,20): warning SW1002",
            "(7,5,7,14): error SW1003",
            "(12,1,12,20): warning SW1004",
            "(14,5,14,19): error SW1003",
            "(18,6,18,10): warning SW1001",
        });
        build.Lines.Should().Contain(line => line.Contains(_dockerfile + "(18,6,18,10): warning SW1001: Stage 1 runs as root: its last USER is 'root' [", StringComparison.Ordinal));
        build.Output.Should().NotContain("change-me-in-production", "secret values never reach a build log");
        build.ExitCode.Should().NotBe(0, "SW1003 is an error-severity rule and SeaworthyFailOn defaults to error");

        var again = Build(string.Empty);
        again.ExitCode.Should().NotBe(0, "a failed lint leaves no stamp, so the next build lints and fails again");
        again.Output.Should().Contain(Linted).And.NotContain(SkippedAsUpToDate);
    }

    [Test, Order(2)]
    public void NoWarn_removes_a_rule_as_it_does_a_compiler_warning()
    {
        var build = Build("<NoWarn>$(NoWarn);SW1004</NoWarn>");

        Findings(build).Should().BeEquivalentTo(new[]
        {
            "(2,16,2,20): warning SW1002",
            "(7,5,7,14): error SW1003",
            "(14,5,14,19): error SW1003",
            "(18,6,18,10): warning SW1001",
        });
    }

    [Test, Order(3)]
    public void WarningsAsErrors_fails_the_build_on_that_rule()
    {
        var build = Build("<SeaworthyFailOn>none</SeaworthyFailOn><WarningsAsErrors>$(WarningsAsErrors);SW1001</WarningsAsErrors>");

        Findings(build).Should().BeEquivalentTo(new[]
        {
            "(2,16,2,20): warning SW1002",
            "(7,5,7,14): warning SW1003",
            "(12,1,12,20): warning SW1004",
            "(14,5,14,19): warning SW1003",
            "(18,6,18,10): error SW1001",
        });
        build.ExitCode.Should().NotBe(0, "SW1001 is the only error");
    }

    [Test, Order(4)]
    public void TreatWarningsAsErrors_makes_every_rule_an_error_but_those_in_WarningsNotAsErrors()
    {
        var build = Build("<SeaworthyFailOn>none</SeaworthyFailOn><TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>SW1002</WarningsNotAsErrors>");

        Findings(build).Should().BeEquivalentTo(new[]
        {
            "(2,16,2,20): warning SW1002",
            "(7,5,7,14): error SW1003",
            "(12,1,12,20): error SW1004",
            "(14,5,14,19): error SW1003",
            "(18,6,18,10): error SW1001",
        });
        build.ExitCode.Should().NotBe(0);
    }

    [Test, Order(5)]
    public void A_build_with_nothing_changed_does_not_lint_again()
    {
        const string settings = "<SeaworthyFailOn>none</SeaworthyFailOn>";
        var first = Build(settings);
        first.ExitCode.Should().Be(0, first.Output);
        first.Output.Should().Contain(Linted);
        Findings(first).Should().HaveCount(5);

        var second = Build(settings);
        second.ExitCode.Should().Be(0, second.Output);
        second.Output.Should().Contain(SkippedAsUpToDate).And.NotContain(Linted);
        Findings(second).Should().BeEmpty();

        File.SetLastWriteTimeUtc(_dockerfile, DateTime.UtcNow.AddSeconds(2));
        var third = Build(settings);
        third.Output.Should().Contain(Linted, "a changed Dockerfile is linted again");
        TestContext.Progress.WriteLine(
            $"[integration] consumer build with lint: {first.Duration.TotalSeconds:F1} s; no-change rebuild (lint skipped): {second.Duration.TotalSeconds:F1} s; after touching the Dockerfile: {third.Duration.TotalSeconds:F1} s");
    }

    [Test, Order(6)]
    public void The_netstandard2_task_build_finds_the_same()
    {
        var task = Path.Combine(PackedFeed.Root, "packages", "seaworthy.msbuild", PackedFeed.Version, "tasks", "netstandard2.0", "Seaworthy.MSBuild.dll");
        File.Exists(task).Should().BeTrue();

        var build = Build($"<SeaworthyFailOn>none</SeaworthyFailOn><SeaworthyTaskAssembly>{task}</SeaworthyTaskAssembly>");

        build.ExitCode.Should().Be(0, build.Output);
        Findings(build).Should().BeEquivalentTo(new[]
        {
            "(2,16,2,20): warning SW1002",
            "(7,5,7,14): warning SW1003",
            "(12,1,12,20): warning SW1004",
            "(14,5,14,19): warning SW1003",
            "(18,6,18,10): warning SW1001",
        });
    }

    [Test, Order(7)]
    public void The_lint_writes_nothing_but_its_stamp_under_obj()
    {
        var sources = Directory.GetFiles(_project, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_project, path))
            .Where(path => !path.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !path.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        sources.Should().BeEquivalentTo("Consumer.csproj", "Program.cs", "Dockerfile");
        Directory.GetFiles(Path.Combine(_project, "obj"), "Seaworthy.*.stamp", SearchOption.AllDirectories).Should().ContainSingle();
    }

    private ProcessResult Build(string properties) => PackedFeed.BuildConsumer(_project, properties);

    // "(line,col,endLine,endCol): severity id" for each canonical line about the Dockerfile.
    private string[] Findings(ProcessResult build) =>
        build.Lines.Select(line => CanonicalLine.Match(line))
            .Where(match => match.Success)
            .Select(match =>
            {
                match.Groups["path"].Value.Should().Be(_dockerfile);
                return $"({match.Groups["position"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}";
            })
            .ToArray();
}
