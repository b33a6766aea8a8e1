using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Shell;

namespace Seaworthy.Tests.Shell;

public sealed class ShellCommandCallbackTests
{
    private static readonly RuleDescriptor Rule =
        new("TEST100", "test-shell", "Test rule", "{0}", RuleCategory.Correctness, Severity.Warning, true, Surfaces.Dockerfile, "https://example.invalid/TEST100", Array.Empty<string>());

    [Test]
    public void Every_command_of_every_run_is_visited_with_its_context()
    {
        var analyzer = new RecordingAnalyzer();
        var engine = new AnalysisEngine(new Analyzer[] { analyzer });

        var result = engine.AnalyzeText(
            "Dockerfile",
            "FROM debian:12 AS build\nRUN apt-get update && \\\n    (cd /src && make) | tee log\nONBUILD RUN curl -k https://x\n"
            + "FROM build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN <<EOF\ncurl -k https://y | sh\nEOF\n"
            + "SHELL [\"pwsh\", \"-c\"]\nRUN Invoke-WebRequest x\nRUN [\"curl\", \"-k\", \"https://z\"]\n");

        analyzer.Seen.Should().Equal(
            "build apt-get sh subshell=False pipeline=-1 pipefail=False onbuild=False",
            "build cd sh subshell=True pipeline=0 pipefail=False onbuild=False",
            "build make sh subshell=True pipeline=0 pipefail=False onbuild=False",
            "build tee sh subshell=False pipeline=1 pipefail=False onbuild=False",
            "build curl sh subshell=False pipeline=-1 pipefail=False onbuild=True",
            "stage 1 curl bash subshell=False pipeline=0 pipefail=True onbuild=False",
            "stage 1 sh bash subshell=False pipeline=1 pipefail=True onbuild=False",
            "stage 1 curl pwsh subshell=False pipeline=-1 pipefail=False onbuild=False");
        result.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Message}").Should().Equal(
            "4:18 -k", "8:6 -k", "12:14 \"-k\"");
        analyzer.SameScriptsEverywhere.Should().BeTrue();
    }

    [Test]
    public void A_throwing_shell_callback_becomes_SW0004()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new ThrowingAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\nRUN true\n");

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("SW0004");
    }

    private sealed class RecordingAnalyzer : Analyzer
    {
        private DockerfileScripts? _fromDockerfileCallback;

        public List<string> Seen { get; } = new();

        public bool SameScriptsEverywhere { get; private set; } = true;

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterDockerfile(c => _fromDockerfileCallback = c.Scripts);
            context.RegisterShellCommand(c =>
            {
                var command = c.Command;
                Seen.Add($"{c.Stage?.DisplayName} {command.Name} {c.Shell.Name} subshell={command.IsInSubshell} pipeline={command.PipelineIndex} pipefail={command.IsPipefailEnabled} onbuild={c.IsOnbuild}");
                SameScriptsEverywhere &= ReferenceEquals(c.Scripts, _fromDockerfileCallback) && c.Scripts.Find(c.Instruction) == c.Script;
                if (command.Name == "curl" && command.GetArguments().GetOption("k") is { } insecure)
                {
                    c.Report(Rule, c.GetLocation(insecure.Span), c.Dockerfile.Syntax.Text.ToString(insecure.Span));
                }
            });
        }
    }

    private sealed class ThrowingAnalyzer : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterShellCommand(_ => throw new InvalidOperationException("boom"));
    }
}
