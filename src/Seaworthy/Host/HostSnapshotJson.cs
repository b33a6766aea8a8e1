using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Seaworthy.Text;

namespace Seaworthy.Host;

/// <summary>
/// Reads and writes a <see cref="HostSnapshot"/> as JSON (camelCase names, nulls left out, file modes as octal
/// strings such as <c>"0644"</c>). A snapshot written by a newer format version is refused rather than half read.
/// </summary>
public static class HostSnapshotJson
{
    // Paths, commands and versions stay readable ("+", "<", "&" unescaped); the file is data, never HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly char[] PathSpecialCharacters = ".'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029 ".ToCharArray();

    // What format version 1 requires at the top level; parts that may be missing (info, local, swarm) are nullable.
    private static readonly string[] RequiredProperties =
    {
        "formatVersion", "collectedAt", "endpoint", "isLocal", "containers", "images", "networks", "auditEnvironment", "unavailable",
    };

    /// <summary>The snapshot as indented JSON.</summary>
    public static string Serialize(HostSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        Serialize(snapshot, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the snapshot to <paramref name="stream"/> as indented JSON.</summary>
    public static void Serialize(HostSnapshot snapshot, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        JsonSerializer.Serialize(writer, snapshot, HostSnapshotJsonContext.Default.HostSnapshot);
    }

    /// <summary>Reads a snapshot from JSON text.</summary>
    /// <exception cref="FormatException">
    /// The text is not a snapshot, a newer format than this version reads, or lacks what its format version requires
    /// (the message names the JSON path of the missing or invalid value).
    /// </exception>
    public static HostSnapshot Deserialize(string json)
    {
        HostSnapshot? snapshot;
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            RequireProperties(document.RootElement);
            snapshot = document.RootElement.Deserialize(HostSnapshotJsonContext.Default.HostSnapshot);
        }
        catch (JsonException exception)
        {
            // A converter's own message leaves the path out; the reader knows it.
            var at = exception.Path is { } path && !exception.Message.Contains(path, StringComparison.Ordinal) ? $" (at {path})" : string.Empty;
            throw new FormatException("Not a host snapshot: " + Printable(exception.Message + at), exception);
        }

        return Check(snapshot);
    }

    /// <summary>Reads a snapshot file: a regular file (links followed) of at most <see cref="SourceFiles.DefaultMaxBytes"/>.</summary>
    /// <exception cref="FormatException">The file is not a snapshot, a newer format than this version reads, or lacks what its format version requires.</exception>
    /// <exception cref="IOException">The file cannot be read: missing, not a regular file, too large, not UTF-8.</exception>
    public static HostSnapshot Load(string path)
    {
        var source = SourceFiles.Read(path) ?? throw new FileNotFoundException("no such file", path);
        return source.Text is { } text ? Deserialize(text.Text) : throw new IOException(source.Problem);
    }

    /// <summary>Writes a snapshot file.</summary>
    public static void Save(HostSnapshot snapshot, string path) => File.WriteAllText(path, Serialize(snapshot) + "\n");

    // The collector always writes these (an empty list, and the part named in "unavailable", when it could not read one),
    // so a snapshot without them was cut or made by hand: reading it would turn "not read" into "nothing there".
    private static void RequireProperties(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Not a host snapshot: the JSON is {Article(root.ValueKind)}, not an object.");
        }

        // The version first: a newer format is refused as such, whatever else it holds.
        if (root.TryGetProperty("formatVersion", out var version) && version.ValueKind == JsonValueKind.Number
            && (!version.TryGetInt32(out var number) || number < 1 || number > HostSnapshot.CurrentFormatVersion))
        {
            throw new FormatException(
                $"The snapshot has format version {version.GetRawText()}; this version of Seaworthy reads versions 1 to {HostSnapshot.CurrentFormatVersion}.");
        }

        foreach (var name in RequiredProperties)
        {
            if (!root.TryGetProperty(name, out _))
            {
                throw new FormatException($"Not a host snapshot: $.{name} is missing; a snapshot of format version {HostSnapshot.CurrentFormatVersion} always has it.");
            }
        }
    }

    private static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };

    private static HostSnapshot Check(HostSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            throw new FormatException("Not a host snapshot: the JSON is null.");
        }

        if (snapshot.FormatVersion > HostSnapshot.CurrentFormatVersion || snapshot.FormatVersion < 1)
        {
            throw new FormatException(
                $"The snapshot has format version {snapshot.FormatVersion}; this version of Seaworthy reads versions 1 to {HostSnapshot.CurrentFormatVersion}.");
        }

        CheckValues(snapshot, HostSnapshotJsonContext.Default.HostSnapshot, "$");

        // A part left out must say why, or a rule could not tell "not read" from "nothing there".
        CheckExplained(snapshot, snapshot.Info is null, HostParts.Info, "info");
        CheckExplained(snapshot, snapshot.Version is null, HostParts.Version, "version");
        CheckExplained(snapshot, snapshot.IsLocal && snapshot.Local is null, HostParts.Local, "local");
        if (!snapshot.IsLocal && snapshot.Local is not null)
        {
            throw new FormatException("The snapshot is invalid: $.local is set but $.isLocal is false; the host of a remote engine is never read.");
        }

        return snapshot;
    }

    private static void CheckExplained(HostSnapshot snapshot, bool missing, string part, string property)
    {
        if (missing && snapshot.IsAvailable(part))
        {
            throw new FormatException($"The snapshot is invalid: $.{property} is missing or null and $.unavailable does not name '{part}' with the reason.");
        }
    }

    // Every value the model does not declare nullable must be there: a null in a list (local.files[1]) or in a
    // non-nullable property (auditEnvironment) is refused with its path rather than failing a rule later.
    private static void CheckValues(object value, JsonTypeInfo type, string path)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in type.Properties)
                {
                    if (property.Get?.Invoke(value) is { } child)
                    {
                        CheckValues(child, TypeInfo(property.PropertyType), path + Member(property.Name));
                    }
                    else if (property.Get is not null && !property.IsGetNullable)
                    {
                        throw Invalid(path + Member(property.Name));
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable:
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    var itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                    CheckValues(item ?? throw Invalid(itemPath), TypeInfo(type.ElementType!), itemPath);
                    index++;
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    var entryPath = path + Member((string)entry.Key);
                    CheckValues(entry.Value ?? throw Invalid(entryPath), TypeInfo(type.ElementType!), entryPath);
                }

                break;
        }
    }

    // The path form System.Text.Json writes: .name, or ['name'] when the name holds a character a path uses.
    private static string Member(string name) =>
        name.IndexOfAny(PathSpecialCharacters, 0) >= 0 ? "['" + Printable(name) + "']" : "." + Printable(name);

    // A key or message from the file may hold control characters (a terminal escape): they are shown escaped.
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            builder.Append(char.IsControl(character) ? "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture) : character.ToString());
        }

        return builder.ToString();
    }

    private static JsonTypeInfo TypeInfo(Type type) =>
        HostSnapshotJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"The snapshot model type {type} has no JSON metadata.");

    private static FormatException Invalid(string path) =>
        new($"The snapshot is invalid: {path} is null or missing; format version {HostSnapshot.CurrentFormatVersion} requires a value there.");
}

/// <summary>Writes file modes as octal strings (<c>"0644"</c>) and reads them back, a JSON number included.</summary>
internal sealed class OctalModeConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt32();
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A file mode is an octal string such as \"0644\", not {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        try
        {
            return Convert.ToInt32(text.Length == 0 ? "0" : text, 8);
        }
        catch (FormatException)
        {
            throw new JsonException($"'{text}' is not an octal file mode.");
        }
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Convert.ToString(value, 8).PadLeft(4, '0'));
}

/// <summary>Serialization metadata generated at compile time, so reading and writing snapshots needs no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(HostSnapshot))]
internal sealed partial class HostSnapshotJsonContext : JsonSerializerContext
{
}
