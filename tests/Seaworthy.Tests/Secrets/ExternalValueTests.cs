using System.IO;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Compose;

namespace Seaworthy.Tests.Secrets;

/// <summary>What a Compose project takes from outside its files, which reports mask.</summary>
public sealed class ExternalValueTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sw-external-" + Path.GetRandomFileName());
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void The_values_of_a_services_env_file_are_masked()
    {
        File.WriteAllText(Path.Combine(_folder, "app.env"), "API_KEY=env-file-secret-value\n");
        var yaml = new Seaworthy.Text.SourceText(Path.Combine(_folder, "compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    env_file: app.env\n");

        var project = ComposeProject.Load(yaml, new ComposeLoadOptions());

        project.ExternalValues.Should().Contain("env-file-secret-value");
    }

    [Test]
    public void A_dotenv_line_that_is_not_an_assignment_is_not_echoed()
    {
        File.WriteAllText(Path.Combine(_folder, ".env"), "TAG=1.27\nhunter2 bare secret line\n");
        var yaml = new Seaworthy.Text.SourceText(Path.Combine(_folder, "compose.yaml"), "services:\n  web:\n    image: nginx:${TAG}\n");

        var project = ComposeProject.Load(yaml, new ComposeLoadOptions());

        project.Problems.Should().ContainSingle().Which.Message.Should().NotContain("hunter2");
    }
}
