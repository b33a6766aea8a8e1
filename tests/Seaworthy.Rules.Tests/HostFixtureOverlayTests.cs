using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Host;
using Seaworthy.Testing;

namespace Seaworthy.Rules.Tests;

/// <summary>The host fixtures' base snapshot and the patches over it (<see cref="HostFixtures"/>).</summary>
public sealed class HostFixtureOverlayTests
{
    [Test]
    public void The_base_is_a_whole_snapshot()
    {
        var snapshot = HostSnapshotJson.Load(HostFixtures.BasePath);

        snapshot.Containers.Should().NotBeEmpty();
        snapshot.Local.Should().NotBeNull();
    }

    [Test]
    public void Every_case_applies_cleanly_to_the_base()
    {
        var failures = new List<string>();
        foreach (var path in HostFixtures.Cases())
        {
            try
            {
                HostSnapshotJson.Deserialize(HostFixtures.Snapshot(path));
            }
            catch (Exception exception) when (exception is InvalidDataException or FormatException or System.Text.Json.JsonException)
            {
                failures.Add(Path.GetRelativePath(HostFixtures.Root, path) + ": " + exception.Message);
            }
        }

        failures.Should().BeEmpty();
    }

    // RFC 7386, appendix A, but for removing a member that is not there, which a fixture may not do (below).
    [TestCase("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}")]
    [TestCase("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}")]
    [TestCase("{\"a\":\"b\"}", "{\"a\":null}", "{}")]
    [TestCase("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}")]
    [TestCase("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}")]
    [TestCase("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}")]
    [TestCase("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}")]
    [TestCase("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]")]
    [TestCase("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]")]
    [TestCase("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}")]
    public void A_patch_merges_as_RFC_7386_says(string target, string patch, string result)
    {
        var merged = HostFixtures.Apply(JsonNode.Parse(target), JsonNode.Parse(patch), "$");

        JsonNode.DeepEquals(merged, JsonNode.Parse(result)).Should().BeTrue(merged!.ToJsonString());
    }

    [Test]
    public void An_array_of_named_elements_is_patched_by_name_in_place()
    {
        var target = JsonNode.Parse("{\"files\":[{\"path\":\"/a\",\"mode\":\"0644\"},{\"path\":\"/b\",\"mode\":\"0600\"},{\"path\":\"/c\",\"mode\":\"0600\"}]}");
        var patch = JsonNode.Parse("{\"files\":{\"/a\":{\"mode\":\"0666\"},\"/b\":null,\"/d\":{\"mode\":\"0400\"}}}");

        var merged = HostFixtures.Apply(target, patch, "$");

        merged!.ToJsonString().Should().Be("{\"files\":[{\"path\":\"/a\",\"mode\":\"0666\"},{\"path\":\"/c\",\"mode\":\"0600\"},{\"path\":\"/d\",\"mode\":\"0400\"}]}");
    }

    [Test]
    public void Elements_are_named_by_id_when_they_have_no_path()
    {
        var target = JsonNode.Parse("[{\"id\":\"web\",\"user\":\"\"},{\"id\":\"db\",\"user\":\"\"}]");

        var merged = HostFixtures.Apply(target, JsonNode.Parse("{\"db\":{\"user\":\"root\"}}"), "$");

        merged!.ToJsonString().Should().Be("[{\"id\":\"web\",\"user\":\"\"},{\"id\":\"db\",\"user\":\"root\"}]");
    }

    [TestCase("{\"a\":1}", "{\"a\":1}", "$.a: the patch sets what the base already has")]
    [TestCase("{\"a\":{\"b\":[1]}}", "{\"a\":{\"b\":[1]}}", "$.a.b: the patch sets what the base already has")]
    [TestCase("{\"a\":1}", "{\"b\":null}", "$.b: the patch removes what the base does not have")]
    [TestCase("{\"f\":[{\"path\":\"/a\"}]}", "{\"f\":{\"/b\":null}}", "$.f[path=/b]: the patch removes an element the base does not have")]
    [TestCase("{\"f\":[{\"path\":\"/a\",\"m\":1}]}", "{\"f\":{\"/a\":{\"m\":1}}}", "$.f[path=/a].m: the patch sets what the base already has")]
    public void A_patch_that_changes_nothing_is_refused(string target, string patch, string message)
    {
        var apply = () => HostFixtures.Apply(JsonNode.Parse(target), JsonNode.Parse(patch), "$");

        apply.Should().Throw<InvalidDataException>().WithMessage(message);
    }
}
