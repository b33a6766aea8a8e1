using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Integration.Tests.Packages.Plugins;

/// <summary>
/// A rule pack that uses a package of its own (Contoso.Policy, a small library packed into the feed): its package holds
/// the library's assembly beside the pack's and nothing of Seaworthy's, a real <c>dotnet build</c> of a consumer runs its
/// rule, and <c>seaworthy lint --plugin</c> runs it from the pack's build output, the assembly and its folder alike.
/// </summary>
public sealed class RulePackDependencyTests
{
    private const string Pack = "Contoso.PolicyRules";

    private const string Library = "Contoso.Policy";

    private const string Finding = "Image 'docker.io/library/alpine:3.20' is not on Contoso's registry (registry.contoso.example)";

    private string _folder = string.Empty;

    private string _project = string.Empty;

    [OneTimeSetUp]
    public void PackTheLibraryAndThePack()
    {
        _folder = PackedFeed.NewFolder("rule-pack-dependency");
        var library = Path.Combine(_folder, Library);
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Combine(library, Library + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Version>1.0.0</Version>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(library, "Registry.cs"), """
            namespace Contoso.Policy;

            public static class Registry
            {
                public const string Name = "registry.contoso.example";

                public static bool Holds(string image) => image.StartsWith(Name + "/", System.StringComparison.Ordinal);
            }
            """);
        var packLibrary = PackedFeed.Dotnet(library, "pack", "-c", "Release", "-o", PackedFeed.Feed, "-tl:off", "-nodeReuse:false");
        packLibrary.ExitCode.Should().Be(0, packLibrary.Output);

        _project = Path.Combine(_folder, Pack);
        Directory.CreateDirectory(_project);
        File.WriteAllText(Path.Combine(_project, Pack + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <SeaworthyRulePack>true</SeaworthyRulePack>
                <Version>2.0.0</Version>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Seaworthy" Version="{PackedFeed.Version}" />
                <PackageReference Include="{Library}" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        // The library is used only once a file is analysed: a dependency not found would be SW0004, not a load error.
        File.WriteAllText(Path.Combine(_project, "ContosoRegistryAnalyzer.cs"), """
            using System;
            using System.Collections.Generic;
            using Seaworthy.Analysis;
            using Seaworthy.Dockerfile;

            namespace Contoso.PolicyRules;

            public sealed class ContosoRegistryAnalyzer : Analyzer
            {
                public static readonly RuleDescriptor Rule = new(
                    "CONTOSO101", "contoso-registry", "Image not on Contoso's registry",
                    "Image '{0}' is not on Contoso's registry ({1})", RuleCategory.Security, Severity.Warning,
                    EnabledByDefault: true, Surfaces.Dockerfile, "https://contoso.example/rules/CONTOSO101", Array.Empty<string>());

                public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

                public override void Initialize(AnalysisContext context) =>
                    context.RegisterInstruction<FromInstruction>(c =>
                    {
                        if (c.Instruction.Image is { } image && !Contoso.Policy.Registry.Holds(image.Value))
                        {
                            c.Report(Rule, c.GetLocation(image.Span), image.Value, Contoso.Policy.Registry.Name);
                        }
                    });
            }
            """);
        var pack = PackedFeed.Dotnet(_project, "pack", "-c", "Release", "-o", PackedFeed.Feed, "-tl:off", "-nodeReuse:false");
        pack.ExitCode.Should().Be(0, pack.Output);
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM docker.io/library/alpine:3.20\nUSER 1000\nHEALTHCHECK CMD true\n");
    }

    [Test]
    public void The_package_holds_the_library_beside_the_pack_and_nothing_of_Seaworthys_own()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(PackedFeed.Feed, $"{Pack}.2.0.0.nupkg"));
        archive.Entries.Select(entry => entry.FullName).Where(entry => entry.StartsWith("seaworthy/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Should().Equal("seaworthy/analyzers/Contoso.Policy.dll", "seaworthy/analyzers/Contoso.PolicyRules.dll");
        using var stream = archive.GetEntry(Pack + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        nuspec.Descendants(nuspec.Root!.Name.Namespace + "dependency").Should().BeEmpty("the library travels inside the pack");
    }

    [Test]
    public void A_build_that_references_the_pack_reports_its_finding()
    {
        var consumer = PackedFeed.NewFolder("rule-pack-dependency-consumer");
        var dockerfile = Path.Combine(consumer, "Dockerfile");
        File.Copy(Path.Combine(_folder, "Dockerfile"), dockerfile);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), "System.Console.WriteLine(\"consumer\");\n");

        var build = PackedFeed.BuildConsumer(consumer, string.Empty, $"<PackageReference Include=\"{Pack}\" Version=\"2.0.0\" />");

        build.ExitCode.Should().Be(0, build.Output);
        build.Output.Should().Contain($"{dockerfile}(1,6,1,35): warning CONTOSO101: {Finding}").And.NotContain("SW0004");
    }

    [Test]
    public void The_command_line_runs_it_from_its_build_output()
    {
        var build = PackedFeed.Dotnet(_project, "build", "-c", "Release", "-tl:off", "-nodeReuse:false");
        build.ExitCode.Should().Be(0, build.Output);
        var output = Path.Combine(_project, "bin", "Release", "net10.0");
        File.Exists(Path.Combine(output, Library + ".dll")).Should().BeTrue("a rule pack's build copies its packages' assemblies");

        var tools = Path.Combine(_folder, "tools");
        var install = PackedFeed.Dotnet(_folder, "tool", "install", "Seaworthy.Cli.any", "--version", PackedFeed.Version, "--tool-path", tools);
        install.ExitCode.Should().Be(0, install.Output);
        foreach (var plugin in new[] { Path.Combine(output, Pack + ".dll"), output })
        {
            var lint = ProcessRunner.Run(Path.Combine(tools, "seaworthy"), new[] { "lint", "Dockerfile", "--plugin", plugin }, _folder, PackedFeed.ConsumerEnvironment);
            lint.ExitCode.Should().Be(1, lint.Output);
            lint.Output.Should().Contain($"Dockerfile:1:6: warning CONTOSO101 [contoso-registry] {Finding}").And.NotContain("SW0004");
        }
    }
}
