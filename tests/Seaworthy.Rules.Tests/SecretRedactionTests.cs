using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;

namespace Seaworthy.Rules.Tests;

/// <summary>Secret values never leave the process: no rule's message and no report format shows them.</summary>
public sealed class SecretRedactionTests
{
    private const string Secret = "hunter2-Sup3rS3cret";

    private static readonly string Dockerfile = string.Join("\n",
        "FROM alpine:3.20",
        $"ARG DB_PASSWORD={Secret}",
        $"ENV API_TOKEN={Secret} URL=postgres://app:$API_TOKEN@db/app",
        $"ENV SECRET_KEY {Secret}",
        $"ENV GITHUB_TOKEN=\"{Secret}\" \\",
        $"    CONN=$GITHUB_TOKEN",
        $"LABEL password={Secret}",
        $"ONBUILD ENV PASSWORD={Secret} X=$PASSWORD",
        $"RUN echo \"app:{Secret}\" | chpasswd && mysql -p{Secret} -e 'select 1'",
        "USER root",
        "");

    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sw-interpolated-" + Path.GetRandomFileName());
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("msbuild")]
    [TestCase("github")]
    [TestCase("checkstyle")]
    [TestCase("junit")]
    [TestCase("gitlab")]
    [TestCase("sonarqube")]
    [TestCase("html")]
    public void No_report_shows_a_secret_value(string format)
    {
        var engine = AnalysisEngine.CreateDefault();
        var result = engine.AnalyzeText("Dockerfile", Dockerfile, new AnalysisOptions { EnableAllRules = true });

        result.Diagnostics.Should().Contain(d => d.Id == "SW1003", "the file is full of secrets");
        result.Diagnostics.Should().OnlyContain(d => !d.Message.Contains(Secret, StringComparison.Ordinal), "messages never show secret values");
        using var output = new StringWriter();
        ReportFormatter.Create(format).Write(AnalysisReport.Create("0.0.0", engine.Rules, result), output);
        output.ToString().Should().NotContain(Secret);
    }

    // Issue 18, item 1: `cpus: ${GITHUB_TOKEN}` printed the CI's token in SW3015's message.
    [Test]
    public void A_value_from_the_environment_or_dotenv_is_masked_in_every_message()
    {
        File.WriteAllText(Path.Combine(_folder, "compose.yaml"), "services:\n  web:\n    image: \"nginx${TAG}\"\n    cpus: ${GITHUB_TOKEN}\n    restart: \"${CI_DEPLOY_PASSWORD}\"\n");
        File.WriteAllText(Path.Combine(_folder, ".env"), "TAG=-dotenv-tag-value\n");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_TOKEN"] = "ci-token-value-0123",
            ["CI_DEPLOY_PASSWORD"] = "hunter2-deploy",
        };

        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { _folder }, new AnalysisOptions { Environment = environment }).GetAwaiter().GetResult();

        result.Diagnostics.Select(d => d.Id).Should().Contain(new[] { "SW3015", "SW1002" });
        result.Diagnostics.Should().OnlyContain(d => !d.Message.Contains("ci-token-value-0123") && !d.Message.Contains("hunter2-deploy") && !d.Message.Contains("dotenv-tag-value"));
        result.Diagnostics.Where(d => d.Id == "SW3015").Select(d => d.Message).Should().OnlyContain(message => message.Contains("'********'"));
        result.Files.Should().OnlyContain(file => file.Masker.Values.Contains("hunter2-deploy"), "code frames mask the values too");
    }

    [Test]
    public void A_short_value_from_the_environment_stays_readable()
    {
        File.WriteAllText(Path.Combine(_folder, "compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    cpus: ${CPUS}\n");
        var environment = new Dictionary<string, string> { ["CPUS"] = "two" };

        var result = AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { _folder }, new AnalysisOptions { Environment = environment }).GetAwaiter().GetResult();

        result.Diagnostics.Should().Contain(d => d.Id == "SW3015" && d.Message.Contains("'two'"));
    }
}
