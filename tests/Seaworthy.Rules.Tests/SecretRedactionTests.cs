using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
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

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("msbuild")]
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
}
