using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Reporting;
using Seaworthy.Testing;

namespace Seaworthy.Fuzzing.Tests;

/// <summary>
/// Mutates Dockerfiles, Compose files and Kubernetes manifests and runs the real engine on each, every rule on,
/// through the file-reading path (and, for every fourth file, standard input), then renders every report format.
/// Nothing may throw, no SW0004 (the engine failing on a file) may appear, and every finding must point inside
/// the file it names. Case n of a surface is always the same file (PCG stream = surface, seed = n), so a failure
/// reproduces with SEAWORTHY_FUZZ_CASE=n; its input is written to the test output folder. See docs/fuzzing.md.
/// </summary>
public sealed class FuzzTests : FolderTests
{
    // A few seconds per surface on every build; SEAWORTHY_FUZZ_FILES (across the three surfaces) runs longer.
    private const int DefaultFilesPerSurface = 100;
    private const int MaxReportedFailures = 20;
    private const int ProgressEvery = 2000;

    private static readonly Lazy<Seeds> SharedSeeds = new(Seeds.Load);

    public enum Surface
    {
        Dockerfile,
        Compose,
        Kubernetes,
    }

    [TestCase(Surface.Dockerfile)]
    [TestCase(Surface.Compose)]
    [TestCase(Surface.Kubernetes)]
    public void Mutated_files_never_crash_the_engine_and_every_finding_points_inside_its_file(Surface surface)
    {
        var (first, count) = CasesToRun();
        var seeds = SharedSeeds.Value;
        var surfaceSeeds = surface switch
        {
            Surface.Dockerfile => seeds.Dockerfiles,
            Surface.Compose => seeds.Compose,
            _ => seeds.Kubernetes,
        };
        var path = Path.Combine(Folder, surface switch
        {
            Surface.Dockerfile => "Dockerfile",
            Surface.Compose => "compose.yaml",
            _ => "manifest.yaml",
        });
        var configuration = Path.Combine(Folder, "empty.seaworthy.yaml");
        File.WriteAllText(configuration, string.Empty);
        var options = new AnalysisOptions
        {
            EnableAllRules = true,
            ConfigurationFile = configuration,
            Environment = new Dictionary<string, string>(StringComparer.Ordinal),
        };
        var engine = AnalysisEngine.CreateDefault();

        var failures = new List<string>();
        var (files, fromInput, exceptions, engineFailures, badLocations, unparsed) = (0, 0, 0, 0, 0, 0);
        var (slowest, slowestCase) = (TimeSpan.Zero, first);
        var clock = Stopwatch.StartNew();
        for (var n = first; n < first + count; n++)
        {
            var recipe = Mutator.Recipes.Generate(new PCG((uint)surface, (ulong)n), null!, out _);
            var bytes = Mutator.Apply(recipe, surfaceSeeds, seeds.All);
            File.WriteAllBytes(path, bytes);
            if (count == 1)
            {
                // A replayed case keeps its input before it runs, so a slow or hanging one can be looked at too.
                Record(surface, n, recipe, bytes, new List<string> { "replayed" });
            }

            var started = clock.Elapsed;
            var problems = new List<string>();
            try
            {
                var result = engine.AnalyzeAsync(new[] { path }, options).GetAwaiter().GetResult();
                files++;
                unparsed += result.Diagnostics.Any(diagnostic => diagnostic.Id == ToolRules.SyntaxError.Id) ? 1 : 0;
                problems.AddRange(Check(engine.Rules, result, bytes.Length, ref engineFailures, ref badLocations));
                if (n % 4 == 0)
                {
                    // Standard input arrives decoded, invalid UTF-8 replaced, as Console gives it.
                    var input = engine.AnalyzeText(path, Encoding.UTF8.GetString(bytes), options);
                    fromInput++;
                    problems.AddRange(Check(engine.Rules, input, bytes.Length, ref engineFailures, ref badLocations).Select(problem => "stdin: " + problem));
                }
            }
            catch (Exception exception)
            {
                exceptions++;
                problems.Add("threw " + exception);
            }

            var elapsed = clock.Elapsed - started;
            if (elapsed > slowest)
            {
                (slowest, slowestCase) = (elapsed, n);
            }

            if (problems.Count > 0 && failures.Count < MaxReportedFailures)
            {
                failures.Add(Record(surface, n, recipe, bytes, problems));
            }

            if ((n - first + 1) % ProgressEvery == 0)
            {
                TestContext.Progress.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"fuzz {surface}: {n - first + 1} of {count} cases, {clock.Elapsed.TotalSeconds:F0} s, {exceptions} exceptions, {engineFailures} SW0004, {badLocations} outside"));
            }
        }

        TestContext.Progress.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fuzz {surface}: cases {first}..{first + count - 1}: {files} files (+{fromInput} as stdin, {unparsed} with an SW0001) in {clock.Elapsed.TotalSeconds:F1} s; "
            + $"{exceptions} exceptions, {engineFailures} SW0004, {badLocations} findings outside their file; slowest case {slowestCase} ({slowest.TotalSeconds:F2} s)"));
        failures.Should().BeEmpty("no input may crash the engine or make it fail on a file");
    }

    // Reports are rendered in every format too: a formatter that throws on some message or path would lose the run.
    private static List<string> Check(IReadOnlyList<RuleDescriptor> rules, AnalysisResult result, int byteLength, ref int engineFailures, ref int badLocations)
    {
        var problems = new List<string>();
        var texts = result.Files.Where(file => file.Text is not null).ToDictionary(file => file.Path, file => file.Text!, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id == ToolRules.AnalyzerFailed.Id)
            {
                engineFailures++;
                problems.Add($"SW0004: {diagnostic.Message}");
            }

            // A file that was not read as text (invalid UTF-8) has findings at a byte offset of it.
            var location = diagnostic.Location;
            var length = texts.TryGetValue(location.Path, out var text) ? text.Text.Length : byteLength;
            var inside = location.Span.Start >= 0 && location.Span.End <= length && location.Line >= 1 && location.Column >= 1;
            if (!inside)
            {
                badLocations++;
                problems.Add($"{diagnostic.Id} at {location} (span {location.Span.Start}+{location.Span.Length}) is outside its file: {diagnostic.Message}");
            }
        }

        var report = AnalysisReport.Create("0.0.0-fuzz", rules, result);
        foreach (var format in ReportFormatter.FormatNames)
        {
            using var output = new StringWriter(CultureInfo.InvariantCulture);
            ReportFormatter.Create(format).Write(report, output);
        }

        return problems;
    }

    // The input is kept beside the test results, named by surface and case, so it can be looked at or minimised.
    private static string Record(Surface surface, long n, Recipe recipe, byte[] bytes, List<string> problems)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{surface}-{n}.input"));
        File.WriteAllBytes(file, bytes);
        var message = string.Create(CultureInfo.InvariantCulture, $"{surface} case {n} (SEAWORTHY_FUZZ_CASE={n}; {recipe}; input in {file}): {string.Join("; ", problems)}");
        TestContext.Progress.WriteLine(message);
        return message;
    }

    private static (long First, long Count) CasesToRun()
    {
        if (Environment.GetEnvironmentVariable("SEAWORTHY_FUZZ_CASE") is { Length: > 0 } single)
        {
            return (long.Parse(single, CultureInfo.InvariantCulture), 1);
        }

        var first = Environment.GetEnvironmentVariable("SEAWORTHY_FUZZ_START") is { Length: > 0 } start ? long.Parse(start, CultureInfo.InvariantCulture) : 0;
        var total = Environment.GetEnvironmentVariable("SEAWORTHY_FUZZ_FILES") is { Length: > 0 } files ? long.Parse(files, CultureInfo.InvariantCulture) : 0;
        return (first, total > 0 ? Math.Max(1, total / 3) : DefaultFilesPerSurface);
    }
}
