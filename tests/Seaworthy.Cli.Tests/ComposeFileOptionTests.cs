using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

public sealed class ComposeFileOptionTests : FolderTests
{
    [Test]
    public async Task Files_given_with_file_are_one_project_with_the_later_ones_merged_on_top()
    {
        // Neither name is a Compose file name, and the override beside them is not read: --file says what the project is.
        Write("base.yaml", "services:\n  web:\n    image: nginx:1.27\n    user: \"1000\"\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n");
        Write("prod.yaml", "services:\n  web:\n    user: root\n    container_name: web\n  worker:\n    image: nginx:1.27\n    user: \"1000\"\n    container_name: web\n    healthcheck:\n      disable: true\n");
        Write("compose.override.yaml", "services:\n  worker:\n    user: root\n");

        var (exitCode, output, _) = await CliRunner.RunAsync("lint", "--format", "msbuild", "--file", Path.Combine(Folder, "base.yaml"), "--file", Path.Combine(Folder, "prod.yaml"));

        exitCode.Should().Be(1);
        // The user (SW1001: root in prod.yaml, and in the override if it were read) and the names (SW3002) tell which files were merged.
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(" SW1001:", StringComparison.Ordinal) || line.Contains(" SW3002:", StringComparison.Ordinal))
            .Select(line => line.Replace(Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))
            .Select(line => line.Substring(0, line.IndexOf(':', line.IndexOf(')', StringComparison.Ordinal) + 3)))
            .Should().Equal(
                "prod.yaml(3,11,3,15): warning SW1001",
                "prod.yaml(8,21,8,24): error SW3002");
    }

    [Test]
    public async Task A_missing_file_or_paths_beside_file_are_usage_errors()
    {
        Write("base.yaml", "services:\n  web:\n    image: nginx:1.27\n");

        var missing = await CliRunner.RunAsync("lint", "--file", Path.Combine(Folder, "base.yaml"), "--file", Path.Combine(Folder, "nope.yaml"));
        var both = await CliRunner.RunAsync("lint", "--file", Path.Combine(Folder, "base.yaml"), Folder);

        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("no such file");
        both.ExitCode.Should().Be(2);
        both.Error.Should().Contain("either --file or paths");
    }
}
