using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.MSBuild;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.Task;

/// <summary>The task run in process against a build engine that records every event, to see the fields a console log leaves out.</summary>
public sealed class SeaworthyLintTaskTests
{
    private static string Example => Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "Dockerfile");

    [Test]
    public void Each_finding_carries_its_code_help_link_file_and_both_ends()
    {
        var engine = new RecordingBuildEngine();

        Run(engine, new SeaworthyLint { FailOn = "none" }).Should().BeTrue();

        var warning = engine.Warnings.Single(w => w.Code == "SW1001");
        (warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber)
            .Should().Be((Example, 18, 6, 18, 10));
        warning.HelpLink.Should().Be("https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/SW1001.md");
        warning.Message.Should().Be("Stage 1 runs as root: its last USER is 'root'");
        engine.Warnings.Select(w => w.Code).Should().Equal("SW1002", "SW1003", "SW1004", "SW1003", "SW1001");
        engine.Errors.Should().BeEmpty();
    }

    [Test]
    public void FailOn_warning_makes_warnings_errors_and_leaves_info_a_warning()
    {
        var engine = new RecordingBuildEngine();

        Run(engine, new SeaworthyLint { FailOn = "warning" }).Should().BeFalse();

        engine.Errors.Select(e => e.Code).Should().Equal("SW1002", "SW1003", "SW1003", "SW1001");
        engine.Errors.Should().OnlyContain(e => e.HelpLink.EndsWith("/docs/rules/" + e.Code + ".md", System.StringComparison.Ordinal));
        engine.Warnings.Select(w => w.Code).Should().Equal("SW1004");
    }

    [Test]
    public void NoWarn_wins_over_WarningsAsErrors_and_over_an_error_severity()
    {
        var engine = new RecordingBuildEngine();

        Run(engine, new SeaworthyLint { NoWarn = "CS1591; sw1003 ,SW1001", WarningsAsErrors = "SW1001" }).Should().BeTrue();

        engine.Errors.Should().BeEmpty();
        engine.Warnings.Select(w => w.Code).Should().Equal("SW1002", "SW1004");
    }

    [Test]
    public void An_unknown_threshold_is_an_error_that_names_the_choices()
    {
        var engine = new RecordingBuildEngine();

        Run(engine, new SeaworthyLint { FailOn = "sometimes" }).Should().BeFalse();

        engine.Errors.Single().Message.Should().Be("Seaworthy: SeaworthyFailOn is 'sometimes'; use error, warning, info or none.");
        engine.Warnings.Should().BeEmpty();
    }

    [Test]
    public void Config_applies_a_configuration_file_and_a_broken_one_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-task-config-").FullName;
        try
        {
            var quiet = Path.Combine(folder, "quiet.yaml");
            File.WriteAllText(quiet, "rules:\n  missing-healthcheck: off\n  SW1001: off\n");
            var broken = Path.Combine(folder, "broken.yaml");
            File.WriteAllText(broken, "rules:\n  no-such-rule: off\n");

            var engine = new RecordingBuildEngine();
            Run(engine, new SeaworthyLint { FailOn = "none", Config = quiet }).Should().BeTrue();
            engine.Warnings.Select(w => w.Code).Should().Equal("SW1002", "SW1003", "SW1003");

            var failing = new RecordingBuildEngine();
            Run(failing, new SeaworthyLint { Config = broken }).Should().BeFalse();
            failing.Errors.Single().Message.Should().Be($"Seaworthy: configuration error: {broken}:2:3: unknown rule 'no-such-rule'");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Target_names_the_image_the_image_rules_judge_and_a_missing_one_is_an_error()
    {
        var engine = new RecordingBuildEngine();

        Run(engine, new SeaworthyLint { FailOn = "none", Target = "build" }).Should().BeTrue();

        // The build stage is the image now: it runs as root and has no health check; the last stage is not built.
        engine.Warnings.Where(w => w.Code is "SW1001" or "SW1004").Select(w => (w.Code, w.LineNumber, w.Message)).Should().Equal(
            ("SW1001", 4, "Stage 'build' runs as root: no USER instruction sets a user, so it keeps the base image's user (root for most images)"),
            ("SW1004", 4, "Stage 'build' defines no HEALTHCHECK, so nothing notices when the process hangs"));

        var failing = new RecordingBuildEngine();
        Run(failing, new SeaworthyLint { Target = "test" }).Should().BeFalse();
        failing.Errors.Single().Message.Should().Be($"Seaworthy: configuration error: {Example}: the build target 'test' names no stage of this Dockerfile; its stages are build");
    }

    [Test]
    public void A_baseline_hides_the_findings_it_holds_and_a_broken_one_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-task-baseline-").FullName;
        try
        {
            var dockerfile = Path.Combine(folder, "Dockerfile");
            File.Copy(Example, dockerfile);
            var baseline = Path.Combine(folder, "seaworthy-baseline.json");
            var result = AnalysisEngine.CreateDefault().AnalyzeAsync(new[] { dockerfile }).GetAwaiter().GetResult();
            using (var writer = new StreamWriter(baseline))
            {
                Seaworthy.Reporting.Baseline.Of(result, folder).Write(writer);
            }

            File.AppendAllText(dockerfile, "EXPOSE 99999\n");
            var engine = new RecordingBuildEngine();
            var task = new SeaworthyLint { FailOn = "none", Baseline = baseline, BuildEngine = engine, Files = new ITaskItem[] { new TaskItem(dockerfile) } };
            task.Execute().Should().BeTrue();
            engine.Warnings.Should().ContainSingle().Which.Message.Should().Contain("99999");

            File.WriteAllText(baseline, "{}");
            var failing = new RecordingBuildEngine();
            new SeaworthyLint { Baseline = baseline, BuildEngine = failing, Files = new ITaskItem[] { new TaskItem(dockerfile) } }.Execute().Should().BeFalse();
            failing.Errors.Single().Message.Should().StartWith($"Seaworthy: cannot read the baseline {baseline}: not a Seaworthy baseline");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_file_name_cannot_forge_a_line_or_drive_the_terminal_in_the_build_log()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-task-").FullName;
        try
        {
            var forged = Path.Combine(folder, "Dockerfile\u001b[31m\nProgram.cs(1,1): error CS9999: forged");
            File.WriteAllText(forged, "FROM alpine\nUSER root\n");
            var engine = new RecordingBuildEngine();
            var task = new SeaworthyLint { FailOn = "none", BuildEngine = engine, Files = new ITaskItem[] { new TaskItem(forged) } };

            task.Execute().Should().BeTrue();

            engine.Warnings.Should().NotBeEmpty();
            engine.Warnings.Should().OnlyContain(w => IsOneCleanLine(w.File), "the file name is one line without escapes")
                .And.OnlyContain(w => IsOneCleanLine(w.Message));
            engine.Warnings.Should().Contain(w => w.File.Contains("Program.cs(1,1): error CS9999: forged", System.StringComparison.Ordinal), "the name is kept, on its one line");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_rule_packs_of_the_SeaworthyAnalyzer_items_report_like_built_in_rules_and_a_missing_one_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-task-pack-").FullName;
        try
        {
            var pack = RulePackCompiler.Compile(Path.Combine(folder, "pack"), "Contoso.ContainerRules", RulePackCompiler.AllowedRegistrySource);
            var dockerfile = Path.Combine(folder, "Dockerfile");
            File.WriteAllText(dockerfile, "FROM docker.io/library/alpine:3.20\nUSER app\n");
            var engine = new RecordingBuildEngine();
            var quiet = new RecordingBuildEngine();
            var missing = new RecordingBuildEngine();

            Run(engine, new SeaworthyLint { Analyzers = new ITaskItem[] { new TaskItem(pack) } }, dockerfile).Should().BeTrue();
            Run(quiet, new SeaworthyLint { Analyzers = new ITaskItem[] { new TaskItem(pack) }, NoWarn = "CONTOSO001" }, dockerfile).Should().BeTrue();
            Run(missing, new SeaworthyLint { Analyzers = new ITaskItem[] { new TaskItem(Path.Combine(folder, "Gone.dll")) } }, dockerfile).Should().BeFalse();

            var warning = engine.Warnings.Single(w => w.Code == "CONTOSO001");
            (warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber).Should().Be((dockerfile, 1, 6, 1, 35));
            warning.HelpLink.Should().Be("https://contoso.example/rules/CONTOSO001");
            warning.Message.Should().Be("Image 'docker.io/library/alpine:3.20' is not from an allowed registry (registry.example.com)");
            quiet.Warnings.Should().NotContain(w => w.Code == "CONTOSO001");
            missing.Errors.Single().Message.Should().Be($"Seaworthy: rule pack 'Gone': no such file or folder: {Path.Combine(folder, "Gone.dll")}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Plugins_in_a_configuration_below_the_projects_folder_are_a_configuration_error()
    {
        var folder = Directory.CreateTempSubdirectory("seaworthy-task-nested-").FullName;
        try
        {
            RulePackCompiler.Compile(Path.Combine(folder, "pack"), "Contoso.ContainerRules", RulePackCompiler.AllowedRegistrySource);
            var dockerfile = Path.Combine(folder, "app", "Dockerfile");
            Directory.CreateDirectory(Path.GetDirectoryName(dockerfile)!);
            File.WriteAllText(dockerfile, "FROM docker.io/library/alpine:3.20\nUSER app\n");
            File.WriteAllText(Path.Combine(folder, "app", ".seaworthy.yaml"), "plugins: [../pack/Contoso.ContainerRules.dll]\n");
            var engine = new RecordingBuildEngine();

            Run(engine, new SeaworthyLint { ProjectDirectory = folder }, dockerfile).Should().BeFalse();

            engine.Errors.Single().Message.Should().Be(
                $"Seaworthy: configuration error: {Path.Combine(folder, "app", ".seaworthy.yaml")}:1:1: 'plugins' is read only from the configuration of the run "
                + $"(the .seaworthy.yaml of {folder} or a folder above it, or the one named explicitly), and this one applies only to the files under {Path.Combine(folder, "app")}: "
                + "move it to the run's configuration");
            engine.Warnings.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsOneCleanLine(string? text) =>
        text is not null && !text.Contains('\n', System.StringComparison.Ordinal) && !text.Contains('\r', System.StringComparison.Ordinal) && !text.Contains('\u001b', System.StringComparison.Ordinal);

    private static bool Run(RecordingBuildEngine engine, SeaworthyLint task, string? file = null)
    {
        task.BuildEngine = engine;
        task.Files = new ITaskItem[] { new TaskItem(file ?? Example) };
        return task.Execute();
    }

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = new();

        public List<BuildWarningEventArgs> Warnings { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "Consumer.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}
