using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Integration.Tests.Packages.Plugins;

/// <summary>
/// The rule-pack template as a rule author meets it: installed from the feed, instantiated, its sample tests run with
/// Seaworthy.Testing, and the pack packed with its assemblies where Seaworthy.MSBuild finds them.
/// </summary>
public sealed class RulePackTemplateTests
{
    [Test]
    public void A_new_rule_pack_tests_green_and_packs()
    {
        var template = Path.Combine(PackedFeed.Feed, $"Seaworthy.Templates.{PackedFeed.Version}.nupkg");
        var folder = PackedFeed.NewFolder("template");
        var project = Path.Combine(folder, "Acme.ContainerRules");

        var install = PackedFeed.Dotnet(folder, "new", "install", template);
        install.ExitCode.Should().Be(0, install.Output);
        var created = PackedFeed.Dotnet(folder, "new", "seaworthy-rulepack", "-n", "Acme.ContainerRules", "-o", project);
        created.ExitCode.Should().Be(0, created.Output);

        File.Exists(Path.Combine(project, "src", "Acme.ContainerRules", "AllowedRegistryAnalyzer.cs")).Should().BeTrue();
        File.Exists(Path.Combine(project, "docs", "rules", "CONTOSO001.md")).Should().BeTrue();
        File.ReadAllText(Path.Combine(project, "src", "Acme.ContainerRules", "Acme.ContainerRules.csproj")).Should().Contain($"Version=\"{PackedFeed.Version}\"");

        var test = ProcessRunner.Run("dotnet", new[] { "test", "-tl:off", "-nodeReuse:false" }, project, PackedFeed.ConsumerEnvironment, TimeSpan.FromMinutes(10));
        test.ExitCode.Should().Be(0, test.Output);
        test.Output.Should().MatchRegex(@"Passed:\s+2,", "the sample has one fires- and one ok- fixture");

        var pack = PackedFeed.Dotnet(project, "pack", "-o", "out", "-tl:off", "-nodeReuse:false");
        pack.ExitCode.Should().Be(0, pack.Output);
        using var archive = ZipFile.OpenRead(Path.Combine(project, "out", "Acme.ContainerRules.1.0.0.nupkg"));
        archive.Entries.Select(entry => entry.FullName).Should()
            .Contain("seaworthy/analyzers/Acme.ContainerRules.dll").And.Contain("buildTransitive/Acme.ContainerRules.props")
            .And.NotContain(entry => entry.StartsWith("lib/", StringComparison.Ordinal));
    }
}
