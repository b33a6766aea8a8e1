using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Integration.Tests.Packages;

public sealed class PackageContentsTests
{
    private static readonly string[] PackageIds = { "Seaworthy", "Seaworthy.Rules", "Seaworthy.HostAudit", "Seaworthy.MSBuild", "Seaworthy.Cli", "Seaworthy.Testing" };

    [TestCaseSource(nameof(PackageIds))]
    public void Every_package_has_its_metadata_readme_and_symbols(string id)
    {
        var nuspec = ReadNuspec(id, out var entries);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "id")!.Value.Should().Be(id);
        metadata.Element(ns + "version")!.Value.Should().Be(PackedFeed.Version);
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        metadata.Element(ns + "tags")!.Value.Should().Contain("dockerfile");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "projectUrl")!.Value.Should().StartWith("https://");
        metadata.Element(ns + "repository")!.Attribute("url")!.Value.Should().StartWith("https://");
        metadata.Element(ns + "repository")!.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        entries.Should().Contain("README.md");
        File.Exists(Path.Combine(PackedFeed.Feed, $"{id}.{PackedFeed.Version}.snupkg")).Should().BeTrue("symbols ship as a .snupkg");
    }

    [TestCase("Seaworthy")]
    [TestCase("Seaworthy.Rules")]
    public void The_libraries_carry_both_targets_and_their_XML_documentation(string id)
    {
        ReadNuspec(id, out var entries);

        entries.Should().Contain($"lib/netstandard2.0/{id}.dll").And.Contain($"lib/netstandard2.0/{id}.xml")
            .And.Contain($"lib/net10.0/{id}.dll").And.Contain($"lib/net10.0/{id}.xml");
    }

    [Test]
    public void The_MSBuild_package_holds_each_task_build_beside_its_dependencies_and_no_MSBuild_assembly()
    {
        var nuspec = ReadNuspec("Seaworthy.MSBuild", out var entries);
        XNamespace ns = nuspec.Root!.Name.Namespace;

        nuspec.Root.Element(ns + "metadata")!.Element(ns + "developmentDependency")!.Value.Should().Be("true");
        nuspec.Descendants(ns + "dependency").Should().BeEmpty("the task's dependencies ship inside the package");
        foreach (var framework in new[] { "netstandard2.0", "net10.0" })
        {
            entries.Should().Contain(new[] { "Seaworthy.MSBuild.dll", "Seaworthy.dll", "Seaworthy.Rules.dll", "YamlDotNet.dll", "MAB.DotIgnore.dll" }
                .Select(file => $"tasks/{framework}/{file}"));

            // The task writes no text or HTML report: their libraries are not shipped with it.
            entries.Should().NotContain(new[] { "Spectre.Console.dll", "Spectre.Console.Ansi.dll", "Microsoft.Bcl.TimeProvider.dll", "Scriban.Signed.dll", "Microsoft.CSharp.dll" }
                .Select(file => $"tasks/{framework}/{file}"));
        }

        entries.Should().Contain(new[] { "build/", "buildTransitive/", "buildMultiTargeting/" }
            .SelectMany(folder => new[] { folder + "Seaworthy.MSBuild.props", folder + "Seaworthy.MSBuild.targets" }));
        entries.Should().NotContain(entry => Path.GetFileName(entry).StartsWith("Microsoft.Build", System.StringComparison.Ordinal));
        entries.Should().NotContain(entry => entry.StartsWith("lib/", System.StringComparison.Ordinal));
    }

    [Test]
    public void The_Cli_package_is_a_dotnet_tool_with_the_seaworthy_command()
    {
        var nuspec = ReadNuspec("Seaworthy.Cli", out var entries);
        XNamespace ns = nuspec.Root!.Name.Namespace;

        nuspec.Descendants(ns + "packageType").Select(type => type.Attribute("name")!.Value).Should().Equal("DotnetTool");
        var settings = entries.Single(entry => entry.EndsWith("/DotnetToolSettings.xml", System.StringComparison.Ordinal));
        using var archive = ZipFile.OpenRead(PackagePath("Seaworthy.Cli"));
        using var stream = archive.GetEntry(settings)!.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        command.Attribute("Name")!.Value.Should().Be("seaworthy");
        command.Attribute("EntryPoint")!.Value.Should().Be("Seaworthy.Cli.dll");
    }

    private static string PackagePath(string id) => Path.Combine(PackedFeed.Feed, $"{id}.{PackedFeed.Version}.nupkg");

    private static XDocument ReadNuspec(string id, out string[] entries)
    {
        using var archive = ZipFile.OpenRead(PackagePath(id));
        entries = archive.Entries.Select(entry => entry.FullName).ToArray();
        using var stream = archive.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
