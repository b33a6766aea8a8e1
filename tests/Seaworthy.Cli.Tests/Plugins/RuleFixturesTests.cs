using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests.Plugins;

/// <summary>Seaworthy.Testing's fixture runner on a rule pack's rule, as a pack's own tests use it.</summary>
public sealed class RuleFixturesTests : FolderTests
{
    private AnalysisEngine _engine = null!;

    private string Fixtures => Path.Combine(Folder, "Fixtures");

    [SetUp]
    public void LoadPack()
    {
        var pack = RulePackCompiler.Compile(Path.Combine(Folder, "pack"), "Contoso.ContainerRules", RulePackCompiler.AllowedRegistrySource);
        var assembly = new AssemblyLoadContext("fixtures", isCollectible: true).LoadFromAssemblyPath(pack);
        _engine = new AnalysisEngine(new[] { (Analyzer)Activator.CreateInstance(assembly.GetType("Contoso.ContainerRules.AllowedRegistryAnalyzer")!)! });
    }

    [Test]
    public void Fixtures_are_found_by_rule_and_pass_when_the_expect_comments_match()
    {
        Write("Fixtures/CONTOSO001/fires-docker-hub.Dockerfile", "# expect CONTOSO001 2:6-2:12 Image 'alpine' is not from an allowed registry (registry.example.com)\nFROM alpine\n");
        Write("Fixtures/CONTOSO001/ok-mirror.Dockerfile", "FROM registry.example.com/alpine:3.20\n");

        var fixtures = RuleFixtures.Find(Fixtures);

        fixtures.Select(Path.GetFileName).Should().Equal("fires-docker-hub.Dockerfile", "ok-mirror.Dockerfile");
        fixtures.Select(fixture => RuleFixtures.RuleIdOf(Fixtures, fixture)).Should().OnlyContain(id => id == "CONTOSO001");
        foreach (var fixture in fixtures)
        {
            RuleFixtures.Verify(_engine, Fixtures, fixture);
        }
    }

    [TestCase("# expect CONTOSO001 2:6-2:13 Image 'alpine' is not from an allowed registry (registry.example.com)\nFROM alpine\n", "differ from the expect comments")]
    [TestCase("# expect CONTOSO001 2:6-2:12 Image 'alpine' is wrong\nFROM alpine\n", "differ from the expect comments")]
    [TestCase("# expect CONTOSO001 2:6\nFROM alpine\n", "an expect comment lacks a rule, a span")]
    [TestCase("FROM registry.example.com/alpine:3.20\n", "a fires- fixture must expect a finding")]
    public void A_fixture_that_does_not_match_fails_with_what_differs(string text, string problem)
    {
        var fixture = Write("Fixtures/CONTOSO001/fires-wrong.Dockerfile", text);

        var verify = () => RuleFixtures.Verify(_engine, Fixtures, fixture);

        verify.Should().Throw<FixtureMismatchException>().WithMessage($"*{problem}*");
    }

    [Test]
    public void Span_only_comments_get_their_messages_written_when_asked()
    {
        var fixture = Write("Fixtures/CONTOSO001/fires-new.Dockerfile", "# expect CONTOSO001 2:6-2:12\nFROM alpine\n");
        Environment.SetEnvironmentVariable(RuleFixtures.WriteMessagesVariable, "1");
        try
        {
            RuleFixtures.Verify(_engine, Fixtures, fixture);
        }
        finally
        {
            Environment.SetEnvironmentVariable(RuleFixtures.WriteMessagesVariable, null);
        }

        File.ReadAllText(fixture).Should().StartWith("# expect CONTOSO001 2:6-2:12 Image 'alpine' is not from an allowed registry (registry.example.com)\n");
    }
}
