using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;

namespace Seaworthy.Cli.Tests;

// Patch, git and Unix file modes: these run where the CI does.
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class LintFixTests
{
    private const string Fixable = "FROM alpine:3.20 as build\nMAINTAINER someone@example.com\nADD app.py /srv/\n";

    private const string FixedText = "FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.authors=\"someone@example.com\"\nCOPY app.py /srv/\n";

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("seaworthy-fix-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Fix_rewrites_the_file_keeping_bom_crlf_and_mode_and_says_what_remains()
    {
        var crlf = Path.Combine(_folder, "crlf.Dockerfile");
        File.WriteAllBytes(crlf, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixable.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());
        File.SetUnixFileMode(crlf, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var clean = Path.Combine(_folder, "clean.Dockerfile");
        File.WriteAllText(clean, "FROM alpine:3.20\n");
        var untouched = File.GetLastWriteTimeUtc(clean);

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", _folder, "--fix", "--fail-on", "none");

        exitCode.Should().Be(0);
        File.ReadAllBytes(crlf).Should().Equal(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FixedText.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());
        File.GetUnixFileMode(crlf).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.GetLastWriteTimeUtc(clean).Should().Be(untouched, "a file without fixes is never written");
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo("crlf.Dockerfile", "clean.Dockerfile");
        error.Should().Contain("fixed 3 findings in 1 files (SW2005: 1, SW2007: 1, SW2022: 1)").And.Contain("findings remain");
    }

    [Test]
    public async Task Diff_writes_nothing_exits_1_and_applies_with_patch_and_git_apply_to_the_same_files_as_fix()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_folder, "app")).FullName;
        File.WriteAllText(Path.Combine(sub, "Dockerfile"), Fixable);
        File.WriteAllText(Path.Combine(_folder, "no-newline.Dockerfile"), Fixable.TrimEnd('\n'));
        var copy = Path.Combine(_folder, "copy");
        var patched = Path.Combine(_folder, "patched");

        var diff = CliRunner.RunProcess($"cd '{_folder}' &&", string.Empty, "lint", ".", "--diff");

        diff.ExitCode.Should().Be(1, diff.Error);
        File.ReadAllText(Path.Combine(sub, "Dockerfile")).Should().Be(Fixable, "--diff writes nothing");
        File.WriteAllText(Path.Combine(_folder, "fixes.patch"), diff.Output);
        Run($"cd {_folder} && mkdir {patched} {copy} && cp -r app no-newline.Dockerfile {patched}/ && cp -r app no-newline.Dockerfile {copy}/ && cd {patched} && patch -p1 --quiet < ../fixes.patch");
        Run($"cd {copy} && git init --quiet . && git apply --check ../fixes.patch");
        (await CliRunner.RunAsync("lint", copy, "--fix")).Error.Should().Contain("fixed 6 findings in 2 files");
        File.ReadAllText(Path.Combine(patched, "app", "Dockerfile")).Should().Be(FixedText).And.Be(File.ReadAllText(Path.Combine(copy, "app", "Dockerfile")));
        File.ReadAllText(Path.Combine(patched, "no-newline.Dockerfile")).Should().Be(FixedText.TrimEnd('\n')).And.Be(File.ReadAllText(Path.Combine(copy, "no-newline.Dockerfile")));
        CliRunner.RunProcess($"cd '{patched}' &&", string.Empty, "lint", ".", "--diff").ExitCode.Should().Be(0, "nothing is left to fix");
    }

    [Test]
    public async Task A_link_out_of_the_tree_is_never_written_through()
    {
        var outside = Directory.CreateTempSubdirectory("seaworthy-outside-").FullName;
        try
        {
            var target = Path.Combine(outside, "Dockerfile");
            File.WriteAllText(target, Fixable);
            var tree = Directory.CreateDirectory(Path.Combine(_folder, "tree")).FullName;
            File.CreateSymbolicLink(Path.Combine(tree, "Dockerfile"), target);

            var (_, _, error) = await CliRunner.RunAsync("lint", Path.Combine(tree, "Dockerfile"), "--fix");

            File.ReadAllText(target).Should().Be(Fixable);
            error.Should().Contain($"not fixed: a symbolic link to '{target}', outside '{tree}'; not followed");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public async Task Unsafe_fixes_needs_fix_or_diff_and_standard_input_cannot_be_fixed()
    {
        (await CliRunner.RunAsync("lint", _folder, "--unsafe-fixes")).ExitCode.Should().Be(2);
        (await CliRunner.RunWithInputAsync(Fixable, "lint", "-", "--fix")).ExitCode.Should().Be(2);
    }

    private static void Run(string command)
    {
        var start = new ProcessStartInfo("bash", new[] { "-c", command }) { RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{command} failed: {error}");
    }
}
