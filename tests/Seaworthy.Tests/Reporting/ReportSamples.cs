using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Text;

namespace Seaworthy.Tests.Reporting;

/// <summary>Rules, files and diagnostics built by hand for the formatter tests.</summary>
internal static class ReportSamples
{
    public const string ToolVersion = "1.2.3";

    /// <summary>The secret part of the access key in <see cref="DockerfileText"/> (AWS's documented example key).</summary>
    public const string SecretValue = "IOSFODNN7EXAMPLE";

    public const string DockerfileText = "FROM ubuntu:latest\nENV API_KEY=AKIA" + SecretValue + "\nUSER root\n";

    public static readonly RuleDescriptor RunAsRoot = Rule(
        "SW1001", "run-as-root", "Container runs as root", RuleCategory.Security, Severity.Warning, "hadolint:DL3002", "checkov:CKV_K8S_23");

    public static readonly RuleDescriptor UnpinnedImage = Rule(
        "SW1002", "unpinned-image", "Image is not pinned by digest", RuleCategory.Reliability, Severity.Warning, "hadolint:DL3007");

    public static readonly RuleDescriptor SecretInEnvironment = Rule(
        "SW1003", "secret-in-environment", "Secret in an environment variable", RuleCategory.Security, Severity.Error, "trivy:DS031");

    public static readonly RuleDescriptor MissingHealthcheck = Rule(
        "SW1004", "missing-healthcheck", "No health check", RuleCategory.Reliability, Severity.Info, "checkov:CKV_DOCKER_2");

    /// <summary>A rule the sample reports do not list as run, as the engine's own rules may not be.</summary>
    public static readonly RuleDescriptor NotText = Rule(
        "SW0004", "not-text", "File is not text", RuleCategory.Correctness, Severity.Error);

    public static readonly IReadOnlyList<RuleDescriptor> Rules = new[] { RunAsRoot, UnpinnedImage, SecretInEnvironment, MissingHealthcheck };

    public static RuleDescriptor Rule(string id, string name, string title, RuleCategory category, Severity severity, params string[] equivalents) =>
        new(id, name, title, title, category, severity, true, Surfaces.Dockerfile, RuleDescriptor.HelpFor(id), equivalents);

    /// <summary>A diagnostic on the first occurrence of <paramref name="snippet"/> in <paramref name="text"/>.</summary>
    public static Diagnostic On(SourceText text, string snippet, RuleDescriptor rule, string message, Severity? severity = null)
    {
        var start = text.Text.IndexOf(snippet, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{snippet}' is not in the text.", nameof(snippet));
        }

        return new Diagnostic(rule, severity ?? rule.DefaultSeverity, text.GetLocation(new TextSpan(start, snippet.Length)), message);
    }

    public static AnalyzedFile Analyzed(SourceText text) => new(text.Path, FileKind.Dockerfile, text);

    public static AnalysisReport Report(IReadOnlyList<AnalyzedFile> files, params Diagnostic[] diagnostics) =>
        AnalysisReport.Create(ToolVersion, Rules, new AnalysisResult(files, diagnostics));

    /// <summary>The sample with a finding of a rule pack's rule, the pack listed as an extension.</summary>
    public static AnalysisReport WithRulePack()
    {
        var packRule = new RuleDescriptor(
            "CONTOSO001", "contoso-allowed-registry", "Image from a registry Contoso does not allow", "{0}", RuleCategory.Security,
            Severity.Warning, true, Surfaces.Dockerfile, "https://contoso.example/rules/CONTOSO001", Array.Empty<string>());
        var pack = new RulePack("Contoso.ContainerRules", "1.2.0", new[] { new PackAnalyzer(packRule) });
        var sample = Sample();
        var text = sample.Result.Files[0].Text!;
        var diagnostics = new List<Diagnostic>(sample.Result.Diagnostics) { On(text, "ubuntu:latest", packRule, "Image 'ubuntu:latest' is not from registry.example.com") };
        return sample with { Result = new AnalysisResult(sample.Result.Files, diagnostics), Rules = new List<RuleDescriptor>(Rules) { packRule }, Packs = new[] { pack } };
    }

    private sealed class PackAnalyzer(RuleDescriptor rule) : Analyzer
    {
        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { rule };

        public override void Initialize(AnalysisContext context)
        {
        }
    }

    /// <summary>A CRLF Dockerfile whose finding carries a fix that inserts a line.</summary>
    public static AnalysisReport WithFix()
    {
        var text = new SourceText("Dockerfile", "FROM alpine:3.20\r\nUSER root\r\n");
        var finding = On(text, "root", RunAsRoot, "The container runs as root") with
        {
            Fixes = new[] { Fix.Unsafe("Run as app", new TextEdit(new TextSpan(text.Text.IndexOf("root", StringComparison.Ordinal), 4), "app\nRUN true")) },
        };
        return Report(new[] { Analyzed(text) }, finding);
    }

    /// <summary>One Dockerfile with four findings: an error, two warnings and an info.</summary>
    public static AnalysisReport Sample()
    {
        var text = new SourceText("Dockerfile", DockerfileText);
        var file = Analyzed(text) with
        {
            Redactions = new[] { new TextSpan(text.Text.IndexOf(SecretValue, StringComparison.Ordinal), SecretValue.Length) },
        };
        return Report(
            new[] { file },
            On(text, "ubuntu:latest", UnpinnedImage, "Image 'ubuntu:latest' is not pinned by digest"),
            On(text, "API_KEY=AKIA" + SecretValue, SecretInEnvironment, "ENV API_KEY holds a secret (AKIA****************)"),
            On(text, "USER root", RunAsRoot, "The container runs as root"),
            On(text, "FROM", MissingHealthcheck, "No HEALTHCHECK instruction"));
    }

    /// <summary>A report on a file that could not be decoded, with one diagnostic at its start.</summary>
    public static AnalysisReport Unreadable() =>
        Report(
            new[] { new AnalyzedFile("image.tar", FileKind.Dockerfile, null) },
            new Diagnostic(NotText, Severity.Error, Location.FileStart("image.tar"), "The file is not UTF-8 text"));

    /// <summary>Paths that need escaping or are absolute, every severity, and a rule not listed as run.</summary>
    public static AnalysisReport Mixed()
    {
        var spaced = new SourceText("my app/Dockerfile #1", "FROM alpine\nUSER root\n");
        var absolute = new SourceText("/srv/d\u00e9p\u00f4t/Dockerfile", "FROM alpine:3.20\nRUN echo \"caf\u00e9\" \\\n  && true\n");
        var files = new[] { Analyzed(spaced), Analyzed(absolute), new AnalyzedFile("image.tar", FileKind.Dockerfile, null) };
        return Report(
            files,
            On(spaced, "alpine", UnpinnedImage, "Image 'alpine' is not pinned by digest"),
            On(spaced, "USER root", RunAsRoot, "The container runs as root", Severity.Error),
            On(absolute, "echo \"caf\u00e9\" \\\n  && true", MissingHealthcheck, "A span over two lines", Severity.Info),
            On(absolute, "FROM", SecretInEnvironment, "Hidden finding", Severity.Hidden),
            new Diagnostic(NotText, Severity.Error, Location.FileStart("image.tar"), "The file is not UTF-8 text"));
    }

    public static string Write(ReportFormatter formatter, AnalysisReport report, string newLine = "\n")
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = newLine };
        formatter.Write(report, output);
        return output.ToString();
    }
}
