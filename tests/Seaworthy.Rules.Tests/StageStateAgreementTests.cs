using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;

namespace Seaworthy.Rules.Tests;

/// <summary>
/// Rules and the container model read one stage state, so under <c>--build-arg</c> they see the same values
/// (the rules used to walk the stages again without the build arguments).
/// </summary>
public sealed class StageStateAgreementTests
{
    private const string UserDockerfile = "FROM alpine:3.20\nARG U=root\nUSER $U\nRUN true\n";
    private const string ExposeDockerfile = "FROM alpine:3.20\nARG P=80\nEXPOSE $P\nUSER 1000\n";

    private static AnalysisResult Lint(string text, IReadOnlyDictionary<string, string>? buildArguments = null) =>
        AnalysisEngine.CreateDefault().AnalyzeText("Dockerfile", text, new AnalysisOptions { BuildArguments = buildArguments ?? new Dictionary<string, string>() });

    private static string[] Probe(string text, IReadOnlyDictionary<string, string>? buildArguments = null) =>
        new AnalysisEngine(new Analyzer[] { new StateProbe() })
            .AnalyzeText("Dockerfile", text, new AnalysisOptions { BuildArguments = buildArguments ?? new Dictionary<string, string>() })
            .Diagnostics.Select(d => d.Message).ToArray();

    [Test]
    public void With_a_build_argument_the_run_as_root_rule_a_rule_reading_the_state_and_the_container_see_the_given_user()
    {
        var arguments = new Dictionary<string, string> { ["U"] = "app" };

        Lint(UserDockerfile, arguments).Diagnostics.Should().NotContain(d => d.Id == "SW1001");
        Probe(UserDockerfile, arguments).Should().BeEquivalentTo("state user app", "container user app");
    }

    [Test]
    public void Without_a_build_argument_they_all_see_the_default_user()
    {
        Lint(UserDockerfile).Diagnostics.Should().ContainSingle(d => d.Id == "SW1001").Which.Location.Line.Should().Be(3);
        Probe(UserDockerfile).Should().BeEquivalentTo("state user root", "container user root");
    }

    [Test]
    public void With_a_build_argument_the_EXPOSE_rules_check_the_port_the_container_gets()
    {
        var arguments = new Dictionary<string, string> { ["P"] = "80/TCP" };

        // The message masks the build argument's value, as it masks every value given from outside the file.
        Lint(ExposeDockerfile, arguments).Diagnostics.Should().ContainSingle(d => d.Id == "SW2015")
            .Which.Message.Should().StartWith("Protocol 'TCP' in EXPOSE ");
        Lint(ExposeDockerfile).Diagnostics.Should().NotContain(d => d.Id == "SW2015");
        Probe(ExposeDockerfile, arguments).Should().Contain("container port with upper case");
        Probe(ExposeDockerfile).Should().Contain("container port without upper case");
    }

    // Reports what the state says at each RUN and what each container says.
    private sealed class StateProbe : Analyzer
    {
        private static readonly RuleDescriptor Rule = new(
            "TEST100", "state-probe", "State probe", "{0}", RuleCategory.Correctness, Severity.Warning, true, Surfaces.Dockerfile | Surfaces.Container, "https://example.invalid/TEST100", new[] { "hadolint:DL9100" });

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterShellCommand(c => c.Report(Rule, c.GetLocation(c.Instruction.Span), "state user " + c.State.User?.Value));
            context.RegisterContainer(c =>
            {
                c.Report(Rule, c.Container.Definition, "container user " + c.Container.User?.Value);
                foreach (var port in c.Container.ExposedPorts)
                {
                    // Only its casing: a message masks a value given from outside the file.
                    var upper = port.Value.Any(char.IsUpper);
                    c.Report(Rule, port.Location, upper ? "container port with upper case" : "container port without upper case");
                }
            });
        }
    }
}
