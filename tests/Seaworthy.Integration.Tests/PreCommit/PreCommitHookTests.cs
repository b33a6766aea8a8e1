using System;
using System.Collections.Generic;
using System.IO;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Integration.Tests.PreCommit;

/// <summary>
/// Debian's pre-commit on a throwaway git repository whose .pre-commit-config.yaml points at this repository:
/// pre-commit clones it at the commit under test, packs it and installs the seaworthy tool (language: dotnet),
/// then runs the hooks on the staged Dockerfile when git commits.
/// </summary>
public sealed class PreCommitHookTests
{
    private string _root = string.Empty;

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "seaworthy-pre-commit-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteRoot()
    {
        if (Directory.Exists(_root))
        {
            // pre-commit's clones hold read-only git objects.
            foreach (var file in Directory.GetFiles(_root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public void The_hooks_block_a_commit_of_a_bad_Dockerfile_and_pass_once_it_is_fixed()
    {
        var git = Requirements.Program("git", "apt-get install git");
        var preCommit = Requirements.Program("pre-commit", "apt-get install pre-commit");
        var hookRepository = TestPaths.RepositoryRoot;
        var revision = Run(git, hookRepository, "rev-parse", "HEAD").Output.Trim();

        var repository = Path.Combine(_root, "project");
        Directory.CreateDirectory(repository);
        Run(git, repository, "init", "--quiet", "--initial-branch=main");
        Run(git, repository, "config", "user.name", "Seaworthy Tests");
        Run(git, repository, "config", "user.email", "tests@seaworthy.invalid");
        File.WriteAllText(Path.Combine(repository, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {hookRepository}
                rev: {revision}
                hooks:
                  - id: seaworthy
                  - id: seaworthy-dockerfile
            """);
        File.Copy(Path.Combine(hookRepository, "docs", "examples", "Dockerfile"), Path.Combine(repository, "Dockerfile"));
        File.WriteAllText(Path.Combine(repository, "notes.md"), "Not a Dockerfile: the hooks leave it alone.\n");
        Run(preCommit, repository, "install");
        Run(git, repository, "add", "--all");

        var blocked = ProcessRunner.Run(git, new[] { "commit", "--quiet", "-m", "Add the image" }, repository, Environment(), TimeSpan.FromMinutes(10));

        blocked.ExitCode.Should().NotBe(0, blocked.Output);
        blocked.Output.Should().Contain("seaworthy (Dockerfile)").And.Contain("Failed");
        blocked.Output.Should().Contain("Dockerfile:18:6: warning SW1001 [run-as-root]")
            .And.Contain("Dockerfile:14:5: error SW1003 [secret-in-environment]")
            .And.NotContain("change-me-in-production")
            .And.NotContain("notes.md");
        Run(git, repository, "rev-list", "--all").Output.Should().BeEmpty("the hook stopped the commit");
        TestContext.Progress.WriteLine($"[integration] pre-commit: clone, pack and tool install, then the blocked commit: {blocked.Duration.TotalSeconds:F1} s");

        File.Copy(Path.Combine(hookRepository, "docs", "examples", "Dockerfile.fixed"), Path.Combine(repository, "Dockerfile"), overwrite: true);
        Run(git, repository, "add", "--all");

        var passed = ProcessRunner.Run(git, new[] { "commit", "--quiet", "-m", "Add the image" }, repository, Environment(), TimeSpan.FromMinutes(10));

        passed.ExitCode.Should().Be(0, passed.Output);
        passed.Output.Should().Contain("Passed").And.NotContain("Failed");
        Run(git, repository, "rev-list", "--all").Lines.Should().ContainSingle(line => line.Length == 40);
        TestContext.Progress.WriteLine($"[integration] pre-commit: the passing commit: {passed.Duration.TotalSeconds:F1} s");
    }

    // pre-commit keeps its clones and tool environments here rather than in the user's cache. Its pack makes
    // the framework-dependent tool only: the native one is packed and tested once per run, in Packages.
    private Dictionary<string, string?> Environment() => new()
    {
        ["PRE_COMMIT_HOME"] = Path.Combine(_root, "pre-commit-home"),
        ["SeaworthyNativeTool"] = "false",
    };

    private ProcessResult Run(string program, string workingDirectory, params string[] arguments)
    {
        var result = ProcessRunner.Run(program, arguments, workingDirectory, Environment());
        result.ExitCode.Should().Be(0, $"{program} {string.Join(' ', arguments)} failed:\n{result.Output}");
        return result;
    }
}
