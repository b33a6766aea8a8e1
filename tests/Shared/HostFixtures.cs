using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seaworthy.Testing;

/// <summary>
/// The host rule fixtures (tests/Seaworthy.Rules.Tests/HostFixtures): one base snapshot, <c>base.json</c>, and per
/// case a file that holds the case's <c>expect</c> list and a JSON merge patch (RFC 7386) over the base. An array
/// whose elements carry a <c>path</c> (files) or an <c>id</c> (containers, images, networks, nodes) is patched by
/// an object keyed by that value: a known key merges into its element, <c>null</c> removes it, a new key appends
/// an element. Any other array is replaced whole, as the RFC says. A patch must apply cleanly: removing what is
/// not there, or setting what is already so, is an error, so a case states only what makes it differ.
/// </summary>
internal static class HostFixtures
{
    /// <summary>The folder of the fixtures: one folder per rule id, and base.json.</summary>
    public static string Root { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Seaworthy.Rules.Tests", "HostFixtures");

    public static string BasePath => Path.Combine(Root, "base.json");

    /// <summary>The cases: every .json file in a rule's folder, in ordinal order.</summary>
    public static IEnumerable<string> Cases() =>
        Directory.GetDirectories(Root).SelectMany(folder => Directory.GetFiles(folder, "*.json")).OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The <c>expect</c> list of the case at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> Expect(string path) =>
        ReadObject(path)["expect"]?.AsArray().Select(item => item!.GetValue<string>()).ToArray()
        ?? throw new InvalidDataException(path + " has no expect list");

    /// <summary>The snapshot of the case at <paramref name="path"/> as JSON: the base with the case's patch applied.</summary>
    public static string Snapshot(string path)
    {
        var patch = ReadObject(path);
        patch.Remove("expect");
        return Apply(ReadObject(BasePath), patch, "$")!.ToJsonString();
    }

    /// <summary>Writes the snapshot of the case at <paramref name="path"/> to <paramref name="destination"/>, for the CLI's --snapshot.</summary>
    public static string WriteSnapshot(string path, string destination)
    {
        File.WriteAllText(destination, Snapshot(path));
        return destination;
    }

    /// <summary>Applies <paramref name="patch"/> to <paramref name="target"/> (which is left alone); <paramref name="at"/> names the place in errors.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch, string at)
    {
        if (patch is not JsonObject changes)
        {
            if (target is not null && JsonNode.DeepEquals(target, patch))
            {
                throw new InvalidDataException($"{at}: the patch sets what the base already has");
            }

            return patch?.DeepClone();
        }

        if (target is JsonArray array && KeyOf(array) is { } key)
        {
            return ApplyByKey(array, key, changes, at);
        }

        var result = target is JsonObject source ? (JsonObject)source.DeepClone() : new JsonObject();
        foreach (var (name, value) in changes)
        {
            var place = at + "." + name;
            if (value is null)
            {
                if (!result.Remove(name))
                {
                    throw new InvalidDataException($"{place}: the patch removes what the base does not have");
                }
            }
            else
            {
                result[name] = Apply(result[name], value, place);
            }
        }

        return result;
    }

    // The property that names each element of an array of objects: path, else id; null when the elements have neither or repeat one.
    private static string? KeyOf(JsonArray array)
    {
        if (array.Count == 0 || array.Any(element => element is not JsonObject))
        {
            return null;
        }

        var key = array[0]!.AsObject().ContainsKey("path") ? "path" : array[0]!.AsObject().ContainsKey("id") ? "id" : null;
        if (key is null || array.Any(element => element![key]?.GetValueKind() != JsonValueKind.String))
        {
            return null;
        }

        var names = array.Select(element => element![key]!.GetValue<string>()).ToList();
        return names.Distinct(StringComparer.Ordinal).Count() == names.Count ? key : null;
    }

    private static JsonArray ApplyByKey(JsonArray array, string key, JsonObject changes, string at)
    {
        var elements = array.Select(element => element!.DeepClone()).ToList();
        foreach (var (name, value) in changes)
        {
            var place = $"{at}[{key}={name}]";
            var index = elements.FindIndex(element => element[key]!.GetValue<string>() == name);
            if (value is null)
            {
                if (index < 0)
                {
                    throw new InvalidDataException($"{place}: the patch removes an element the base does not have");
                }

                elements.RemoveAt(index);
            }
            else if (index >= 0)
            {
                elements[index] = Apply(elements[index], value, place)!;
            }
            else
            {
                var added = new JsonObject { [key] = name };
                foreach (var (property, content) in (JsonObject)Apply(new JsonObject(), value, place)!)
                {
                    added[property] = content?.DeepClone();
                }

                elements.Add(added);
            }
        }

        return new JsonArray(elements.ToArray());
    }

    private static JsonObject ReadObject(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException(path + " is not a JSON object");
}
