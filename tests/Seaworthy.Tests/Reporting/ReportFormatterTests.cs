using System;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Reporting;

namespace Seaworthy.Tests.Reporting;

public class ReportFormatterTests
{
    [Test]
    public void KnowsEveryFormatInHelpOrder()
    {
        ReportFormatter.FormatNames.Should().Equal("text", "json", "sarif", "msbuild", "github", "checkstyle", "junit", "gitlab", "sonarqube", "html");
    }

    [TestCase("text", typeof(TextFormatter))]
    [TestCase("json", typeof(JsonFormatter))]
    [TestCase("sarif", typeof(SarifFormatter))]
    [TestCase("SARIF", typeof(SarifFormatter))]
    [TestCase("msbuild", typeof(MsBuildFormatter))]
    [TestCase("github", typeof(GitHubFormatter))]
    [TestCase("checkstyle", typeof(CheckstyleFormatter))]
    [TestCase("junit", typeof(JUnitFormatter))]
    [TestCase("gitlab", typeof(GitLabFormatter))]
    [TestCase("sonarqube", typeof(SonarQubeFormatter))]
    [TestCase("html", typeof(HtmlFormatter))]
    public void CreatesTheFormatterForAFormatName(string name, Type expected)
    {
        var formatter = ReportFormatter.Create(name);

        formatter.Should().BeOfType(expected);
        formatter.FormatName.Should().Be(name.ToLowerInvariant());
    }

    [TestCase(false)]
    [TestCase(true)]
    public void PassesTheColourChoiceToTheTextFormatter(bool useColor)
    {
        ReportFormatter.Create("text", useColor).Should().BeOfType<TextFormatter>().Which.UseColor.Should().Be(useColor);
    }

    [TestCase("text", false)]
    [TestCase("text", true)]
    [TestCase("json", false)]
    [TestCase("sarif", false)]
    [TestCase("msbuild", false)]
    [TestCase("github", false)]
    [TestCase("checkstyle", false)]
    [TestCase("junit", false)]
    [TestCase("gitlab", false)]
    [TestCase("sonarqube", false)]
    [TestCase("html", false)]
    public void NoFormatShowsASecretValue(string format, bool useColor)
    {
        var output = ReportSamples.Write(ReportFormatter.Create(format, useColor), ReportSamples.Sample());

        ReportSamples.DockerfileText.Should().Contain(ReportSamples.SecretValue);
        output.Should().NotContain(ReportSamples.SecretValue);
    }

    [Test]
    public void RejectsAnUnknownFormatAndNamesTheKnownOnes()
    {
        var create = () => ReportFormatter.Create("xml");

        create.Should().Throw<ArgumentException>()
            .WithMessage("Unknown report format 'xml'. Known formats: text, json, sarif, msbuild, github, checkstyle, junit, gitlab, sonarqube, html.*")
            .And.ParamName.Should().Be("format");
    }
}
