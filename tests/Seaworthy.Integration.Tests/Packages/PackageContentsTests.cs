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

        // The tool's pointer package holds no code: its framework-dependent package carries the symbols.
        var symbols = id == "Seaworthy.Cli" ? "Seaworthy.Cli.any" : id;
        File.Exists(Path.Combine(PackedFeed.Feed, $"{symbols}.{PackedFeed.Version}.snupkg")).Should().BeTrue("symbols ship as a .snupkg");
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
    public void The_Cli_package_points_at_the_framework_dependent_and_the_native_packages_packed_beside_it()
    {
        var nuspec = ReadNuspec("Seaworthy.Cli", out var entries);
        XNamespace ns = nuspec.Root!.Name.Namespace;

        nuspec.Descendants(ns + "packageType").Select(type => type.Attribute("name")!.Value).Should().Equal("DotnetTool");
        entries.Should().NotContain(entry => entry.EndsWith(".dll", System.StringComparison.Ordinal), "the pointer holds no code");
        var settings = ReadToolSettings("Seaworthy.Cli", entries);
        settings.Descendants("Command").Single().Attribute("Name")!.Value.Should().Be("seaworthy");
        var packages = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(package => package.Attribute("RuntimeIdentifier")!.Value, package => package.Attribute("Id")!.Value);
        packages.Should().ContainKey("any").WhoseValue.Should().Be("Seaworthy.Cli.any");
        foreach (var (rid, id) in packages)
        {
            File.Exists(PackagePath(id)).Should().BeTrue($"the pointer names {id} for {rid}, so the feed must hold it");
        }
    }

    [Test]
    public void The_any_package_is_the_framework_dependent_tool()
    {
        var nuspec = ReadNuspec("Seaworthy.Cli.any", out var entries);
        XNamespace ns = nuspec.Root!.Name.Namespace;

        nuspec.Descendants(ns + "packageType").Select(type => type.Attribute("name")!.Value).Should().Equal("DotnetToolRidPackage");
        var command = ReadToolSettings("Seaworthy.Cli.any", entries).Descendants("Command").Single();
        command.Attribute("Name")!.Value.Should().Be("seaworthy");
        command.Attribute("EntryPoint")!.Value.Should().Be("Seaworthy.Cli.dll");
        command.Attribute("Runner")!.Value.Should().Be("dotnet");
        entries.Should().Contain("tools/net10.0/any/Seaworthy.Cli.dll");
    }

    [Test]
    public void The_native_package_holds_the_executable_and_the_managed_host_but_no_debug_file()
    {
        var native = "Seaworthy.Cli." + System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        if (!File.Exists(PackagePath(native)))
        {
            Assert.Ignore($"No {native} package was packed here (no clang, or a RID that is not declared).");
        }

        ReadNuspec(native, out var entries);
        var folder = $"tools/any/{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}/";
        var command = ReadToolSettings(native, entries).Descendants("Command").Single();
        command.Attribute("EntryPoint")!.Value.Should().Be("Seaworthy.Cli");
        command.Attribute("Runner")!.Value.Should().Be("executable");
        entries.Should().Contain(folder + "Seaworthy.Cli").And.Contain(folder + "managed/Seaworthy.Cli.dll").And.Contain(folder + "managed/Seaworthy.Cli.runtimeconfig.json");
        entries.Should().NotContain(entry => entry.EndsWith(".dbg", System.StringComparison.Ordinal) || entry.EndsWith(".pdb", System.StringComparison.Ordinal));
    }

    private static XDocument ReadToolSettings(string id, string[] entries)
    {
        var settings = entries.Single(entry => entry.EndsWith("/DotnetToolSettings.xml", System.StringComparison.Ordinal));
        using var archive = ZipFile.OpenRead(PackagePath(id));
        using var stream = archive.GetEntry(settings)!.Open();
        return XDocument.Load(stream);
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
