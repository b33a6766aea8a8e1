using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Reporting;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

/// <summary>
/// Special files as inputs and outputs of the command line (FIFOs, devices, links, folders, a closed or broken
/// standard output, endless standard input): a finding or a clear error with exit 2, never a hang, never exit 3,
/// never a device replaced by a regular file. Each in-process run has a time limit, so a regression fails.
/// Windows has no FIFOs, device nodes or setpriv: these run everywhere else.
/// </summary>
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class HostileFileSystemCliTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string Snapshot = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.HostAudit.Tests", "Snapshots", "engine", "test-engine.json");

    private string _folder = null!;
    private string _dockerfile = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("seaworthy-cli-hostile-").FullName;
        _dockerfile = Path.Combine(_folder, "app", "Dockerfile");
        Directory.CreateDirectory(Path.GetDirectoryName(_dockerfile)!);
        File.WriteAllText(_dockerfile, "FROM alpine:3.20\nUSER root\n");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Links_out_of_the_tree_or_into_git_and_special_files_never_reach_any_format()
    {
        const string Token = "ghp_SECRETTOKEN1234567890abcdefghijklmnop";
        var home = Path.Combine(_folder, "home");
        var tree = Path.Combine(_folder, "checkout");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(tree, ".git"));
        Directory.CreateDirectory(Path.Combine(tree, "pipe"));
        File.WriteAllText(Path.Combine(home, ".git-credentials"), $"https://user:{Token}@github.com\n");
        File.WriteAllText(Path.Combine(tree, ".git", "config"), $"[http]\n\textraheader = AUTHORIZATION: basic {Token}\n");
        File.CreateSymbolicLink(Path.Combine(tree, "build.Dockerfile"), Path.Combine(home, ".git-credentials"));
        File.CreateSymbolicLink(Path.Combine(tree, "Dockerfile.ci"), ".git/config");
        File.CreateSymbolicLink(Path.Combine(tree, "zero.Dockerfile"), "/dev/zero");
        Run("mkfifo", Path.Combine(tree, "pipe", "Dockerfile"));

        foreach (var format in ReportFormatter.FormatNames)
        {
            var (exitCode, output, error) = await CliRunner.RunWithinAsync(Patience, "lint", tree, "--format", format);

            exitCode.Should().Be(1, format);
            error.Should().BeEmpty(format);
            output.Should().NotContain(Token, format).And.NotContain("extraheader", format).And.NotContain("https://user", format);
        }

        var (_, text, _) = await CliRunner.RunWithinAsync(Patience, "lint", tree, "--format", "msbuild");
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Replace(tree + "/", string.Empty, StringComparison.Ordinal)).Should().Equal(
            "Dockerfile.ci(1,1,1,1): error SW0005: a symbolic link into a .git folder ('.git/config'); not followed",
            $"build.Dockerfile(1,1,1,1): error SW0005: a symbolic link to '{home}/.git-credentials', outside '{tree}'; not followed",
            "pipe/Dockerfile(1,1,1,1): error SW0005: not a regular file but a FIFO (named pipe); not read",
            "zero.Dockerfile(1,1,1,1): error SW0005: not a regular file but a character device; not read");
    }

    [Test]
    public void Output_to_dev_stdout_is_written_through_to_standard_output()
    {
        var (exitCode, output, error) = CliRunner.RunProcess(string.Empty, "| cat", "lint", _dockerfile, "-o", "/dev/stdout", "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(0, "cat's exit code");
        output.Should().Contain("\"SW1001\"");
        FileType("/dev/stdout").Should().Be("symbolic link");
    }

    [Test]
    public async Task Output_to_a_folder_is_a_clear_error_and_exit_2()
    {
        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "-o", "/");

        exitCode.Should().Be(2);
        error.Should().Be("seaworthy: cannot write the report to /: it is a folder\n");
    }

    [Test]
    public async Task Output_to_a_file_that_cannot_be_written_is_a_clear_error_and_exit_2()
    {
        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "-o", "/proc/version");

        exitCode.Should().Be(2);
        error.Should().StartWith("seaworthy: cannot write the report to /proc/version: cannot create the file to move into its place in /proc");
        FileType("/proc/version").Should().Be("regular empty file");
    }

    [Test]
    public async Task Output_to_a_full_device_is_written_through_and_exits_2_and_the_device_stays_a_device()
    {
        var full = Path.Combine(_folder, "full");
        Run("mknod", full, "c", "1", "7");

        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "-o", full);

        exitCode.Should().Be(2);
        error.Should().StartWith($"seaworthy: cannot write the report to {full}: No space left on device");
        FileType(full).Should().Be("character special file");
    }

    [Test]
    public async Task Output_to_dev_null_is_written_through_and_dev_null_stays_a_device()
    {
        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "-o", "/dev/null");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        FileType("/dev/null").Should().Be("character special file");
    }

    [Test]
    public async Task Output_to_a_fifo_is_written_through_to_its_reader()
    {
        var fifo = Path.Combine(_folder, "report.fifo");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "-o", fifo, "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        (await reader.WaitAsync(Patience)).Should().Contain("\"SW1001\"");
        FileType(fifo).Should().Be("fifo");
    }

    [Test]
    public async Task Output_to_a_link_replaces_its_target_and_keeps_the_link_and_the_mode()
    {
        var target = Path.Combine(_folder, "report.json");
        File.WriteAllText(target, "old\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(_folder, "latest.json");
        File.CreateSymbolicLink(link, "report.json");

        var (exitCode, _, _) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "-o", link, "--format", "json");

        exitCode.Should().Be(1);
        new FileInfo(link).LinkTarget.Should().Be("report.json");
        File.ReadAllText(target).Should().Contain("\"SW1001\"");
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo("report.json", "latest.json");
    }

    [Test]
    public async Task Save_snapshot_to_a_fifo_is_written_through_and_to_a_folder_is_exit_2()
    {
        var fifo = Path.Combine(_folder, "snapshot.fifo");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var (savedExit, _, savedError) = await CliRunner.RunWithinAsync(Patience, "audit", "--snapshot", Snapshot, "--save-snapshot", fifo, "--fail-on", "none");
        var (folderExit, _, folderError) = await CliRunner.RunWithinAsync(Patience, "audit", "--snapshot", Snapshot, "--save-snapshot", _folder);

        savedError.Should().BeEmpty();
        savedExit.Should().Be(0);
        (await reader.WaitAsync(Patience)).Should().Contain("\"formatVersion\"");
        FileType(fifo).Should().Be("fifo");
        folderExit.Should().Be(2);
        folderError.Should().Be($"seaworthy: cannot save the snapshot to {_folder}: it is a folder\n");
    }

    [Test]
    public async Task Audit_output_to_a_folder_is_exit_2()
    {
        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "audit", "--snapshot", Snapshot, "-o", _folder);

        exitCode.Should().Be(2);
        error.Should().Be($"seaworthy: cannot write the report to {_folder}: it is a folder\n");
    }

    [Test]
    public async Task A_snapshot_that_is_a_fifo_or_dev_zero_is_refused_with_exit_2()
    {
        var fifo = Path.Combine(_folder, "snapshot.json");
        Run("mkfifo", fifo);

        var (fifoExit, _, fifoError) = await CliRunner.RunWithinAsync(Patience, "audit", "--snapshot", fifo);
        var (zeroExit, _, zeroError) = await CliRunner.RunWithinAsync(Patience, "audit", "--snapshot", "/dev/zero");

        fifoExit.Should().Be(2);
        fifoError.Should().Be($"seaworthy: cannot read the snapshot {fifo}: not a regular file but a FIFO (named pipe); not read\n");
        zeroExit.Should().Be(2);
        zeroError.Should().Be("seaworthy: cannot read the snapshot /dev/zero: not a regular file but a character device; not read\n");
    }

    [Test]
    public async Task A_configuration_that_is_a_fifo_or_dev_zero_is_a_configuration_error()
    {
        var fifo = Path.Combine(_folder, "config.yaml");
        Run("mkfifo", fifo);

        var (fifoExit, _, fifoError) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "--config", fifo);
        var (zeroExit, _, zeroError) = await CliRunner.RunWithinAsync(Patience, "lint", _dockerfile, "--config", "/dev/zero");

        fifoExit.Should().Be(2);
        fifoError.Should().Be($"seaworthy: configuration error: {fifo}:1:1: not a regular file but a FIFO (named pipe); not read\n");
        zeroExit.Should().Be(2);
        zeroError.Should().Be("seaworthy: configuration error: /dev/zero:1:1: not a regular file but a character device; not read\n");
    }

    [Test]
    public async Task Compose_include_extends_and_env_files_that_are_fifos_or_dev_zero_are_findings_not_hangs()
    {
        var project = Path.Combine(_folder, "project");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "compose.yaml"), """
            include:
              - included.yaml
              - zero.yaml
            services:
              web:
                image: nginx:1.27
                extends:
                  file: base.yaml
                  service: base
            """);
        Run("mkfifo", Path.Combine(project, "included.yaml"));
        Run("mkfifo", Path.Combine(project, "base.yaml"));
        Run("mkfifo", Path.Combine(project, ".env"));
        File.CreateSymbolicLink(Path.Combine(project, "zero.yaml"), "/dev/zero");

        var (exitCode, output, error) = await CliRunner.RunWithinAsync(Patience, "lint", project, "--format", "msbuild");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        var lines = output.Split('\n').Where(line => line.Contains("SW0005", StringComparison.Ordinal)).Select(line => line.Replace(project + "/", string.Empty, StringComparison.Ordinal)).ToArray();
        lines.Should().BeEquivalentTo(
            ".env(1,1,1,1): error SW0005: not a regular file but a FIFO (named pipe); not read",
            "base.yaml(1,1,1,1): error SW0005: not a regular file but a FIFO (named pipe); not read",
            "included.yaml(1,1,1,1): error SW0005: not a regular file but a FIFO (named pipe); not read",
            "zero.yaml(1,1,1,1): error SW0005: not a regular file but a character device; not read");
    }

    [Test]
    public async Task Endless_standard_input_is_one_SW0005_for_the_stdin_file_name()
    {
        using var endless = new EndlessStream();

        var run = CliRunner.RunWithStreamAsync(endless, "lint", "-", "--stdin-filename", "app/Dockerfile");
        var (exitCode, output, error) = await run.WaitAsync(Patience);

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Should().StartWith("app/Dockerfile:1:1: error SW0005 [unreadable-file] more than the limit of 67108864 bytes; not analyzed");
    }

    [Test]
    public async Task Init_in_a_folder_that_does_not_exist_is_exit_2()
    {
        var missing = Path.Combine(_folder, "missing", "dir");

        var (exitCode, _, error) = await CliRunner.RunWithinAsync(Patience, "init", missing);

        exitCode.Should().Be(2);
        error.Should().Be($"seaworthy: no such folder: {missing}\n");
        Directory.Exists(missing).Should().BeFalse();
    }

    [Test]
    public void A_closed_standard_output_is_exit_2_with_a_message()
    {
        var (exitCode, _, error) = CliRunner.RunProcess(string.Empty, ">&-", "lint", _dockerfile);

        exitCode.Should().Be(2);
        error.Should().Be("seaworthy: cannot write to standard output: Bad file descriptor\n");
    }

    [Test]
    public void A_standard_output_whose_reader_has_gone_is_exit_2_with_a_message()
    {
        // More than a pipe holds (64 KiB), so writes go on after head has read its byte and gone.
        for (var i = 0; i < 300; i++)
        {
            File.WriteAllText(Path.Combine(_folder, "app", $"{i}.Dockerfile"), "FROM alpine\nUSER root\nRUN apt-get install curl\n");
        }

        var (exitCode, output, error) = CliRunner.RunProcess(string.Empty, "| head -c1 >/dev/null; exit ${PIPESTATUS[0]}", "lint", Path.Combine(_folder, "app"), "--format", "json");

        output.Should().BeEmpty();
        error.Should().Be("seaworthy: cannot write to standard output: Broken pipe\n");
        exitCode.Should().Be(2);
    }

    [Test]
    public void Standard_input_from_dev_zero_is_read_up_to_the_limit_only()
    {
        var (exitCode, output, error) = CliRunner.RunProcess(string.Empty, "< /dev/zero", "lint", "-");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Should().StartWith("Dockerfile:1:1: error SW0005 [unreadable-file] more than the limit of 67108864 bytes; not analyzed");
    }

    [Test]
    public void A_folder_the_user_cannot_read_is_one_SW0005_and_the_rest_is_linted()
    {
        // Root reads any folder, so the run drops to nobody (as CI runners often are not root) to meet a real EACCES.
        var tree = Path.Combine(_folder, "app");
        Directory.CreateDirectory(Path.Combine(tree, "locked"));
        File.WriteAllText(Path.Combine(tree, "locked", "Dockerfile"), "FROM alpine:3.20\n");
        File.SetUnixFileMode(Path.Combine(tree, "locked"), UnixFileMode.None);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);

        var (exitCode, output, error) = CliRunner.RunProcess("setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp", string.Empty, "lint", tree, "--format", "msbuild");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.Contains("SW0005", StringComparison.Ordinal)).Should().Equal(
            $"{tree}/locked(1,1,1,1): error SW0005: cannot list the folder (Access to the path '{tree}/locked' is denied.); the files in it were not linted");
        output.Should().Contain($"{tree}/Dockerfile(2,6,2,10): warning SW1001:");
    }

    private static string FileType(string path)
    {
        var start = new ProcessStartInfo("stat", new[] { "-c", "%F", path }) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var type = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return type;
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', arguments)} must succeed");
    }

    // /dev/zero as a stream: as many NUL bytes as asked for, for ever.
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
