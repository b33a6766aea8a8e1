using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Packages;

/// <summary>A console project that references Seaworthy and Seaworthy.Rules from the feed and runs the core package README's sample.</summary>
public sealed class LibraryConsumerTests
{
    [Test]
    public void The_package_README_sample_lints_a_string_from_code()
    {
        var folder = PackedFeed.NewFolder("library-consumer");
        File.WriteAllText(Path.Combine(folder, "LibraryConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Seaworthy" Version="{PackedFeed.Version}" />
                <PackageReference Include="Seaworthy.Rules" Version="{PackedFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ReadmeSample());

        var run = PackedFeed.Dotnet(folder, "run");

        run.ExitCode.Should().Be(0, run.Output);
        run.Lines.Where(line => line.Length > 0).Should().Equal(
            "1:1 Info SW1004 Stage 0 defines no HEALTHCHECK, so nothing notices when the process hangs",
            "1:6 Warning SW1002 Stage 0 uses image 'ubuntu' without a tag, so every build may get a different image",
            "2:5 Error SW1003 Environment variable 'API_TOKEN' looks like a secret (its name contains 'token'): value ********",
            "3:6 Warning SW1001 Stage 0 runs as root: its last USER is 'root'");
        run.Output.Should().NotContain("hunter2");
        TestContext.Progress.WriteLine($"[integration] library consumer restore, build and run: {run.Duration.TotalSeconds:F1} s");
    }

    // The first C# block of the core package's README, so the sample people copy is the one that is tested.
    private static string ReadmeSample()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "Seaworthy", "README.md"));
        var block = Regex.Match(readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("the README shows the library used from code");
        return block.Groups["code"].Value;
    }
}
