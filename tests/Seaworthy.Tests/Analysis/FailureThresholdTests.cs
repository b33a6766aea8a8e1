using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;

namespace Seaworthy.Tests.Analysis;

public sealed class FailureThresholdTests
{
    [TestCase("error", Severity.Error, true)]
    [TestCase("error", Severity.Warning, false)]
    [TestCase("Warning", Severity.Warning, true)]
    [TestCase(" warning ", Severity.Info, false)]
    [TestCase("INFO", Severity.Info, true)]
    [TestCase("info", Severity.Hidden, false)]
    [TestCase("none", Severity.Error, false)]
    public void A_threshold_fails_the_severities_at_or_above_it(string name, Severity severity, bool fails)
    {
        var threshold = FailureThreshold.Parse(name)!;

        threshold.Fails(severity).Should().Be(fails);
        threshold.Name.Should().Be(name.Trim().ToLowerInvariant());
    }

    [TestCase("")]
    [TestCase(null)]
    [TestCase("style")]
    [TestCase("sometimes")]
    public void Anything_else_is_not_a_threshold(string? name) =>
        FailureThreshold.Parse(name).Should().BeNull();

    [Test]
    public void The_names_are_the_thresholds()
    {
        FailureThreshold.Names.Should().Equal("error", "warning", "info", "none");
        FailureThreshold.Names.Select(FailureThreshold.Parse).Should().Equal(FailureThreshold.Error, FailureThreshold.Warning, FailureThreshold.Info, FailureThreshold.None);
    }
}
