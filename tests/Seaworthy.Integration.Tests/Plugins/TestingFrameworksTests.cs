using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Integration.Tests.Packages.Plugins;

/// <summary>
/// Seaworthy.Testing from the feed in a test project of each framework it claims (xUnit, MSTest, NUnit), testing the
/// packed sample pack: one <c>dotnet test</c> of a generated solution of three tiny projects, each with a fixture that
/// holds and one whose expect comment is wrong, which must fail in every framework with the fixture's own message.
/// </summary>
public sealed class TestingFrameworksTests
{
    private const string Image = "docker.io/library/alpine:3.20";

    private const string Found = $"fires-wrong-message.Dockerfile CONTOSO001 2:6-2:35 Image '{Image}' is not from an allowed registry (registry.example.com)";

    private const string Expected = "fires-wrong-message.Dockerfile CONTOSO001 2:6-2:35 Image from Docker Hub";

    // Versions of each framework's packages that restore on net10.0 and run under a plain dotnet test (VSTest).
    private static readonly Framework[] Frameworks =
    {
        new(
            "XUnit",
            """
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            """,
            "using Xunit;",
            "public sealed class FixtureTests",
            "IEnumerable<object[]>",
            "new object[] { path }",
            "[Theory, MemberData(nameof(Fixtures))]"),
        new(
            "MSTest",
            """
            <PackageReference Include="MSTest.TestFramework" Version="4.0.2" />
            <PackageReference Include="MSTest.TestAdapter" Version="4.0.2" />
            """,
            "using Microsoft.VisualStudio.TestTools.UnitTesting;",
            "[TestClass]\npublic sealed class FixtureTests",
            "IEnumerable<object[]>",
            "new object[] { path }",
            "[TestMethod, DynamicData(nameof(Fixtures))]"),
        new(
            "NUnit",
            """
            <PackageReference Include="NUnit" Version="4.4.0" />
            <PackageReference Include="NUnit3TestAdapter" Version="6.3.1" />
            """,
            "using NUnit.Framework;",
            "public sealed class FixtureTests",
            "IEnumerable<string>",
            "path",
            "[TestCaseSource(nameof(Fixtures))]"),
    };

    [Test]
    public void Its_fixtures_pass_and_fail_with_their_message_in_xUnit_MSTest_and_NUnit()
    {
        var packed = RulePackPackage.Path;
        var folder = PackedFeed.NewFolder("testing-frameworks");
        var fixtures = Path.Combine(folder, "Fixtures", "CONTOSO001");
        Directory.CreateDirectory(fixtures);
        File.WriteAllText(Path.Combine(fixtures, "fires-docker-hub.Dockerfile"), $"# expect CONTOSO001 2:6-2:35 Image '{Image}' is not from an allowed registry (registry.example.com)\nFROM {Image}\n");
        File.WriteAllText(Path.Combine(fixtures, "fires-wrong-message.Dockerfile"), $"# expect CONTOSO001 2:6-2:35 Image from Docker Hub\nFROM {Image}\n");
        foreach (var framework in Frameworks)
        {
            WriteProject(folder, framework);
        }

        PackedFeed.Dotnet(folder, "new", "sln", "-n", "Frameworks", "--format", "sln").ExitCode.Should().Be(0);
        var add = PackedFeed.Dotnet(folder, new[] { "sln", "Frameworks.sln", "add" }.Concat(Frameworks.Select(f => Path.Combine(f.Project, f.Project + ".csproj"))).ToArray());
        add.ExitCode.Should().Be(0, add.Output);

        var results = Path.Combine(folder, "results");
        var test = ProcessRunner.Run("dotnet", new[] { "test", "Frameworks.sln", "-tl:off", "-nodeReuse:false", "--logger", "trx", "--results-directory", results }, folder, PackedFeed.ConsumerEnvironment, TimeSpan.FromMinutes(10));
        TestContext.Progress.WriteLine($"[integration] dotnet test of Seaworthy.Testing in three frameworks: {test.Duration.TotalSeconds:F1} s");
        test.ExitCode.Should().Be(1, "each project has a failing fixture:\n" + test.Output);

        var outcomes = Directory.GetFiles(results, "*.trx").SelectMany(Outcomes).ToArray();
        foreach (var framework in Frameworks)
        {
            var mine = outcomes.Where(o => string.Equals(o.Project, framework.Project, StringComparison.OrdinalIgnoreCase)).ToArray();
            // NUnit shortens long arguments in a test's name: the failure is known by its message.
            mine.Select(o => o.Outcome).Order(StringComparer.Ordinal).Should().Equal(new[] { "Failed", "Passed" }, $"{framework.Project} runs two fixtures:\n{test.Output}");
            mine.Single(o => o.Outcome == "Passed").Message.Should().BeEmpty();
            mine.Single(o => o.Outcome == "Failed").Message.Should().Contain("Seaworthy.Testing.FixtureMismatchException", framework.Project)
                .And.Contain("fires-wrong-message.Dockerfile: the findings of CONTOSO001 differ from the expect comments.\n", framework.Project)
                .And.Contain($"expected:\n  {Expected}\n\nfound:\n  {Found}\n\n", framework.Project);
        }
    }

    private static void WriteProject(string folder, Framework framework)
    {
        var project = Path.Combine(folder, framework.Project);
        Directory.CreateDirectory(project);
        // The pack's assembly from its package (a development dependency, under seaworthy/analyzers/), as the tests'
        // reference: a packed pack tested by Seaworthy.Testing, the Seaworthy package coming with it.
        File.WriteAllText(Path.Combine(project, framework.Project + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                {framework.Packages}
                <PackageReference Include="Seaworthy.Testing" Version="{PackedFeed.Version}" />
                <PackageReference Include="{RulePackPackage.Id}" Version="{RulePackPackage.Version}" GeneratePathProperty="true" />
                <Reference Include="$(PkgContoso_ContainerRules)/seaworthy/analyzers/{RulePackPackage.Id}.dll" />
                <None Include="../Fixtures/**" LinkBase="Fixtures" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "FixtureTests.cs"), $$"""
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using Contoso.ContainerRules;
            using Seaworthy.Engine;
            using Seaworthy.Testing;
            {{framework.Using}}

            {{framework.Class}}
            {
                private static readonly AnalysisEngine Engine = new(new[] { new AllowedRegistryAnalyzer() });

                private static string Root => Path.Combine(Path.GetDirectoryName(typeof(FixtureTests).Assembly.Location)!, "Fixtures");

                public static {{framework.SourceType}} Fixtures() => RuleFixtures.Find(Root).Select(path => {{framework.SourceItem}});

                {{framework.Attribute}}
                public void Fixture(string path) => RuleFixtures.Verify(Engine, Root, path);
            }
            """);
    }

    // Each test's project, outcome and failure message in one .trx report (one report per test project).
    private static IEnumerable<(string Project, string Outcome, string Message)> Outcomes(string trx)
    {
        var document = XDocument.Load(trx);
        XNamespace ns = document.Root!.Name.Namespace;
        var storage = document.Descendants(ns + "UnitTest").Select(test => (string)test.Attribute("storage")!).Distinct().Single();
        var project = Path.GetFileNameWithoutExtension(storage);
        return document.Descendants(ns + "UnitTestResult").Select(result => (
            project,
            (string)result.Attribute("outcome")!,
            (result.Descendants(ns + "Message").FirstOrDefault()?.Value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    private sealed record Framework(string Name, string Packages, string Using, string Class, string SourceType, string SourceItem, string Attribute)
    {
        // Not the framework's own package id: a project named xunit or NUnit would be a restore cycle.
        public string Project => $"Pack.{Name}.Tests";
    }
}
