using System;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>Real files nobody wrote for us: every rule runs on the whole Dockerfile corpus without failing, and points inside the files.</summary>
public sealed class CorpusTests
{
    [Test]
    public void Every_rule_runs_on_the_dockerfile_corpus_and_every_diagnostic_points_inside_its_file()
    {
        var result = AnalysisEngine.CreateDefault()
            .AnalyzeAsync(new[] { TestPaths.CorpusPath("dockerfiles") }, new AnalysisOptions { EnableAllRules = true })
            .GetAwaiter().GetResult();

        result.Files.Should().HaveCountGreaterThan(200);
        result.Diagnostics.Should().NotContain(d => d.Id == "SW0004" || d.Id == "SW0005");
        var texts = result.Files.ToDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            var text = texts[diagnostic.Location.Path];
            text.Should().NotBeNull();
            var location = diagnostic.Location;
            (location.Span.Start >= 0 && location.Span.End <= text!.Text.Length).Should().BeTrue(diagnostic.ToString());
            text!.GetLocation(location.Span).Should().Be(location, "line and column agree with the span: " + diagnostic);
        }

        result.Diagnostics.Select(d => d.Id).Distinct().Should().Contain(new[] { "SW1001", "SW1002", "SW1004" });
    }
}
