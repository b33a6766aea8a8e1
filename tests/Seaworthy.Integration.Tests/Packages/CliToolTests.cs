using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Packages;

/// <summary>The packed Seaworthy.Cli installed as a local tool from a tool manifest, and into a tool path as a global tool is.</summary>
public sealed class CliToolTests
{
    private string _folder = string.Empty;

    [OneTimeSetUp]
    public void CreateFolder()
    {
        _folder = PackedFeed.NewFolder("tool-consumer");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "Dockerfile"), Path.Combine(_folder, "Dockerfile"));
    }

    [Test]
    public void Installed_as_a_local_tool_it_prints_the_package_version_and_lints()
    {
        PackedFeed.Dotnet(_folder, "new", "tool-manifest").ExitCode.Should().Be(0);
        var install = PackedFeed.Dotnet(_folder, "tool", "install", "Seaworthy.Cli", "--version", PackedFeed.Version);
        install.ExitCode.Should().Be(0, install.Output);
        var manifest = Directory.GetFiles(_folder, "dotnet-tools.json", SearchOption.AllDirectories).Single();
        File.ReadAllText(manifest).Should().Contain("\"seaworthy\"");

        var version = PackedFeed.Dotnet(_folder, "tool", "run", "seaworthy", "--", "--version");
        version.ExitCode.Should().Be(0, version.Output);
        version.Output.Trim().Should().Be(PackedFeed.Version);

        var lint = PackedFeed.Dotnet(_folder, "tool", "run", "seaworthy", "--", "lint", "--format", "msbuild", "Dockerfile");
        lint.ExitCode.Should().Be(1, lint.Output);
        lint.Lines.Should().Contain("Dockerfile(18,6,18,10): warning SW1001: Stage 1 runs as root: its last USER is 'root'");
        TestContext.Progress.WriteLine($"[integration] local tool install: {install.Duration.TotalSeconds:F1} s");
    }

    [Test]
    public void Installed_into_a_tool_path_as_a_global_tool_is_the_seaworthy_command_runs()
    {
        var toolPath = Path.Combine(_folder, "global-tools");
        var install = PackedFeed.Dotnet(_folder, "tool", "install", "Seaworthy.Cli", "--version", PackedFeed.Version, "--tool-path", toolPath);
        install.ExitCode.Should().Be(0, install.Output);

        var version = ProcessRunner.Run(Path.Combine(toolPath, "seaworthy"), new[] { "--version" }, _folder, PackedFeed.ConsumerEnvironment);
        version.ExitCode.Should().Be(0, version.Output);
        version.Output.Trim().Should().Be(PackedFeed.Version);

        var lint = ProcessRunner.Run(Path.Combine(toolPath, "seaworthy"), new[] { "lint", "Dockerfile" }, _folder, PackedFeed.ConsumerEnvironment);
        lint.ExitCode.Should().Be(1, lint.Output);
        lint.Output.Should().Contain("Dockerfile:18:6: warning SW1001 [run-as-root]");
    }
}
