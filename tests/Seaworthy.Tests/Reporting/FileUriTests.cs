using System;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Reporting;

namespace Seaworthy.Tests.Reporting;

public class FileUriTests
{
    [TestCase("Dockerfile", "Dockerfile")]
    [TestCase("./docker/app/Dockerfile", "docker/app/Dockerfile")]
    [TestCase("././Dockerfile", "Dockerfile")]
    [TestCase("../shared/Dockerfile", "../shared/Dockerfile")]
    [TestCase("my app/Dockerfile #2", "my%20app/Dockerfile%20%232")]
    [TestCase("100%/Dockerfile?x=1", "100%25/Dockerfile%3Fx%3D1")]
    [TestCase("a:b/Dockerfile", "a%3Ab/Dockerfile")]
    [TestCase("C:/Dockerfile", "C%3A/Dockerfile")]
    [TestCase("dir\\Dockerfile", "dir%5CDockerfile")]
    [TestCase("caf\u00e9/Dockerfile", "caf%C3%A9/Dockerfile")]
    public void ARelativeUnixPathBecomesAnEscapedRelativeReference(string path, string expected)
    {
        var uri = FileUri.FromPath(path, windowsPaths: false, out var isRelative);

        uri.Should().Be(expected);
        isRelative.Should().BeTrue();
        Uri.TryCreate(uri, UriKind.Relative, out _).Should().BeTrue("a relative reference must not parse as an absolute URI");
        Uri.UnescapeDataString(uri).Should().Be(path.StartsWith("./", StringComparison.Ordinal) ? path.Replace("./", string.Empty, StringComparison.Ordinal) : path);
    }

    [TestCase("/srv/app/Dockerfile", "file:///srv/app/Dockerfile")]
    [TestCase("/srv/my app/Docker#file", "file:///srv/my%20app/Docker%23file")]
    [TestCase("//srv/app/Dockerfile", "file:///srv/app/Dockerfile")]
    public void AnAbsoluteUnixPathBecomesAFileUri(string path, string expected)
    {
        var uri = FileUri.FromPath(path, windowsPaths: false, out var isRelative);

        uri.Should().Be(expected);
        isRelative.Should().BeFalse();
        new Uri(uri).LocalPath.Should().Be(path.TrimStart('/').Insert(0, "/"));
    }

    [TestCase("docker\\app\\Dockerfile", "docker/app/Dockerfile", true)]
    [TestCase(".\\Dockerfile", "Dockerfile", true)]
    [TestCase("C:\\src\\app\\Dockerfile", "file:///C:/src/app/Dockerfile", false)]
    [TestCase("c:/src/my app/Dockerfile", "file:///c:/src/my%20app/Dockerfile", false)]
    [TestCase("\\\\server\\share\\Dockerfile", "file://server/share/Dockerfile", false)]
    [TestCase("\\src\\Dockerfile", "file:///src/Dockerfile", false)]
    public void AWindowsPathUsesForwardSlashes(string path, string expected, bool relative)
    {
        var uri = FileUri.FromPath(path, windowsPaths: true, out var isRelative);

        uri.Should().Be(expected);
        isRelative.Should().Be(relative);
    }
}
