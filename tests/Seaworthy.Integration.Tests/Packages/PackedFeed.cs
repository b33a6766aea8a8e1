using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Packages;

/// <summary>
/// Packs the solution once for every test in this namespace into a local feed in a temporary folder, beside
/// a nuget.config that adds the feed to the machine's own sources. The consumers get a NuGet packages folder
/// and a dotnet home (where the local tool resolver cache lives) of their own, so nothing cached by an
/// earlier run can stand in for the packages just packed, and the user's caches are left alone.
/// </summary>
[SetUpFixture]
public sealed class PackedFeed
{
    private static string? _root;

    /// <summary>The folder that holds the feed, the nuget.config and every consumer project.</summary>
    public static string Root => _root ?? throw new InvalidOperationException("The feed is not packed.");

    public static string Feed => Path.Combine(Root, "feed");

    /// <summary>The version of every package, as packed.</summary>
    public static string Version { get; private set; } = string.Empty;

    /// <summary>The environment of every consumer: its own packages folder and dotnet home.</summary>
    public static IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(Root, "dotnet-home"),
    };

    [OneTimeSetUp]
    public void Pack()
    {
        _root = Path.Combine(Path.GetTempPath(), "seaworthy-it-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="seaworthy-packed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // NuGet reads its user configuration from the dotnet home: the consumers keep the machine's sources.
        var userConfiguration = Path.Combine(
            System.Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") ?? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile),
            ".nuget",
            "NuGet",
            "NuGet.Config");
        if (File.Exists(userConfiguration))
        {
            var copy = Path.Combine(Root, "dotnet-home", ".nuget", "NuGet", "NuGet.Config");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(userConfiguration, copy);
        }

        // The repository's own build, in the user's environment and caches. Where clang runs it makes the native
        // tool package too (NativeAOT: minutes, the slowest step of the suite), so that is done once, here.
        var pack = ProcessRunner.Run("dotnet", new[] { "pack", Path.Combine(TestPaths.RepositoryRoot, "Linter.sln"), "--configuration", "Release", "--output", Feed }, TestPaths.RepositoryRoot, timeout: TimeSpan.FromMinutes(25));
        pack.ExitCode.Should().Be(0, pack.Output);
        TestContext.Progress.WriteLine($"[integration] dotnet pack of the solution: {pack.Duration.TotalSeconds:F1} s");

        // The tool's pointer package, not its RID packages (Seaworthy.Cli.any.*, Seaworthy.Cli.linux-x64.*).
        Version = Directory.GetFiles(Feed, "Seaworthy.Cli.*.nupkg")
            .Select(path => Regex.Match(Path.GetFileName(path), @"^Seaworthy\.Cli\.([0-9].*)\.nupkg$"))
            .Single(match => match.Success).Groups[1].Value;
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Runs <c>dotnet</c> as a consumer of the feed.</summary>
    internal static ProcessResult Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", arguments, workingDirectory, ConsumerEnvironment);

    /// <summary>
    /// Writes <c>Consumer.csproj</c>, a console project that references Seaworthy.MSBuild from the feed with
    /// <paramref name="properties"/> and the extra <paramref name="references"/> items, into <paramref name="project"/>
    /// and builds it with a real <c>dotnet build</c>.
    /// </summary>
    internal static ProcessResult BuildConsumer(string project, string properties, string references = "")
    {
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Seaworthy.MSBuild" Version="{Version}" PrivateAssets="all" />
                {references}
              </ItemGroup>
            </Project>
            """);
        return Dotnet(project, "build", "-tl:off", "-v:n", "-nodeReuse:false");
    }

    /// <summary>A new folder under <see cref="Root"/>, where the feed's nuget.config applies.</summary>
    public static string NewFolder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
