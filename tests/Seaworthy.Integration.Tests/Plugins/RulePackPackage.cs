using System;
using System.IO;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Packages.Plugins;

/// <summary>
/// The sample rule pack (the analyzer of <see cref="RulePackCompiler.AllowedRegistrySource"/>) as a rule author makes it:
/// a class library that references the packed Seaworthy package with <c>SeaworthyRulePack</c> set, packed into the
/// feed once per run for every test that consumes it.
/// </summary>
internal static class RulePackPackage
{
    public const string Id = "Contoso.ContainerRules";

    public const string Version = "1.2.0";

    private static readonly Lazy<string> Packed = new(Pack);

    /// <summary>The packed .nupkg in the feed, packed on first use.</summary>
    public static string Path => Packed.Value;

    private static string Pack()
    {
        var project = PackedFeed.NewFolder("rule-pack");
        File.WriteAllText(System.IO.Path.Combine(project, Id + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <SeaworthyRulePack>true</SeaworthyRulePack>
                <Version>{Version}</Version>
                <Description>Contoso's container policy.</Description>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Seaworthy" Version="{PackedFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(System.IO.Path.Combine(project, "AllowedRegistryAnalyzer.cs"), RulePackCompiler.AllowedRegistrySource);
        var pack = PackedFeed.Dotnet(project, "pack", "-c", "Release", "-o", PackedFeed.Feed, "-tl:off", "-nodeReuse:false");
        pack.ExitCode.Should().Be(0, pack.Output);
        TestContext.Progress.WriteLine($"[integration] dotnet pack of the sample rule pack: {pack.Duration.TotalSeconds:F1} s");
        return System.IO.Path.Combine(PackedFeed.Feed, $"{Id}.{Version}.nupkg");
    }
}
