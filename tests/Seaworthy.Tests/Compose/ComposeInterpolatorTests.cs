using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Compose;
using Seaworthy.Text;

namespace Seaworthy.Tests.Compose;

/// <summary>The cases of compose-go's template_test.go, with its mapping FOO=first and BAR="" (set but empty).</summary>
public sealed class ComposeInterpolatorTests
{
    private static readonly Dictionary<string, string> Defaults = new() { ["FOO"] = "first", ["BAR"] = string.Empty };

    private static ComposeInterpolation Interpolate(string text) =>
        ComposeInterpolator.Interpolate(text, name => Defaults.TryGetValue(name, out var value) ? value : null);

    [TestCase("$${foo}", "${foo}")]
    [TestCase("foo", "foo")]
    [TestCase("a $ string", "a $ string")]
    [TestCase("^REGEX$", "^REGEX$")]
    [TestCase("$}", "$}")]
    [TestCase("$", "$")]
    [TestCase("$FOO-bar", "first-bar")]
    [TestCase("This ${missing} var", "This  var")]
    [TestCase("This ${BAR} var", "This  var")]
    [TestCase("This $FOO var", "This first var")]
    [TestCase("This ${FOO} var", "This first var")]
    [TestCase("ok ${missing:-def}", "ok def")]
    [TestCase("ok ${missing-def}", "ok def")]
    [TestCase("ok ${BAR:-def}", "ok def")]
    [TestCase("ok ${FOO:-def}", "ok first")]
    [TestCase("ok ${BAR-def}", "ok ")]
    [TestCase("ok ${UNSET_VAR:+presence_value}", "ok ")]
    [TestCase("ok ${UNSET_VAR+presence_value}", "ok ")]
    [TestCase("ok ${FOO:+presence_value}", "ok presence_value")]
    [TestCase("ok ${FOO+presence_value}", "ok presence_value")]
    [TestCase("ok ${BAR+presence_value}", "ok presence_value")]
    [TestCase("ok ${BAR:+presence_value}", "ok ")]
    [TestCase("ok ${BAR:-/non:-alphanumeric}", "ok /non:-alphanumeric")]
    [TestCase("-ok ${BAR:-defaultValue}", "-ok defaultValue")]
    [TestCase("+ok ${UNSET:-${BAR-defaultValue}}", "+ok ")]
    [TestCase("-ok ${FOO:-defaultValue}", "-ok first")]
    [TestCase(":-ok ${UNSET-defaultValue}", ":-ok defaultValue")]
    [TestCase(":-ok ${BAR-defaultValue}", ":-ok ")]
    [TestCase(":?ok ${BAR-defaultValue}", ":?ok ")]
    [TestCase(":?ok ${BAR:-defaultValue}", ":?ok defaultValue")]
    [TestCase(":+ok ${BAR:-defaultValue}", ":+ok defaultValue")]
    [TestCase("+ok ${BAR-defaultValue}", "+ok ")]
    [TestCase("?ok ${BAR:-defaultValue}", "?ok defaultValue")]
    [TestCase("ok ${UNSET_VAR-$FOO}", "ok first")]
    [TestCase("ok ${UNSET_VAR-${FOO}}", "ok first")]
    [TestCase("ok ${UNSET_VAR-${FOO} ${FOO}}", "ok first first")]
    [TestCase("ok ${BAR:-$FOO}", "ok first")]
    [TestCase("ok ${BAR:-${FOO}}", "ok first")]
    [TestCase("ok ${BAR:-${FOO} ${FOO}}", "ok first first")]
    [TestCase("ok ${BAR+$FOO}", "ok first")]
    [TestCase("ok ${BAR+$FOO ${FOO:+second}}", "ok first second")]
    [TestCase("ok ${FOO:?err}", "ok first")]
    [TestCase("ok ${FOO?err}", "ok first")]
    [TestCase("ok ${BAR?err}", "ok ")]
    [TestCase("${UNSET_VAR-myerror?msg}", "myerror?msg")]
    [TestCase("${FOO?bar-baz}", "first")]
    [TestCase("${BAR:-default_value_for_empty_var}", "default_value_for_empty_var")]
    [TestCase("${UNSET_VAR-default_value_for_unset_var}", "default_value_for_unset_var")]
    [TestCase("${A:-{x}}", "{x}")]
    public void Substitutes_like_compose(string template, string expected)
    {
        var result = Interpolate(template);

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
    }

    [TestCase("${")]
    [TestCase("${}")]
    [TestCase("${ }")]
    [TestCase("${ foo}")]
    [TestCase("${foo }")]
    [TestCase("${foo!}")]
    public void Invalid_templates_are_errors(string template)
    {
        var result = Interpolate(template);

        result.Error.Should().NotBeNull();
        result.Error!.Message.Should().StartWith("invalid interpolation");
        result.Error.IsMissingVariable.Should().BeFalse();
        result.Value.Should().Be(template);
    }

    [TestCase("not ok ${UNSET_VAR:?Mandatory Variable Unset}", "required variable UNSET_VAR is missing a value: Mandatory Variable Unset")]
    [TestCase("not ok ${BAR:?Mandatory Variable Empty}", "required variable BAR is missing a value: Mandatory Variable Empty")]
    [TestCase("not ok ${UNSET_VAR:?}", "required variable UNSET_VAR is missing a value")]
    [TestCase("not ok ${UNSET_VAR?Mandatory Variable Unset}", "required variable UNSET_VAR is missing a value: Mandatory Variable Unset")]
    [TestCase("not ok ${UNSET_VAR?}", "required variable UNSET_VAR is missing a value")]
    [TestCase("not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}", "required variable UNSET_VAR is missing a value: Mandatory Variable first")]
    [TestCase("${UNSET_VAR?bar-baz}", "required variable UNSET_VAR is missing a value: bar-baz")]
    public void Missing_required_variables_are_errors(string template, string message)
    {
        var error = Interpolate(template).Error;

        error.Should().NotBeNull();
        error!.Message.Should().Be(message);
        error.IsMissingVariable.Should().BeTrue();
        template.Substring(error.Start, error.Length).Should().StartWith("${").And.EndWith("}");
    }

    [Test]
    public void Every_variable_is_recorded_with_its_operator_position_and_whether_it_is_set()
    {
        const string template = "$FOO:${missing}/${X:-${FOO}}$$HOME";

        var uses = Interpolate(template).Variables;

        uses.Select(u => (u.Name, u.Operator, template.Substring(u.Start, u.Length), u.IsSet)).Should().Equal(
            ("FOO", "", "$FOO", true),
            ("missing", "", "${missing}", false),
            ("X", ":-", "${X:-${FOO}}", false),
            ("FOO", "", "${FOO}", true));
        uses.Select(u => u.IsPlain).Should().Equal(true, true, false, true);
    }

    [Test]
    public void Dotenv_files_read_like_compose()
    {
        var text = string.Join(
            "\n",
            "# comment",
            "PLAIN=value  # trailing comment",
            "export EXPORTED=yes",
            "SINGLE='it\\'s $FOO\\n'",
            "DOUBLE=\"tab\\there ${PLAIN} \\$literal\"",
            "MULTI=\"line one",
            "line two\"",
            "YAML_STYLE: colon",
            "EXPANDED=${PLAIN}-${FROM_ENV:-none}",
            "INHERITED",
            "EMPTY=",
            "bad key=1",
            "AFTER=ok");

        var file = DotEnvParser.Parse(new SourceText(".env", text), name => name == "INHERITED" ? "from-env" : null);

        file.Values.Should().Equal(new Dictionary<string, string>
        {
            ["PLAIN"] = "value",
            ["EXPORTED"] = "yes",
            ["SINGLE"] = "it's $FOO\\n",
            ["DOUBLE"] = "tab\there value $literal",
            ["MULTI"] = "line one\nline two",
            ["YAML_STYLE"] = "colon",
            ["EXPANDED"] = "value-none",
            ["INHERITED"] = "from-env",
            ["EMPTY"] = string.Empty,
            ["AFTER"] = "ok",
        });
        file.Problems.Should().ContainSingle().Which.Location.Line.Should().Be(12);
    }

    [Test]
    public void The_environment_wins_over_earlier_values_in_a_dotenv_file()
    {
        var file = DotEnvParser.Parse(new SourceText(".env", "A=file\nB=${A}\n"), name => name == "A" ? "env" : null);

        file.Values["B"].Should().Be("env");
    }
}
