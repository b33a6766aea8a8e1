using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
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

    [Test]
    public void On_linux_x64_the_installed_command_is_the_native_binary_and_prints_what_the_framework_dependent_tool_prints()
    {
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            Assert.Ignore("The native package is packed on linux-x64 only on this machine's kind.");
        }

        Requirements.Program("clang", "apt-get install clang");
        var nativePath = Path.Combine(_folder, "native-tools");
        var install = PackedFeed.Dotnet(_folder, "tool", "install", "Seaworthy.Cli", "--version", PackedFeed.Version, "--tool-path", nativePath);
        install.ExitCode.Should().Be(0, install.Output);

        // The command is the NativeAOT image itself: an ELF with no managed entry assembly beside it to run.
        var native = new FileInfo(Path.Combine(nativePath, "seaworthy")).ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? Path.Combine(nativePath, "seaworthy");
        Path.GetFileName(native).Should().Be("Seaworthy.Cli");
        Path.GetFileName(Path.GetDirectoryName(native)).Should().Be("linux-x64");
        var magic = new byte[4];
        using (var stream = File.OpenRead(native))
        {
            stream.ReadExactly(magic);
        }

        magic.Should().Equal(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' });
        var toolFolder = Path.GetDirectoryName(native)!;
        Directory.GetFiles(toolFolder).Select(Path.GetFileName).Should().NotContain(new[] { "Seaworthy.Cli.dll", "Seaworthy.Cli.runtimeconfig.json", "Seaworthy.Cli.dbg" });

        // The framework-dependent build ships beside it (managed/) for what a native run hands to the JIT.
        var managedHost = ProcessRunner.Run("dotnet", new[] { Path.Combine(toolFolder, "managed", "Seaworthy.Cli.dll"), "--version" }, _folder, PackedFeed.ConsumerEnvironment);
        managedHost.ExitCode.Should().Be(0, managedHost.Output);
        managedHost.Output.Trim().Should().Be(PackedFeed.Version);

        // A rule pack is managed code: the native command hands the run to that build, which loads it (issue #16).
        var project = Path.Combine(_folder, "pack-project");
        var pack = RulePackCompiler.Compile(Path.Combine(project, "pack"), "Contoso.ContainerRules", RulePackCompiler.AllowedRegistrySource);
        File.WriteAllText(Path.Combine(project, "Dockerfile"), "FROM docker.io/library/alpine:3.20\nUSER 1000\n");
        var handedOff = ProcessRunner.Run(native, new[] { "lint", "Dockerfile", "--plugin", pack, "--verbose" }, project, PackedFeed.ConsumerEnvironment);
        handedOff.Output.Should().Contain("the framework-dependent build at " + Path.Combine(toolFolder, "managed", "Seaworthy.Cli.dll") + " runs this command");
        handedOff.Output.Should().Contain("rule pack Contoso.ContainerRules 1.2.0 loaded");
        handedOff.Output.Should().Contain("Dockerfile:1:6: warning CONTOSO001 [contoso-allowed-registry] Image 'docker.io/library/alpine:3.20' is not from an allowed registry (registry.example.com)");
        handedOff.ExitCode.Should().Be(1, handedOff.Output);

        // Copied away from its package (its files, not managed/), the native command has nothing to hand packs to.
        var alone = Path.Combine(_folder, "native-alone");
        Directory.CreateDirectory(alone);
        foreach (var file in Directory.GetFiles(toolFolder))
        {
            File.Copy(file, Path.Combine(alone, Path.GetFileName(file)));
        }

        var refused = ProcessRunner.Run(Path.Combine(alone, Path.GetFileName(native)), new[] { "lint", "Dockerfile", "--plugin", pack }, project, PackedFeed.ConsumerEnvironment);
        refused.ExitCode.Should().Be(2, refused.Output);
        refused.Output.Should().Be(
            $"seaworthy: rule packs are managed code, which this native build of seaworthy cannot load ({pack}), and the framework-dependent build it hands them to "
            + $"is not at {Path.Combine(alone, "managed", "Seaworthy.Cli.dll")}; install the Seaworthy.Cli.any package\n");

        // The framework-dependent package, as a machine without a native package gets it.
        var managedPath = Path.Combine(_folder, "managed-tools");
        var managedInstall = PackedFeed.Dotnet(_folder, "tool", "install", "Seaworthy.Cli.any", "--version", PackedFeed.Version, "--tool-path", managedPath);
        managedInstall.ExitCode.Should().Be(0, managedInstall.Output);
        var managed = Path.Combine(managedPath, "seaworthy");

        var corpora = Directory.GetDirectories(TestPaths.Corpus).Order(StringComparer.Ordinal).ToArray();
        corpora.Should().NotBeEmpty();
        foreach (var corpus in corpora)
        {
            var name = Path.GetFileName(corpus);
            var nativeReport = Path.Combine(_folder, name + ".native.json");
            var managedReport = Path.Combine(_folder, name + ".managed.json");
            var nativeRun = ProcessRunner.Run(native, new[] { "lint", ".", "--enable-all", "--format", "json", "-o", nativeReport }, corpus, PackedFeed.ConsumerEnvironment);
            var managedRun = ProcessRunner.Run(managed, new[] { "lint", ".", "--enable-all", "--format", "json", "-o", managedReport }, corpus, PackedFeed.ConsumerEnvironment);

            nativeRun.ExitCode.Should().Be(managedRun.ExitCode, $"{name}: {nativeRun.Output}");
            nativeRun.Output.Should().Be(managedRun.Output, name);
            File.ReadAllBytes(nativeReport).AsSpan().SequenceEqual(File.ReadAllBytes(managedReport)).Should().BeTrue($"the native report on {name} is the framework-dependent one, byte for byte");
            TestContext.Progress.WriteLine($"[integration] {name}: native {nativeRun.Duration.TotalSeconds:F2} s, framework-dependent {managedRun.Duration.TotalSeconds:F2} s");
        }
    }
}
