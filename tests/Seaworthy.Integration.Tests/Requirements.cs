using System;
using NUnit.Framework;

namespace Seaworthy.Integration.Tests;

/// <summary>
/// A test that needs a component the machine lacks is skipped with the reason locally; under CI
/// (<c>CI=true</c>), where tests/run.sh installs every component, it fails instead, so nothing is skipped there.
/// </summary>
internal static class Requirements
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Program(string name, string installHint)
    {
        if (ProcessRunner.FindOnPath(name) is { } path)
        {
            return path;
        }

        var reason = $"'{name}' is not on PATH ({installHint}; tests/run.sh installs it).";
        if (IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Ignore(reason);
        return name;
    }
}
