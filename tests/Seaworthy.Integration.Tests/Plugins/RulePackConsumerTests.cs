using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Integration.Tests.Packages.Plugins;

/// <summary>
/// A rule pack packed as a rule author packs it, and a fresh console project that references Seaworthy.MSBuild and the
/// pack from the feed: a real <c>dotnet build</c> reports the pack's finding at its position, and NoWarn silences it.
/// </summary>
public sealed class RulePackConsumerTests
{
    private static readonly Regex PackLine = new(
        @"^\s*\d+>(?<path>\S.*?)\((?<position>\d+,\d+,\d+,\d+)\): (?<severity>warning|error) CONTOSO001: (?<message>.*) \[[^\]]+\]$",
        RegexOptions.CultureInvariant);

    private string _project = string.Empty;
    private string _dockerfile = string.Empty;

    [OneTimeSetUp]
    public void CreateConsumer()
    {
        _ = RulePackPackage.Path;
        _project = PackedFeed.NewFolder("rule-pack-consumer");
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(\"consumer\");\n");
        _dockerfile = Path.Combine(_project, "Dockerfile");
        File.WriteAllText(_dockerfile, "FROM docker.io/library/alpine:3.20\nUSER 1000\nHEALTHCHECK CMD true\n");
    }

    [Test]
    public void The_package_holds_the_pack_in_its_folder_with_the_props_that_add_it_and_nothing_of_Seaworthy()
    {
        using var archive = ZipFile.OpenRead(RulePackPackage.Path);
        var entries = archive.Entries.Select(entry => entry.FullName).ToArray();
        using var stream = archive.GetEntry(RulePackPackage.Id + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;

        entries.Should().Contain($"seaworthy/analyzers/{RulePackPackage.Id}.dll").And.Contain($"buildTransitive/{RulePackPackage.Id}.props");
        entries.Should().NotContain(entry => entry.StartsWith("lib/", StringComparison.Ordinal) || Path.GetFileName(entry).StartsWith("Seaworthy", StringComparison.Ordinal));
        nuspec.Descendants(ns + "dependency").Should().BeEmpty("the host supplies Seaworthy");
        nuspec.Root.Element(ns + "metadata")!.Element(ns + "developmentDependency")!.Value.Should().Be("true");
    }

    [Test, Order(1)]
    public void A_build_reports_the_packs_finding_at_its_exact_position()
    {
        var build = Build(string.Empty);

        build.ExitCode.Should().Be(0, build.Output);
        Findings(build).Should().Equal($"{_dockerfile}(1,6,1,35): warning CONTOSO001: Image 'docker.io/library/alpine:3.20' is not from an allowed registry (registry.example.com)");
    }

    [Test, Order(2)]
    public void NoWarn_silences_the_packs_rule()
    {
        var build = Build("<NoWarn>$(NoWarn);CONTOSO001</NoWarn>");

        build.ExitCode.Should().Be(0, build.Output);
        build.Output.Should().Contain("Seaworthy: linted 1 file");
        Findings(build).Should().BeEmpty();
    }

    private ProcessResult Build(string properties) =>
        PackedFeed.BuildConsumer(_project, properties, $"<PackageReference Include=\"{RulePackPackage.Id}\" Version=\"{RulePackPackage.Version}\" />");

    // The pack's canonical lines as the console logger writes them while building (the summary repeats them without "1>").
    private static string[] Findings(ProcessResult build) =>
        build.Lines.Select(line => PackLine.Match(line))
            .Where(match => match.Success)
            .Select(match => $"{match.Groups["path"].Value}({match.Groups["position"].Value}): {match.Groups["severity"].Value} CONTOSO001: {match.Groups["message"].Value}")
            .ToArray();
}
