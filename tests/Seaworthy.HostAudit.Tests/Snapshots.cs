using System.IO;
using Seaworthy.Host;
using Seaworthy.Testing;

namespace Seaworthy.HostAudit.Tests;

/// <summary>The snapshot files the tests read, under tests/Seaworthy.HostAudit.Tests/Snapshots.</summary>
internal static class Snapshots
{
    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.HostAudit.Tests", "Snapshots");

    /// <summary>A snapshot collected from the test engine (engine/test-engine.sh): its misconfigured and hardened containers.</summary>
    public static string TestEnginePath { get; } = Path.Combine(Folder, "engine", "test-engine.json");

    public static HostSnapshot TestEngine() => HostSnapshotJson.Load(TestEnginePath);
}
