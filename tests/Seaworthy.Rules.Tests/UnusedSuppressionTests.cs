using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;

namespace Seaworthy.Rules.Tests;

/// <summary>SW0003 unused-suppression: inputs that must report it with its exact span, and inputs that must not.</summary>
public sealed class UnusedSuppressionTests
{
    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# seaworthy ignore=run-as-root\nUSER app\n", 2, 1, 2, 31, "run-as-root")]
    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# hadolint ignore=DL3002\nUSER app\n", 2, 1, 2, 25, "DL3002")]
    [TestCase("Dockerfile", "# seaworthy global ignore=SW1001,SW1004\nFROM ubuntu:22.04\nHEALTHCHECK CMD true\nUSER app\n", 1, 1, 1, 40, "SW1001, SW1004")]
    [TestCase("compose.yaml", "services:\n  # seaworthy ignore=privileged-container\n  web:\n    image: nginx:1.27\n    privileged: false\n", 2, 3, 2, 42, "privileged-container")]
    [TestCase("deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seaworthy.dev/ignore: SW1007\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n", 6, 27, 6, 33, "seaworthy.dev/ignore: SW1007")]
    public void A_suppression_that_suppresses_nothing_is_reported_where_it_is_written(string name, string text, int line, int column, int endLine, int endColumn, string names)
    {
        var result = AnalysisEngine.CreateDefault().AnalyzeText(name, text);

        var unused = result.Diagnostics.Should().ContainSingle(d => d.Id == "SW0003").Subject;
        (unused.Location.Line, unused.Location.Column, unused.Location.EndLine, unused.Location.EndColumn).Should().Be((line, column, endLine, endColumn));
        unused.Message.Should().Be($"This suppression ({names}) suppresses nothing here: remove it, or it will hide a finding that appears later");
    }

    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# seaworthy ignore=run-as-root\nUSER root\n")]
    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# hadolint ignore=DL3002\nUSER root\n")]
    [TestCase("Dockerfile", "# seaworthy global ignore=SW1001\nFROM ubuntu:22.04\nUSER root\n")]
    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# seaworthy ignore=capabilities-not-dropped\nUSER app\n")]
    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# seaworthy ignore=no-such-rule\nUSER app\n")]
    [TestCase("Dockerfile", "FROM ubuntu:22.04\n# hadolint ignore=DL9999\nUSER app\n")]
    [TestCase("compose.yaml", "services:\n  # seaworthy ignore=privileged-container\n  web:\n    image: nginx:1.27\n    privileged: true\n")]
    [TestCase("deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    seaworthy.dev/ignore: SW1007\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n")]
    public void A_suppression_that_is_used_or_names_only_rules_that_are_off_or_unknown_is_not_reported(string name, string text)
    {
        var result = AnalysisEngine.CreateDefault().AnalyzeText(name, text);

        result.Diagnostics.Should().NotContain(d => d.Id == "SW0003");
    }

    [Test]
    public async Task A_dockerfile_built_by_a_service_has_its_suppressions_judged_where_it_is_linted()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-sw0003-").FullName;
        try
        {
            // The pragma is used by the Dockerfile's own analysis; the Compose analysis reads the Dockerfile for its image only.
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), "FROM ubuntu:22.04\n# seaworthy ignore=run-as-root\nUSER root\n");
            File.WriteAllText(Path.Combine(folder, "compose.yaml"), "services:\n  web:\n    build: .\n");

            var result = await AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { folder });

            result.Diagnostics.Should().NotContain(d => d.Id == "SW0003");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
