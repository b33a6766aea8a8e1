using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Tests.Configuration;

public sealed class ConfigurationTests : FolderTests
{
    [Test]
    public void Rule_levels_by_id_and_name_change_severity_or_switch_rules_off()
    {
        Write("Dockerfile", "FROM a\nUSER root\n");
        Write(".seaworthy.yaml", "rules:\n  TEST002: error\n  test-image: off\n");

        var result = Analyze();

        result.Diagnostics.Select(d => (d.Id, d.Severity)).Should().Equal(("TEST002", Severity.Error));
    }

    [Test]
    public void Rules_off_by_default_can_be_switched_on_by_configuration()
    {
        Write("Dockerfile", "FROM a\n");
        Write(".seaworthy.yaml", "rules:\n  TEST003: warning\n");

        Analyze().Diagnostics.Should().ContainSingle(d => d.Id == "TEST003" && d.Severity == Severity.Warning);
    }

    [Test]
    public void Ignore_globs_leave_files_out_and_overrides_apply_by_path()
    {
        Write("app/Dockerfile", "FROM a\nUSER root\n");
        Write("legacy/Dockerfile", "FROM a\nUSER root\n");
        Write("vendor/x/Dockerfile", "FROM a\nUSER root\n");
        Write(".seaworthy.yaml", "ignore:\n  - vendor/**\noverrides:\n  - files: [legacy/**]\n    rules:\n      TEST002: info\n");

        var result = Analyze();

        result.Files.Select(f => Relative(f.Path)).Should().Equal("app/Dockerfile", "legacy/Dockerfile");
        result.Diagnostics.Where(d => d.Id == "TEST002").Select(d => (Relative(d.Location.Path), d.Severity))
            .Should().Equal(("app/Dockerfile", Severity.Warning), ("legacy/Dockerfile", Severity.Info));
    }

    [Test]
    public void The_nearest_configuration_wins()
    {
        Write("Dockerfile", "FROM a\nUSER root\n");
        Write("sub/Dockerfile", "FROM a\nUSER root\n");
        Write(".seaworthy.yaml", "rules:\n  TEST002: error\n");
        Write("sub/.seaworthy.yml", "rules:\n  TEST002: off\n");

        Analyze().Diagnostics.Where(d => d.Id == "TEST002").Select(d => Relative(d.Location.Path)).Should().Equal("Dockerfile");
    }

    [Test]
    public void A_hadolint_configuration_is_imported_when_there_is_no_seaworthy_configuration()
    {
        Write("Dockerfile", "FROM a\nUSER root\n");
        Write(".hadolint.yaml", "ignored:\n  - DL9001\n  - SC2086\noverride:\n  error:\n    - DL9002\ntrustedRegistries:\n  - docker.io\nfailure-threshold: style\nlabel-schema:\n  maintainer: text\nstrict-labels: true\n");

        var configuration = Engine().ConfigurationFor(Path.Combine(Folder, "Dockerfile"));

        configuration.Rules.Should().Contain(new KeyValuePair<string, Severity?>("TEST002", Severity.Error));
        configuration.Rules.Should().Contain(new KeyValuePair<string, Severity?>("TEST001", null));
        configuration.FailOn.Should().Be(FailureThreshold.Info);
        configuration.Settings.TrustedRegistries.Should().Equal("docker.io");
        configuration.Settings.RequiredLabels.Should().Contain("maintainer", "text");
        configuration.Settings.StrictLabels.Should().BeTrue();
        Analyze().Diagnostics.Should().ContainSingle(d => d.Id == "TEST002" && d.Severity == Severity.Error);
    }

    [Test]
    public void A_seaworthy_configuration_takes_precedence_over_a_hadolint_one()
    {
        Write("Dockerfile", "FROM a\nUSER root\n");
        Write(".hadolint.yaml", "ignored: [DL9002]\n");
        Write("sub/.seaworthy.yaml", "fail-on: error\n");

        Engine().ConfigurationFor(Path.Combine(Folder, "sub", "Dockerfile")).FailOn.Should().Be(FailureThreshold.Error);
        Engine().ConfigurationFor(Path.Combine(Folder, "Dockerfile")).Rules.Should().ContainKey("TEST002");
    }

    [TestCase("colour: red\n", "1:1: unknown key 'colour'")]
    [TestCase("rules:\n  SW9999: off\n", "2:3: unknown rule 'SW9999'")]
    [TestCase("rules:\n  TEST002: loud\n", "2:12: 'loud' is not one of error, warning, info, hidden, off")]
    [TestCase("required-labels:\n  version: number\n", "2:12: 'number' is not one of text, url, semver, hash, rfc3339, spdx, email")]
    [TestCase("rules: [a\n", "2:1:")]
    [TestCase("- a\n- b\n", "1:1: the configuration must be a mapping")]
    [TestCase("rules: !!x]\n", "1:12: not valid YAML here: Global tags must be valid URIs.")]
    [TestCase("rules: !<x]>\n", "1:13: not valid YAML here: Global tags must be valid URIs.")]
    [TestCase("%TAG !e! tag:e.com,2000:a]\n---\nrules: !e!x 1\n", "3:12: not valid YAML here: Global tags must be valid URIs.")]
    [TestCase("fail-on: \"\\UFFFFFFFF\"\n", "1:21: not valid YAML here: an escape sequence does not stand for a Unicode character")]
    [TestCase("fail-on: \"\\uD800\\uD800\"\n", "1:23: not valid YAML here: an escape sequence does not stand for a Unicode character")]
    [TestCase("fail-on: error\n---\nfail-on: none\n", "3:1: a configuration file holds one YAML document")]
    [TestCase("fail-on: error\n---\n", "3:2: a configuration file holds one YAML document")]
    [TestCase("ignore: [\"[\"]\n", "1:10: '[' is not a usable file glob: only '*' and '**' are wildcards")]
    [TestCase("ignore:\n  - ok/**\n  - \"**/*.{yml,yaml}\"\n", "3:5: '**/*.{yml,yaml}' is not a usable file glob")]
    [TestCase("ignore: \"\"\n", "1:9: '' is not a usable file glob: it is empty")]
    [TestCase("ignore: [\"/etc/**\"]\n", "1:10: '/etc/**' is not a usable file glob: globs are relative")]
    [TestCase("ignore: [\"../x\"]\n", "1:10: '../x' is not a usable file glob: globs cannot leave")]
    [TestCase("ignore: [\"!vendor\"]\n", "1:10: '!vendor' is not a usable file glob")]
    [TestCase("overrides:\n  - files: [\"a[0-9]\"]\n    rules: {TEST002: off}\n", "2:13: 'a[0-9]' is not a usable file glob")]
    [TestCase("ignore: {a: b}\n", "1:9: expected a list of strings")]
    [TestCase("fail-on: [error]\n", "1:10: expected a single value")]
    [TestCase("fail-on: ~\n", "1:10: '~' is not one of error, warning, info, none")]
    [TestCase("strict-labels: 99999999999999999999999999\n", "1:16: '99999999999999999999999999' is not one of true, false")]
    [TestCase("rules:\n  TEST002: !!int 1e999\n", "2:12: '1e999' is not one of error")]
    [TestCase("build-args: [A=1]\n", "1:13: expected a mapping")]
    [TestCase("target: [build]\n", "1:9: expected a single value")]
    [TestCase("target: ' '\n", "1:9: 'target' names a build stage, as docker build --target does; it cannot be empty")]
    [TestCase("rules:\n  test-options:\n    options:\n      colours: [red]\n", "4:7: unknown option 'colours' for rule TEST006; its options are words, stop-words")]
    [TestCase("rules:\n  TEST002:\n    options:\n      words: [a]\n", "4:7: rule TEST002 has no options")]
    [TestCase("rules:\n  TEST006:\n    options:\n      words: alpha\n", "4:14: option 'words' of rule TEST006 is a list of strings (words to show)")]
    [TestCase("rules:\n  TEST006:\n    options:\n      words: {a: b}\n", "4:14: option 'words' of rule TEST006 is a list of strings")]
    [TestCase("rules:\n  TEST006:\n    options:\n      words: [a, [b]]\n", "4:18: expected a single value")]
    [TestCase("rules:\n  TEST006:\n    options:\n      words:\n        - fine\n        - two words\n", "6:11: 'two words' is not usable in option 'words' of rule TEST006: a word has no spaces")]
    [TestCase("rules:\n  TEST006:\n    options: [words]\n", "3:14: expected a mapping")]
    [TestCase("rules:\n  TEST006:\n    severity: error\n", "3:5: unknown key 'severity' for rule TEST006; the keys are level, options")]
    [TestCase("rules:\n  TEST006:\n    level: loud\n", "3:12: 'loud' is not one of error, warning, info, hidden, off")]
    [TestCase("overrides:\n  - files: [a/**]\n    rules:\n      TEST006:\n        options:\n          word: [x]\n", "6:11: unknown option 'word' for rule TEST006")]
    public void Invalid_configuration_is_an_error_with_its_position(string yaml, string expected)
    {
        Write("Dockerfile", "FROM a\n");
        Write(".seaworthy.yaml", yaml);

        var act = () => Analyze();

        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain(Path.Combine(Folder, ".seaworthy.yaml") + ":" + expected);
    }

    [TestCase("ignored: !<x]>\n", "1:15: not valid YAML here: Global tags must be valid URIs.")]
    [TestCase("ignored: \"\\UFFFFFFFF\"\n", "1:21: not valid YAML here: an escape sequence does not stand for a Unicode character")]
    [TestCase("ignored: [DL3000]\n---\nignored: [DL3001]\n", "3:1: a configuration file holds one YAML document")]
    [TestCase("override: [DL3000]\n", "1:11: expected a mapping")]
    [TestCase("override:\n  error: {a: b}\n", "2:10: expected a list of strings")]
    public void Invalid_hadolint_configuration_is_an_error_with_its_position(string yaml, string expected)
    {
        Write("Dockerfile", "FROM a\n");
        Write(".hadolint.yaml", yaml);

        var act = () => Analyze();

        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain(Path.Combine(Folder, ".hadolint.yaml") + ":" + expected);
    }

    [TestCase("rules: ", "[", "]", "1:71: collections are nested more than 64 deep")]
    [TestCase("rules: ", "{a: ", "}", "1:260: collections are nested more than 64 deep")]
    public void Deep_nesting_is_a_configuration_error_not_a_stack_overflow(string start, string open, string close, string expected)
    {
        Write("Dockerfile", "FROM a\n");
        Write(".seaworthy.yaml", start + string.Concat(Enumerable.Repeat(open, 300_000)) + "1" + string.Concat(Enumerable.Repeat(close, 300_000)) + "\n");

        var act = () => Analyze();

        act.Should().Throw<ConfigurationException>().Which.Message.Should().Contain(Path.Combine(Folder, ".seaworthy.yaml") + ":" + expected);
    }

    [Test]
    public void Build_arguments_from_configuration_and_options_resolve_ARGs_options_winning()
    {
        Write("Dockerfile", "ARG BASE=alpine\nARG TAG\nFROM ${BASE}:${TAG}\n");
        Write(".seaworthy.yaml", "build-args:\n  BASE: node\n  TAG: '12'\n");
        var engine = new AnalysisEngine(new Analyzer[] { new ImageAnalyzer() });

        // Values this short are not masked (see SecretMasker.MinimumValueLength), so the resolved name shows.
        engine.AnalyzeAsync(new[] { Folder }).GetAwaiter().GetResult().Diagnostics.Single().Message.Should().Be("node:12");
        var options = new AnalysisOptions { BuildArguments = new Dictionary<string, string> { ["TAG"] = "lts" } };
        engine.AnalyzeAsync(new[] { Folder }, options).GetAwaiter().GetResult().Diagnostics.Single().Message.Should().Be("node:lts");
    }

    [Test]
    public void A_build_argument_value_is_masked_in_messages_as_it_may_be_a_secret()
    {
        Write("Dockerfile", "ARG TAG\nFROM alpine:${TAG}\n");
        var engine = new AnalysisEngine(new Analyzer[] { new ImageAnalyzer() });
        var options = new AnalysisOptions { BuildArguments = new Dictionary<string, string> { ["TAG"] = "ci-deploy-password-1234" } };

        engine.AnalyzeAsync(new[] { Folder }, options).GetAwaiter().GetResult().Diagnostics.Single().Message.Should().Be("alpine:********");
    }

    [Test]
    public void An_explicit_configuration_applies_to_every_file_and_must_exist()
    {
        Write("Dockerfile", "FROM a\nUSER root\n");
        Write(".seaworthy.yaml", "rules:\n  TEST002: off\n");
        Write("strict.yaml", "rules:\n  TEST002: error\n");

        var options = new AnalysisOptions { ConfigurationFile = Path.Combine(Folder, "strict.yaml") };
        Engine().AnalyzeAsync(new[] { Folder }, options).GetAwaiter().GetResult().Diagnostics.Should().ContainSingle(d => d.Severity == Severity.Error);
        var missing = () => Engine().AnalyzeAsync(new[] { Folder }, new AnalysisOptions { ConfigurationFile = Path.Combine(Folder, "nope.yaml") }).GetAwaiter().GetResult();
        missing.Should().Throw<ConfigurationException>().Which.Message.Should().EndWith("nope.yaml: no such configuration file");
    }

    [Test]
    public void Rules_see_the_settings_of_the_configuration_that_applies()
    {
        Write("Dockerfile", "FROM a\n");
        Write(".seaworthy.yaml", "trusted-registries: [ghcr.io/acme, docker.io]\n");
        var engine = new AnalysisEngine(new Analyzer[] { new SettingsAnalyzer() });

        engine.AnalyzeAsync(new[] { Folder }).GetAwaiter().GetResult().Diagnostics.Single().Message.Should().Be("ghcr.io/acme,docker.io");
    }

    [Test]
    public void A_rule_reads_its_options_defaults_unless_the_configuration_sets_them_under_the_rule()
    {
        Write("Dockerfile", "FROM a\n");
        Write("sub/Dockerfile", "FROM a\n");
        Write("sub/.seaworthy.yaml", "rules:\n  test-options:\n    level: error\n    options:\n      words: [gamma, delta]\n");
        Write(".seaworthy.yaml", "rules:\n  TEST006: info\n");

        var findings = Analyze().Diagnostics.Where(d => d.Id == "TEST006").OrderBy(d => d.Location.Path, StringComparer.Ordinal);

        findings.Select(d => (Relative(d.Location.Path), d.Severity, d.Message)).Should().Equal(
            ("Dockerfile", Severity.Info, "alpha,beta / the"),
            ("sub/Dockerfile", Severity.Error, "gamma,delta / the"));
    }

    [Test]
    public void An_override_sets_options_for_its_files_and_the_options_it_does_not_set_keep_their_values()
    {
        Write("app/Dockerfile", "FROM a\n");
        Write("legacy/Dockerfile", "FROM a\n");
        Write(
            ".seaworthy.yaml",
            "rules:\n  TEST006:\n    level: warning\n    options:\n      words: [one]\n      stop-words: [a, an]\n"
            + "overrides:\n  - files: [legacy/**]\n    rules:\n      test-options:\n        options:\n          words: []\n");

        var findings = Analyze().Diagnostics.Where(d => d.Id == "TEST006").OrderBy(d => d.Location.Path, StringComparer.Ordinal);

        findings.Select(d => (Relative(d.Location.Path), d.Severity, d.Message)).Should().Equal(
            ("app/Dockerfile", Severity.Warning, "one / a,an"),
            ("legacy/Dockerfile", Severity.Warning, " / a,an"));
    }

    [Test]
    public void Options_are_read_once_with_the_configuration_and_converted_as_the_rule_declares()
    {
        Write(".seaworthy.yaml", "rules:\n  TEST006:\n    options:\n      stop-words: [The, AN]\n");

        var settings = Engine().ConfigurationFor(Path.Combine(Folder, "Dockerfile")).Settings;

        settings.GetOption(OptionsAnalyzer.Rule, OptionsAnalyzer.StopWords).Should().Equal("the", "an");
        settings.GetOption(OptionsAnalyzer.Rule, OptionsAnalyzer.Words).Should().BeSameAs(OptionsAnalyzer.Words.Default);
    }

    private AnalysisResult Analyze() => Lint(Engine(), Folder);

    private static AnalysisEngine Engine() => new(new Analyzer[] { new FromAnalyzer(), new UserAnalyzer(), new OffByDefaultAnalyzer(), new OptionsAnalyzer() });

    private static RuleDescriptor TestRule(string id, string name, bool enabled = true) =>
        new(id, name, "Test rule", "{0}", RuleCategory.Correctness, Severity.Warning, enabled, Surfaces.Dockerfile, "https://example.invalid/" + id, new[] { "hadolint:DL900" + id[^1] });

    private sealed class FromAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST001", "test-image");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<FromInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.Span), "from"));
    }

    private sealed class UserAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST002", "test-user");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<UserInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.Span), "user"));
    }

    private sealed class OffByDefaultAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST003", "test-off", enabled: false);

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<FromInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.Span), "off"));
    }

    private sealed class ImageAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST004", "test-resolved-image");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterContainer(c => c.Report(Rule, c.Container.Definition, c.Container.Image!.Reference));
    }

    private sealed class OptionsAnalyzer : Analyzer
    {
        public static readonly RuleOption<IReadOnlyList<string>> Words =
            RuleOption.StringList("words", "words to show", new[] { "alpha", "beta" }, word => word.Contains(' ', StringComparison.Ordinal) ? "a word has no spaces" : null);

        public static readonly RuleOption<IReadOnlyList<string>> StopWords =
            RuleOption.StringList<IReadOnlyList<string>>("stop-words", "words to leave out", new[] { "the" }, words => words.Select(word => word.ToLowerInvariant()).ToArray());

        public static readonly RuleDescriptor Rule = TestRule("TEST006", "test-options", enabled: false) with { Options = new RuleOption[] { Words, StopWords } };

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<FromInstruction>(c =>
                c.Report(Rule, c.GetLocation(c.Instruction.Span), string.Join(",", c.GetOption(Rule, Words)) + " / " + string.Join(",", c.GetOption(Rule, StopWords))));
    }

    private sealed class SettingsAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = TestRule("TEST005", "test-settings");

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterContainer(c => c.Report(Rule, c.Container.Definition, string.Join(",", c.Settings.TrustedRegistries)));
    }
}
