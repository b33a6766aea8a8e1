using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Engine;
using Seaworthy.Testing;

namespace Seaworthy.Fuzzing.Tests;

/// <summary>
/// Mutates <c>.seaworthy.yaml</c> and <c>.hadolint.yaml</c> files: each must load or be refused with a
/// <see cref="ConfigurationException"/> naming the file, line and column; no other exception, ever.
/// </summary>
public sealed class ConfigurationFuzzTests : FolderTests
{
    private const int DefaultCases = 1000;

    private static readonly string[] SeaworthySeeds =
    {
        "rules:\n  SW1004: error\n  missing-healthcheck: off\nignore:\n  - vendor/**\n  - \"**/testdata/**\"\noverrides:\n  - files: [\"legacy/**\"]\n    rules:\n      run-as-root: info\n"
        + "trusted-registries: [docker.io, ghcr.io/acme, \"*.corp.example\"]\nrequired-labels:\n  org.opencontainers.image.source: url\nstrict-labels: false\nfail-on: warning\n"
        + "build-args:\n  BASE_IMAGE: python:3.13-slim\n",
        "# comment only\n",
        "rules: {SW1001: off, SW1002: hidden}\nfail-on: none\n",
    };

    private static readonly string[] HadolintSeeds =
    {
        "ignored:\n  - DL3008\n  - DL3009\noverride:\n  error: [DL3001]\n  warning:\n    - DL3042\n  info: [DL3032]\n  style: [DL3015]\ntrustedRegistries:\n  - docker.io\n"
        + "label-schema:\n  author: text\n  version: semver\nstrict-labels: true\nfailure-threshold: style\nno-fail: false\nformat: tty\n",
    };

    [TestCase(".seaworthy.yaml")]
    [TestCase(".hadolint.yaml")]
    public void Mutated_configuration_loads_or_is_a_configuration_error_with_its_position(string name)
    {
        var count = Environment.GetEnvironmentVariable("SEAWORTHY_FUZZ_FILES") is { Length: > 0 } files ? Math.Max(1, long.Parse(files, CultureInfo.InvariantCulture) / 3) : DefaultCases;
        var path = Path.Combine(Folder, name);
        var seeds = name == ".hadolint.yaml" ? HadolintSeeds : SeaworthySeeds;
        var donors = SeaworthySeeds.Concat(HadolintSeeds).ToArray();
        var engine = AnalysisEngine.CreateDefault();
        var positioned = Positioned();

        var failures = new List<string>();
        var (loaded, refused) = (0, 0);
        var clock = Stopwatch.StartNew();
        for (var n = 0L; n < count; n++)
        {
            var recipe = Mutator.Recipes.Generate(new PCG(7, (ulong)n), null!, out _);
            File.WriteAllBytes(path, Mutator.Apply(recipe, seeds, donors));
            try
            {
                engine.ConfigurationFor(Path.Combine(Folder, "Dockerfile"), new AnalysisOptions { ConfigurationFile = path });
                loaded++;
            }
            catch (ConfigurationException exception) when (positioned.IsMatch(exception.Message))
            {
                refused++;
            }
            catch (Exception exception) when (failures.Count < 20)
            {
                var input = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures", string.Create(CultureInfo.InvariantCulture, $"config-{n}{name}"));
                Directory.CreateDirectory(Path.GetDirectoryName(input)!);
                File.Copy(path, input, overwrite: true);
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"case {n} ({recipe}; input in {input}): {exception.GetType().Name}: {exception.Message}"));
            }
        }

        TestContext.Progress.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fuzz {name}: {count} files in {clock.Elapsed.TotalSeconds:F1} s: {loaded} loaded, {refused} refused with a position, {failures.Count} other outcomes"));
        failures.Should().BeEmpty("a configuration file is either used or refused with its position");
    }

    // "<path>:<line>:<column>: message" (an I/O error has no position, but the file exists here).
    private Regex Positioned() => new("^" + Regex.Escape(Folder) + "/[^:]+:[0-9]+:[0-9]+: .", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
