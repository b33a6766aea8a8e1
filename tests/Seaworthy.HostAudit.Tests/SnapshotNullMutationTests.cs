using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Host;

namespace Seaworthy.HostAudit.Tests;

/// <summary>
/// Every value of a real snapshot (the test engine's), set to null one at a time: each mutated snapshot is either
/// refused with an error that names the nulled value's JSON path (the CLI's exit 2), or audited without an exception
/// (exit 0 or 1) to a scorecard where no check that failed or was unknown on the original passes.
/// </summary>
public sealed class SnapshotNullMutationTests
{
    private static readonly AnalysisEngine Engine = AnalysisEngine.CreateDefault();

    private static readonly Lazy<Dictionary<string, CheckOutcome>> Original = new(() => Outcomes(Snapshots.TestEngine()));

    public static IEnumerable<TestCaseData> Mutations()
    {
        return Values(Load()).Select((value, index) => new TestCaseData(index, value.GetPath()).SetName("null at " + value.GetPath()));
    }

    [Test]
    public void The_original_fails_some_checks_and_is_unknown_on_none_it_could_decide()
    {
        Original.Value.Values.Should().Contain(CheckOutcome.Fail).And.Contain(CheckOutcome.Pass);
    }

    [Test]
    public void The_mutations_reach_every_value_of_the_snapshot()
    {
        Mutations().Should().HaveCountGreaterThan(700);
    }

    [TestCaseSource(nameof(Mutations))]
    public void A_null_is_refused_with_its_path_or_turns_no_failure_into_a_pass(int index, string path)
    {
        var root = Load();
        var value = Values(root).ElementAt(index);
        value.GetPath().Should().Be(path);
        if (value.Parent is JsonArray array)
        {
            array[value.GetElementIndex()] = null;
        }
        else
        {
            value.Parent!.AsObject()[value.GetPropertyName()] = null;
        }

        HostSnapshot snapshot;
        try
        {
            snapshot = HostSnapshotJson.Deserialize(root.ToJsonString());
        }
        catch (FormatException exception)
        {
            exception.Message.Should().Contain(path, "a refusal names the value that is missing or invalid");
            return;
        }

        var mutated = Outcomes(snapshot);
        var turned = Original.Value
            .Where(pair => pair.Value is CheckOutcome.Fail or CheckOutcome.Unknown && mutated[pair.Key] == CheckOutcome.Pass)
            .Select(pair => $"{pair.Key}: {pair.Value} -> pass");
        turned.Should().BeEmpty("a check passes only when the data it needs was read");
    }

    // The same promise for each part the collector can fail to read: its data gone and the part named in "unavailable".
    [TestCase(HostParts.Info)]
    [TestCase(HostParts.Containers)]
    [TestCase(HostParts.Processes)]
    [TestCase(HostParts.Images)]
    [TestCase(HostParts.Networks)]
    [TestCase(HostParts.Local)]
    [TestCase(HostParts.DaemonProcess)]
    [TestCase(HostParts.DaemonFiles)]
    [TestCase(HostParts.DockerGroup)]
    [TestCase(HostParts.AuditRules)]
    [TestCase(HostParts.Mounts)]
    [TestCase(HostParts.ListeningSockets)]
    public void A_part_that_was_not_read_turns_no_failure_into_a_pass(string part)
    {
        var snapshot = Snapshots.TestEngine();
        var local = snapshot.Local!;
        var leaveOut = new Dictionary<string, Action>(StringComparer.Ordinal)
        {
            [HostParts.Info] = () => snapshot.Info = null,
            [HostParts.Containers] = () => snapshot.Containers = Array.Empty<EngineContainer>(),
            [HostParts.Images] = () => snapshot.Images = Array.Empty<EngineImage>(),
            [HostParts.Networks] = () => snapshot.Networks = Array.Empty<EngineNetwork>(),
            [HostParts.Local] = () => snapshot.Local = null,
            [HostParts.DaemonProcess] = () => local.DaemonProcess = null,
            [HostParts.DaemonFiles] = () => local.Files = Array.Empty<HostFile>(),
            [HostParts.DockerGroup] = () => local.DockerGroup = null,
            [HostParts.AuditRules] = () => local.AuditRules = null,
            [HostParts.Mounts] = () => local.DataRoot = null,
            [HostParts.ListeningSockets] = () => local.ListeningSockets = null,
            [HostParts.Processes] = () =>
            {
                foreach (var container in snapshot.Containers.Where(container => container.Running))
                {
                    container.Processes = null;
                    container.ProcessesUnavailable = "the engine answered 500";
                }
            },
        };
        leaveOut[part]();
        snapshot.Unavailable = new[] { new UnavailablePart(part, "not read in this test") };
        var mutated = Outcomes(HostSnapshotJson.Deserialize(HostSnapshotJson.Serialize(snapshot)));

        Original.Value.Where(pair => pair.Value is CheckOutcome.Fail or CheckOutcome.Unknown && mutated[pair.Key] == CheckOutcome.Pass)
            .Select(pair => $"{pair.Key}: {pair.Value} -> pass").Should().BeEmpty("a check passes only when the data it needs was read");
        mutated.Should().ContainValue(CheckOutcome.Unknown);
    }

    private static Dictionary<string, CheckOutcome> Outcomes(HostSnapshot snapshot)
    {
        var options = new AnalysisOptions { Environment = new Dictionary<string, string>() };
        var result = Engine.Audit(snapshot, options);
        result.Diagnostics.Where(diagnostic => diagnostic.Id == "SW0004").Select(diagnostic => diagnostic.Message).Should().BeEmpty("what the reader accepts, every analyzer can read");
        var scorecard = Scorecard.Create(result, Engine.Rules);
        return scorecard.Entries.ToDictionary(entry => entry.Check.Id, entry => entry.Outcome, StringComparer.Ordinal);
    }

    // Every property value and array item, depth first, in a fixed order so a case can find its value again.
    private static IEnumerable<JsonNode> Values(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject json => json.Select(pair => pair.Value),
            JsonArray array => array,
            _ => Array.Empty<JsonNode?>(),
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            yield return child;
            foreach (var nested in Values(child))
            {
                yield return nested;
            }
        }
    }

    private static JsonNode Load() => JsonNode.Parse(System.IO.File.ReadAllText(Snapshots.TestEnginePath))!;
}
