using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Testing;
using Seaworthy.Workloads;

namespace Seaworthy.Tests.Engine;

public sealed class AnalysisEngineTests : FolderTests
{
    [Test]
    public void A_throwing_analyzer_becomes_SW0004_and_the_others_still_report()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new ThrowingAnalyzer(), new UserAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\nUSER root\n");

        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo("TEST002", "SW0004");
        var failure = result.Diagnostics.Single(d => d.Id == "SW0004");
        failure.Message.Should().Be("ThrowingAnalyzer (TEST001) failed on this file with InvalidOperationException: boom");
        failure.Location.Path.Should().Be("Dockerfile");
    }

    [Test]
    public void The_build_target_is_the_one_image_and_a_file_without_it_stops_the_run()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new ImageAnalyzer() });
        const string Dockerfile = "FROM a AS build\nFROM b AS test\nFROM c AS run\nCOPY --from=build /x /x\n";

        engine.AnalyzeText("Dockerfile", Dockerfile).Diagnostics.Select(d => d.Message).Should().Equal("run");
        engine.AnalyzeText("Dockerfile", Dockerfile, new AnalysisOptions { Target = "TEST" }).Diagnostics.Select(d => d.Message).Should().Equal("test");

        // Files are analyzed in parallel: the one that lacks the stage stops the run however the others went.
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), Dockerfile);
        Directory.CreateDirectory(Path.Combine(Folder, "tools"));
        File.WriteAllText(Path.Combine(Folder, "tools", "Dockerfile"), "FROM a\n");
        var run = () => engine.AnalyzeAsync(new[] { Folder }, new AnalysisOptions { Target = "build" }).GetAwaiter().GetResult();
        run.Should().Throw<ConfigurationException>().WithMessage("*tools*Dockerfile: the build target 'build' names no stage of this Dockerfile; it has no named stage");
    }

    [Test]
    public void A_message_is_made_of_the_arguments_as_they_were_when_reported_and_masked()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new ArgumentsAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\n");

        // The builder was changed after the report, and the token is a credential of the catalogue.
        var finding = result.Diagnostics.Should().ContainSingle().Subject;
        finding.Message.Should().Be("image a, 2 stages, before, token ghp_****************");
        finding.Should().Be(finding with { Message = "image a, 2 stages, before, token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB" });
    }

    [TestCase(1)]
    [TestCase(3)]
    public void A_rule_that_gives_other_than_as_many_arguments_as_its_message_uses_fails_in_its_own_call(int count)
    {
        var engine = new AnalysisEngine(new Analyzer[] { new ArgumentCountAnalyzer(count), new UserAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\nUSER root\n");

        result.Diagnostics.Select(d => d.Id).Should().BeEquivalentTo("TEST002", "SW0004");
        result.Diagnostics.Single(d => d.Id == "SW0004").Message.Should().Be(
            $"ArgumentCountAnalyzer (TEST007) failed on this file with FormatException: The message of TEST007 takes 2 arguments, and {count} were given.");
    }

    [Test]
    public void Reading_an_option_the_rule_does_not_declare_is_a_failure()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new UndeclaredOptionAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\n");

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be(
            "UndeclaredOptionAnalyzer (TEST009) failed on this file with InvalidOperationException: UndeclaredOptionAnalyzer read option 'names', which TEST009 does not declare.");
    }

    [TestCase("no arguments", -1)]
    [TestCase("{0} and {{1}} and {2:N0}", 2)]
    [TestCase("{{{10}}}", 10)]
    public void A_message_format_says_the_highest_argument_it_uses(string format, int highest)
    {
        (TestRule("TEST008") with { MessageFormat = format }).HighestArgumentIndex.Should().Be(highest);
    }

    [TestCase("compose.yaml", "services: !!x]\n")]
    [TestCase("compose.yaml", "services:\n  a:\n    image: !<x]>\n")]
    [TestCase("compose.yaml", "%TAG !e! tag:e.com,2000:a]\n---\nservices: !e!x 1\n")]
    [TestCase("compose.yaml", "services:\n  a:\n    image: \"\\UFFFFFFFF\"\n")]
    [TestCase("compose.yaml", "services:\n  a:\n    image: \"\\uD800\\uD800\"\n")]
    [TestCase("deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata: !!x]\n")]
    [TestCase("deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"\\UFFFFFFFF\"\n")]
    [TestCase("deploy.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"\\uD800\\uD800\"\n")]
    public void YAML_that_YamlDotNet_throws_on_is_a_syntax_error_and_the_other_files_keep_their_results(string name, string yaml)
    {
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "FROM a\nUSER root\n");
        Directory.CreateDirectory(Path.Combine(Folder, "bad"));
        File.WriteAllText(Path.Combine(Folder, "bad", name), yaml);
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        var result = engine.AnalyzeAsync(new[] { Folder }).GetAwaiter().GetResult();
        var fromInput = engine.AnalyzeText(name, yaml);

        result.Diagnostics.Should().Contain(d => d.Id == "TEST002" && d.Location.Path == Path.Combine(Folder, "Dockerfile"));
        var syntax = result.Diagnostics.Should().ContainSingle(d => d.Location.Path == Path.Combine(Folder, "bad", name)).Subject;
        syntax.Id.Should().Be("SW0001");
        syntax.Message.Should().StartWith("not valid YAML here: ");
        (syntax.Location.Line, syntax.Location.Column).Should().NotBe((1, 1), "it points where the parser stopped");
        fromInput.Diagnostics.Select(d => (d.Id, d.Message, d.Location.Line)).Should().Equal((syntax.Id, syntax.Message, syntax.Location.Line));
    }

    [Test]
    public void A_file_whose_reading_or_modelling_throws_is_one_SW0004_and_the_other_files_keep_their_results()
    {
        File.WriteAllText(Path.Combine(Folder, "Dockerfile"), "FROM a\nUSER root\n");
        Directory.CreateDirectory(Path.Combine(Folder, "app"));
        File.WriteAllText(Path.Combine(Folder, "app", "compose.yaml"), "services:\n  web:\n    image: ${IMAGE}\n");
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        // The Compose loader looks the variable up in an environment that throws: the failure is outside any analyzer.
        var result = engine.AnalyzeAsync(new[] { Folder }, new AnalysisOptions { Environment = new ThrowingEnvironment() }).GetAwaiter().GetResult();

        result.Diagnostics.Select(d => (d.Id, Path.GetRelativePath(Folder, d.Location.Path))).Should().Equal(
            ("TEST002", "Dockerfile"),
            ("SW0004", Path.Combine("app", "compose.yaml")));
        result.Diagnostics[1].Message.Should().Be(
            "Seaworthy (reading and modelling the file, so every rule) failed on this file with InvalidOperationException: environment unavailable");
        result.Diagnostics[1].Location.Line.Should().Be(1);
        result.Files.Select(f => Path.GetRelativePath(Folder, f.Path)).Should().BeEquivalentTo(Path.Combine("app", "compose.yaml"), "Dockerfile");
    }

    [Test]
    public void Reporting_a_rule_the_analyzer_does_not_declare_is_a_failure()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new UndeclaredRuleAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\n");

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("reported TEST002, which is not among its supported rules");
    }

    [Test]
    public void Rules_off_by_default_run_only_when_enabled()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new OffByDefaultAnalyzer() });

        engine.AnalyzeText("Dockerfile", "FROM a\n").Diagnostics.Should().BeEmpty();
        engine.AnalyzeText("Dockerfile", "FROM a\n", new AnalysisOptions { EnableAllRules = true }).Diagnostics.Should().ContainSingle(d => d.Id == "TEST003");
    }

    [Test]
    public void Unknown_names_in_seaworthy_suppressions_are_reported_but_unknown_hadolint_codes_are_not()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        var result = engine.AnalyzeText("Dockerfile", "FROM a\n# seaworthy ignore=TEST002,no-such-rule\n# hadolint ignore=DL9999\nUSER root\n");

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("Suppression names 'no-such-rule', which is not a Seaworthy rule id or name");
    }

    [Test]
    public void Check_directive_skips_the_rules_whose_equivalents_name_the_skipped_checks()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer(), new MaintainerAnalyzer() });

        string Ids(string text) => string.Join(",", engine.AnalyzeText("Dockerfile", text).Diagnostics.Select(d => $"{d.Id}@{d.Location.Line}"));

        Ids("# check=skip=MaintainerDeprecated\nFROM a\nUSER root\nMAINTAINER me\n").Should().Be("TEST002@3");
        Ids("#check = skip=Other,UserCheck // a note\nFROM a\nUSER root\nMAINTAINER me\n").Should().Be("TEST004@4");
        Ids("# check=skip=Other, UserCheck\nFROM a\nUSER root\n").Should().Be("TEST002@3", "only the value's first blank-separated token counts");
        Ids("# check=skip=all\nFROM a\nUSER root\nMAINTAINER me\n").Should().BeEmpty();
        Ids("# check=skip=maintainerdeprecated\nFROM a\nMAINTAINER me\n").Should().Be("TEST004@3", "check names are case-sensitive, as in BuildKit");
        Ids("# check=skip=all;nonsense=1\nFROM a\nMAINTAINER me\n").Should().Be("TEST004@3", "BuildKit refuses an invalid directive");
        Ids("FROM a\n# check=skip=all\nMAINTAINER me\n").Should().BeEmpty("a check comment above an instruction applies to it");
        Ids("FROM a\n# check=skip=all\nMAINTAINER me\nMAINTAINER you\n").Should().Be("TEST004@4", "and only to it");
        Ids("FROM a\n# check=skip=all;bad=x\n# check=skip=all\nMAINTAINER me\n").Should().Be("TEST004@4", "BuildKit reads the first check comment and ignores it when invalid");
    }

    [Test]
    public void Check_directive_error_true_raises_those_rules_to_errors_and_experimental_enables_rules_off_by_default()
    {
        var engine = new AnalysisEngine(new Analyzer[] { new FromAnalyzer(), new MaintainerAnalyzer(), new OffByDefaultAnalyzer() });

        var raised = engine.AnalyzeText("Dockerfile", "# check=error=true\nFROM a\nMAINTAINER me\n").Diagnostics;
        raised.Select(d => $"{d.Id} {d.Severity}").Should().Equal("TEST005 Warning", "TEST004 Error");

        engine.AnalyzeText("Dockerfile", "# check=experimental=OffCheck\nFROM a\n").Diagnostics.Should().ContainSingle(d => d.Id == "TEST003");
        engine.AnalyzeText("Dockerfile", "# check=experimental=all;skip=all\nFROM a\n").Diagnostics.Should().ContainSingle(d => d.Id == "TEST003", "skip does not apply to experimental checks");
        engine.AnalyzeText("Dockerfile", "# check=skip=all\nFROM a\n").Diagnostics.Should().ContainSingle(d => d.Id == "TEST005", "rules with no BuildKit equivalent are not configured by it");
    }

    [Test]
    public void Folders_are_walked_by_file_name_honouring_gitignore_and_excludes()
    {
        Write("Dockerfile", "FROM a\nUSER root\n");
        Write("api/Dockerfile.prod", "FROM a\nUSER root\n");
        Write("web/web.Dockerfile", "FROM a\nUSER root\n");
        Write("web/Containerfile", "FROM a\nUSER root\n");
        Write("docs/README.md", "USER root\n");
        Write("docs/Dockerfile.dockerignore", "node_modules\n");
        Write("build/Dockerfile", "FROM a\nUSER root\n");
        Write("vendor/lib/Dockerfile", "FROM a\nUSER root\n");
        Write(".gitignore", "build/\n");
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        var result = engine.AnalyzeAsync(new[] { Folder }, new AnalysisOptions { Exclude = new[] { "vendor/**" } }).GetAwaiter().GetResult();

        result.Files.Select(f => Path.GetRelativePath(Folder, f.Path).Replace('\\', '/')).Should().Equal(
            "Dockerfile", "api/Dockerfile.prod", "web/Containerfile", "web/web.Dockerfile");
        result.Diagnostics.Should().HaveCount(4);
    }

    [Test]
    public void Bad_files_get_one_diagnostic_each_and_good_files_are_still_linted()
    {
        Write("a/Dockerfile", "FROM a\nUSER root\n");
        File.WriteAllBytes(Path.Combine(Folder, "b.Dockerfile"), new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01 });
        File.WriteAllBytes(Path.Combine(Folder, "c.Dockerfile"), Encoding.UTF8.GetBytes("FROM a\nUSER r").Concat(new byte[] { 0xC3, 0x28 }).ToArray());
        Write("d.Dockerfile", "");
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        var result = engine.AnalyzeAsync(new[] { Folder }).GetAwaiter().GetResult();

        string Describe(Diagnostic d) => $"{Path.GetFileName(d.Location.Path)} {d.Id} {d.Location.Line}:{d.Location.Column} {d.Message}";
        result.Diagnostics.Select(Describe).Should().Equal(
            "Dockerfile TEST002 2:6 root",
            "b.Dockerfile SW0005 1:1 binary file (NUL byte at offset 4); not analyzed",
            "c.Dockerfile SW0001 2:7 invalid UTF-8 (byte 0xC3 at offset 13); not analyzed",
            "d.Dockerfile SW0001 1:1 file with no instructions");
    }

    [Test]
    public void Files_over_the_size_limit_are_not_read()
    {
        Write("Dockerfile", "FROM a\n" + new string('#', 2000) + "\n");
        var engine = new AnalysisEngine(Array.Empty<Analyzer>());

        var result = engine.AnalyzeAsync(new[] { Folder }, new AnalysisOptions { MaxFileSize = 1000 }).GetAwaiter().GetResult();

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("file is 2008 bytes, larger than the limit of 1000; not analyzed");
    }

    [Test]
    public void Results_are_in_a_stable_order_whatever_the_parallelism()
    {
        for (var i = 0; i < 40; i++)
        {
            Write($"s{i:D2}/Dockerfile", "FROM a\nUSER root\nUSER 0\n");
        }

        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });
        var first = engine.AnalyzeAsync(new[] { Folder }).GetAwaiter().GetResult().Diagnostics.Select(d => d.ToString()).ToList();
        var second = engine.AnalyzeAsync(new[] { Folder }).GetAwaiter().GetResult().Diagnostics.Select(d => d.ToString()).ToList();

        first.Should().HaveCount(80).And.Equal(second);
        first.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    private static RuleDescriptor TestRule(string id, bool enabled = true, params string[] equivalents) =>
        new(id, "test-" + id.ToLowerInvariant(), "Test rule", "{0}", RuleCategory.Correctness, Severity.Warning, enabled, Surfaces.Dockerfile, "https://example.invalid/" + id, new[] { "hadolint:DL" + id.Substring(4) }.Concat(equivalents).ToArray());

    private sealed class ThrowingAnalyzer : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { TestRule("TEST001") };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDockerfile(_ => throw new InvalidOperationException("boom"));
    }

    // Names each container the Dockerfile describes as the image that runs.
    private sealed class ImageAnalyzer : Analyzer
    {
        public static readonly RuleDescriptor Rule = TestRule("TEST010", true);

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) => context.RegisterContainer(c =>
        {
            if (c.Container.Role == ContainerRole.Image)
            {
                c.Report(Rule, c.Container.Definition, c.Container.Name);
            }
        });
    }

    private sealed class UserAnalyzer : Analyzer
    {
        public static readonly RuleDescriptor Rule = TestRule("TEST002", true, "buildkit:UserCheck");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<UserInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.User!.Span), c.Instruction.User.Value));
    }

    private sealed class ThrowingEnvironment : IReadOnlyDictionary<string, string>
    {
        public int Count => throw Unavailable();

        public IEnumerable<string> Keys => throw Unavailable();

        public IEnumerable<string> Values => throw Unavailable();

        public string this[string key] => throw Unavailable();

        public bool ContainsKey(string key) => throw Unavailable();

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) => throw Unavailable();

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => throw Unavailable();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private static InvalidOperationException Unavailable() => new("environment unavailable");
    }

    private sealed class UndeclaredRuleAnalyzer : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { TestRule("TEST001") };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDockerfile(c => c.Report(UserAnalyzer.Rule, c.GetLocation(c.Dockerfile.Stages[0].From.Span), "x"));
    }

    private sealed class OffByDefaultAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST003", false, "buildkit:OffCheck");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDockerfile(c => c.Report(Rule, c.GetLocation(c.Dockerfile.Stages[0].From.Span), "x"));
    }

    private sealed class MaintainerAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST004", true, "buildkit:MaintainerDeprecated");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<MaintainerInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.KeywordSpan), "x"));
    }

    private sealed class FromAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST005");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<FromInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.KeywordSpan), "x"));
    }

    private sealed class ArgumentsAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST006") with { MessageFormat = "image {0}, {1} stages, {2}, token {3}" };

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDockerfile(c =>
            {
                var changing = new StringBuilder("before");
                c.Report(Rule, c.GetLocation(c.Dockerfile.Stages[0].From.Span), c.Dockerfile.Stages[0].From.Image!.Value, 2, changing, "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");
                changing.Append(" and after");
            });
    }

    private sealed class ArgumentCountAnalyzer(int count) : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST007") with { MessageFormat = "{0} and {1}" };

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDockerfile(c => c.Report(Rule, c.GetLocation(c.Dockerfile.Stages[0].From.Span), Enumerable.Range(0, count).Select(i => (object?)i).ToArray()));
    }

    private sealed class UndeclaredOptionAnalyzer : Analyzer
    {
        private static readonly RuleOption<IReadOnlyList<string>> Names = RuleOption.StringList("names", "names", new[] { "a" });

        private static readonly RuleDescriptor Rule = TestRule("TEST009");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDockerfile(c => c.Report(Rule, c.GetLocation(c.Dockerfile.Stages[0].From.Span), c.GetOption(Rule, Names)[0]));
    }
}
