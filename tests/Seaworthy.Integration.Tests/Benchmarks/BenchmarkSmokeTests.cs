using System;
using System.IO;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Benchmarks;

/// <summary>The benchmark project's short mode runs to the end: its times are printed, never checked.</summary>
public sealed class BenchmarkSmokeTests
{
    [Test]
    public void The_short_mode_runs_every_input_kind_once()
    {
        var project = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.Benchmarks");
        var examples = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");
        var run = ProcessRunner.Run("dotnet", new[] { "run", "--configuration", "Release", "--project", project, "--", "short", examples }, TestPaths.RepositoryRoot, timeout: TimeSpan.FromMinutes(10));

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("100 ENV lines:").And.Contain("10 kB kubernetes:").And.Contain(examples + ":");
        TestContext.Progress.WriteLine(run.Output);
    }
}
