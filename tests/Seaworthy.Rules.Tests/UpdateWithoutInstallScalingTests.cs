using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Engine;

namespace Seaworthy.Rules.Tests;

/// <summary>SW2092 on a RUN of many updates: each update learns whether an install follows it from one scan of the RUN.</summary>
public sealed class UpdateWithoutInstallScalingTests
{
    [Test]
    public void In_a_RUN_of_16000_updates_only_those_before_the_install_are_fine()
    {
        const int Updates = 8_000;
        var updates = string.Join(" && ", Enumerable.Repeat("apt-get update", Updates));
        var text = $"FROM debian:12\nRUN {updates} && apt-get install -y curl && {updates}\n";

        var result = AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text);

        result.Diagnostics.Where(d => d.Id == "SW2092").Should().HaveCount(Updates, "only the updates after the install have none after them")
            .And.OnlyContain(d => d.Location.Column > ("RUN " + updates + " && apt-get install -y curl").Length);
    }
}
