using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Tests.Engine;

/// <summary>
/// Files a pull request can plant: links out of the tree or into .git, FIFOs, devices, loops, bad .gitignore
/// patterns, folders that cannot be listed. Each is one diagnostic; nothing blocks, nothing is read that should not be.
/// </summary>
// Windows has no FIFOs or device nodes, and its links need privileges.
[Platform(Exclude = "Win")]
public sealed class HostileFileSystemTests
{
    private const string Token = "ghp_SECRETTOKEN1234567890abcdefghijklmnop";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string _root = null!;
    private string _tree = null!;

    [SetUp]
    public void CreateFolders()
    {
        _root = Directory.CreateTempSubdirectory("seaworthy-hostile-").FullName;
        _tree = Path.Combine(_root, "tree");
        Directory.CreateDirectory(_tree);
        File.WriteAllText(Path.Combine(_root, ".git-credentials"), $"https://user:{Token}@github.com\n");
    }

    [TearDown]
    public void DeleteFolders() => Directory.Delete(_root, recursive: true);

    [Test]
    public void A_link_out_of_the_tree_is_refused_and_never_read()
    {
        File.CreateSymbolicLink(Path.Combine(_tree, "build.Dockerfile"), Path.Combine(_root, ".git-credentials"));

        var result = Analyze(_tree);

        Describe(result).Should().Equal($"build.Dockerfile SW0005 a symbolic link to '{Path.Combine(_root, ".git-credentials")}', outside '{_tree}'; not followed");
        result.Files.Should().ContainSingle().Which.Text.Should().BeNull("the content was never read");
    }

    [Test]
    public void A_link_into_the_checkouts_git_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_tree, ".git"));
        File.WriteAllText(Path.Combine(_tree, ".git", "config"), "[http]\n\textraheader = AUTHORIZATION: basic " + Token + "\n");
        File.CreateSymbolicLink(Path.Combine(_tree, "Dockerfile.ci"), ".git/config");

        var result = Analyze(_tree);

        Describe(result).Should().ContainSingle().Which.Should().StartWith("Dockerfile.ci SW0005 a symbolic link into a .git folder");
        result.Files.Single().Text.Should().BeNull();
    }

    [Test]
    public void A_link_named_on_the_command_line_is_followed_and_a_link_inside_the_tree_too()
    {
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(_root, "elsewhere", "real.Dockerfile"), "FROM a\nUSER root\n");
        var named = Path.Combine(_root, "named.Dockerfile");
        File.CreateSymbolicLink(named, Path.Combine(_root, "elsewhere", "real.Dockerfile"));
        File.WriteAllText(Path.Combine(_tree, "base.Dockerfile"), "FROM b\nUSER root\n");
        File.CreateSymbolicLink(Path.Combine(_tree, "Dockerfile"), "base.Dockerfile");

        var result = Analyze(named, _tree);

        Describe(result).Should().Equal("named.Dockerfile TEST002 root", "Dockerfile TEST002 root", "base.Dockerfile TEST002 root");
    }

    [Test]
    public void A_fifo_named_Dockerfile_is_refused_without_opening_it_whether_found_or_named()
    {
        var fifo = Path.Combine(_tree, "Dockerfile");
        MakeFifo(fifo);

        var found = Analyze(_tree);
        var named = Analyze(fifo);

        Describe(found).Should().Equal("Dockerfile SW0005 not a regular file but a FIFO (named pipe); not read");
        Describe(named).Should().Equal("Dockerfile SW0005 not a regular file but a FIFO (named pipe); not read");
    }

    [Test]
    public void A_link_to_dev_zero_as_a_Dockerfile_is_refused_from_its_type()
    {
        File.CreateSymbolicLink(Path.Combine(_tree, "Dockerfile"), "/dev/zero");

        Describe(Analyze(_tree)).Should().Equal("Dockerfile SW0005 not a regular file but a character device; not read");
        Describe(Analyze(Path.Combine(_tree, "Dockerfile"))).Should().Equal("Dockerfile SW0005 not a regular file but a character device; not read");
    }

    [Test]
    public void A_dockerignore_that_is_dev_zero_or_a_fifo_is_one_diagnostic_and_the_Dockerfile_is_still_linted()
    {
        File.WriteAllText(Path.Combine(_tree, "Dockerfile"), "FROM a\nUSER root\n");
        File.CreateSymbolicLink(Path.Combine(_tree, ".dockerignore"), "/dev/zero");
        File.WriteAllText(Path.Combine(_tree, "b.Dockerfile"), "FROM b\nUSER root\n");
        MakeFifo(Path.Combine(_tree, "b.Dockerfile.dockerignore"));

        Describe(Analyze(_tree)).Should().Equal(
            ".dockerignore SW0005 not a regular file but a character device; not read",
            "Dockerfile TEST002 root",
            "b.Dockerfile TEST002 root",
            "b.Dockerfile.dockerignore SW0005 not a regular file but a FIFO (named pipe); not read");
    }

    [Test]
    public void A_gitignore_that_is_dev_zero_is_one_diagnostic_and_the_walk_goes_on()
    {
        File.WriteAllText(Path.Combine(_tree, "Dockerfile"), "FROM a\nUSER root\n");
        File.CreateSymbolicLink(Path.Combine(_tree, ".gitignore"), "/dev/zero");

        Describe(Analyze(_tree)).Should().Equal(
            ".gitignore SW0005 not a regular file but a character device; not read; its patterns were not applied",
            "Dockerfile TEST002 root");
    }

    [Test]
    public void A_gitignore_with_an_unterminated_bracket_matches_nothing_on_that_line_as_in_git()
    {
        File.WriteAllText(Path.Combine(_tree, ".gitignore"), "[\nab[c\nx[\nbuild/\n");
        foreach (var name in new[] { "[.Dockerfile", "ab[c.Dockerfile", "x[.Dockerfile", "Dockerfile" })
        {
            File.WriteAllText(Path.Combine(_tree, name), "FROM a\nUSER root\n");
        }

        Directory.CreateDirectory(Path.Combine(_tree, "build"));
        File.WriteAllText(Path.Combine(_tree, "build", "Dockerfile"), "FROM a\nUSER root\n");

        var result = Analyze(_tree);

        result.Files.Select(file => Path.GetRelativePath(_tree, file.Path)).Should().Equal("Dockerfile", "[.Dockerfile", "ab[c.Dockerfile", "x[.Dockerfile");
        result.Diagnostics.Should().OnlyContain(d => d.Id == "TEST002");
    }

    [Test]
    public void A_folder_that_cannot_be_listed_is_one_problem_and_the_others_are_still_walked()
    {
        Directory.CreateDirectory(Path.Combine(_tree, "locked"));
        File.WriteAllText(Path.Combine(_tree, "locked", "Dockerfile"), "FROM a\n");
        File.WriteAllText(Path.Combine(_tree, "Dockerfile"), "FROM a\n");
        var locked = Path.Combine(_tree, "locked");

        // Root reads any folder whatever its mode, so the listing fails the way an unreadable folder's does.
        var discovery = FileDiscovery.Discover(new[] { _tree }, Array.Empty<string>(), folder =>
            folder == locked ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.") : new DirectoryInfo(folder).EnumerateFileSystemInfos());

        discovery.Files.Select(file => file.Path).Should().Equal(Path.Combine(_tree, "Dockerfile"));
        discovery.Problems.Should().Equal(new DiscoveryProblem(locked, $"cannot list the folder (Access to the path '{locked}' is denied.); the files in it were not linted"));
    }

    [Test]
    public void A_folder_that_fails_while_it_is_listed_is_one_problem_too()
    {
        Directory.CreateDirectory(Path.Combine(_tree, "vanishing"));
        var vanishing = Path.Combine(_tree, "vanishing");

        static IEnumerable<FileSystemInfo> FailHalfway(string folder)
        {
            yield return new FileInfo(Path.Combine(folder, "Dockerfile"));
            throw new DirectoryNotFoundException($"Could not find a part of the path '{folder}'.");
        }

        var discovery = FileDiscovery.Discover(new[] { _tree }, Array.Empty<string>(), folder => folder == vanishing ? FailHalfway(folder) : new DirectoryInfo(folder).EnumerateFileSystemInfos());

        discovery.Problems.Should().ContainSingle().Which.Path.Should().Be(vanishing);
    }

    [Test]
    public void Linked_folders_are_not_walked_and_link_loops_end()
    {
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        File.WriteAllText(Path.Combine(_root, "outside", "Dockerfile"), "FROM a\nUSER root\n");
        Directory.CreateSymbolicLink(Path.Combine(_tree, "out"), Path.Combine(_root, "outside"));
        Directory.CreateSymbolicLink(Path.Combine(_tree, "loop"), ".");
        File.CreateSymbolicLink(Path.Combine(_tree, "a.Dockerfile"), "b.Dockerfile");
        File.CreateSymbolicLink(Path.Combine(_tree, "b.Dockerfile"), "a.Dockerfile");

        var result = Analyze(_tree);

        Describe(result).Should().Equal(
            "a.Dockerfile SW0005 Too many levels of symbolic links",
            "b.Dockerfile SW0005 Too many levels of symbolic links");
    }

    [Test]
    public void A_file_reached_through_a_linked_folder_that_leaves_the_tree_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        File.WriteAllText(Path.Combine(_root, "outside", ".dockerignore"), "*\n");
        File.WriteAllText(Path.Combine(_tree, "Dockerfile"), "FROM a\n");
        var scope = FileScope.OfFolder(_tree);
        Directory.CreateSymbolicLink(Path.Combine(_tree, "sub"), Path.Combine(_root, "outside"));

        var source = SourceFiles.Read(Path.Combine(_tree, "sub", ".dockerignore"), SourceFiles.DefaultMaxBytes, scope);

        source!.Problem.Should().Be($"a symbolic link to '{Path.Combine(_root, "outside", ".dockerignore")}', outside '{_tree}'; not followed");
        SourceFiles.Read(Path.Combine(_tree, "..", "outside", ".dockerignore"), SourceFiles.DefaultMaxBytes, scope)!.Text.Should().NotBeNull("a path that leaves the tree as written is read as written");
    }

    [Test]
    public void Endless_input_is_read_up_to_the_limit_and_no_further()
    {
        using var endless = new EndlessStream();

        var source = SourceFiles.Read("Dockerfile", endless, maxBytes: 1_000_000);

        source.Problem.Should().Be("more than the limit of 1000000 bytes; not analyzed");
        endless.Served.Should().BeLessThan(2_000_000);
    }

    [Test]
    public void A_file_longer_than_it_reports_is_read_to_the_limit_and_no_further()
    {
        // procfs reports a length of 0 for files that have content, as a file growing while it is read would.
        new FileInfo("/proc/self/status").Length.Should().Be(0);

        SourceFiles.Read("/proc/self/status", maxBytes: 100)!.Problem.Should().Be("file is longer than it reported and passed the limit of 100 bytes while it was read; not analyzed");
        SourceFiles.Read("/proc/self/status")!.Text!.Text.Should().StartWith("Name:");
    }

    [Test]
    public void Standard_input_over_the_limit_is_one_SW0005_for_its_file_name()
    {
        using var endless = new EndlessStream();
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        var result = engine.AnalyzeStream("app/Dockerfile", endless, new AnalysisOptions { MaxFileSize = 100_000 });

        result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id} {d.Message}").Should().Equal("app/Dockerfile SW0005 more than the limit of 100000 bytes; not analyzed");
    }

    [Test]
    public void Standard_input_within_the_limit_is_analyzed_as_a_file_would_be()
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("\uFEFFFROM a\nUSER root\n"));
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });

        var result = engine.AnalyzeStream("Dockerfile", input);

        result.Diagnostics.Select(d => $"{d.Id} {d.Location.Line}:{d.Location.Column}").Should().Equal("TEST002 2:6");
    }

    private static List<string> Describe(AnalysisResult result) =>
        result.Diagnostics.Select(d => $"{Path.GetFileName(d.Location.Path)} {d.Id} {d.Message}").ToList();

    private static AnalysisResult Analyze(params string[] paths)
    {
        var engine = new AnalysisEngine(new Analyzer[] { new UserAnalyzer() });
        var run = Task.Run(() => engine.AnalyzeAsync(paths));
        run.Wait(Patience).Should().BeTrue("a special file must never block the run");
        return run.Result;
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
    }

    private sealed class UserAnalyzer : Analyzer
    {
        private static readonly RuleDescriptor Rule = new(
            "TEST002", "test-user", "user", "{0}", RuleCategory.Security, Severity.Warning, true, Surfaces.Dockerfile, "https://example.com", Array.Empty<string>());

        public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

        public override void Initialize(AnalysisContext context) =>
            context.RegisterInstruction<UserInstruction>(c => c.Report(Rule, c.GetLocation(c.Instruction.User!.Span), c.Instruction.User.Value));
    }

    // /dev/zero as a stream: as many NUL bytes as asked for, for ever.
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Served += count;
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
