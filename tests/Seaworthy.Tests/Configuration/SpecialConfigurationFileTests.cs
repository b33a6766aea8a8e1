using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Configuration;
using Seaworthy.Engine;

namespace Seaworthy.Tests.Configuration;

/// <summary>Configuration files that are FIFOs, devices or links out of their folder: a clear error, never a hang or a spin.</summary>
// Windows has no FIFOs or device nodes, and its links need privileges.
[Platform(Exclude = "Win")]
public sealed class SpecialConfigurationFileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("seaworthy-special-config-").FullName;
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM a\n");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Config_dev_zero_is_refused_from_its_type()
    {
        ErrorFor(new AnalysisOptions { ConfigurationFile = "/dev/zero" }).Should().Be("/dev/zero:1:1: not a regular file but a character device; not read");
    }

    [Test]
    public void Config_naming_a_fifo_is_refused_without_waiting_for_a_writer()
    {
        var fifo = Path.Combine(_folder, "config.yaml");
        using (var process = Process.Start(new ProcessStartInfo("mkfifo", new[] { fifo }) { UseShellExecute = false })!)
        {
            process.WaitForExit();
        }

        ErrorFor(new AnalysisOptions { ConfigurationFile = fifo }).Should().Be(fifo + ":1:1: not a regular file but a FIFO (named pipe); not read");
    }

    [Test]
    public void A_found_configuration_that_links_out_of_its_folder_is_refused()
    {
        var outside = Directory.CreateTempSubdirectory("seaworthy-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "credentials"), "token: ghp_SECRETTOKEN1234567890abcdefghijklmnop\n");
            File.CreateSymbolicLink(Path.Combine(_folder, ".seaworthy.yaml"), Path.Combine(outside, "credentials"));

            ErrorFor(new AnalysisOptions()).Should().Be(
                $"{Path.Combine(_folder, ".seaworthy.yaml")}:1:1: a symbolic link to '{Path.Combine(outside, "credentials")}', outside '{_folder}'; not followed");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void A_found_hadolint_configuration_that_is_dev_zero_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, ".hadolint.yaml"), "/dev/zero");

        ErrorFor(new AnalysisOptions()).Should().Be($"{Path.Combine(_folder, ".hadolint.yaml")}:1:1: not a regular file but a character device; not read");
    }

    private string ErrorFor(AnalysisOptions options)
    {
        var engine = new AnalysisEngine(Array.Empty<Analyzer>());
        var run = Task.Run(() => engine.AnalyzeAsync(new[] { _folder }, options));
        run.ContinueWith(_ => { }, TaskScheduler.Default).Wait(Patience).Should().BeTrue("a special configuration file must never block the run");
        run.Exception.Should().NotBeNull();
        return run.Exception!.InnerException.Should().BeOfType<ConfigurationException>().Which.Message;
    }
}
