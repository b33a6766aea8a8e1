using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    /// <exception cref="FormatException">The text is not a snapshot, or a newer format than this version reads.</exception>
    public static HostSnapshot Deserialize(string json)
    {
        HostSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(json, HostSnapshotJsonContext.Default.HostSnapshot);
        }
        catch (JsonException exception)
        {
            throw new FormatException("Not a host snapshot: " + exception.Message, exception);
        }

        return Check(snapshot);
    }

    /// <summary>Reads a snapshot file: a regular file (links followed) of at most <see cref="SourceFiles.DefaultMaxBytes"/>.</summary>
    /// <exception cref="FormatException">The file is not a snapshot, or a newer format than this version reads.</exception>
    /// <exception cref="IOException">The file cannot be read: missing, not a regular file, too large, not UTF-8.</exception>
    public static HostSnapshot Load(string path)
    {
        var source = SourceFiles.Read(path) ?? throw new FileNotFoundException("no such file", path);
        return source.Text is { } text ? Deserialize(text.Text) : throw new IOException(source.Problem);
    }

    /// <summary>Writes a snapshot file.</summary>
    public static void Save(HostSnapshot snapshot, string path) => File.WriteAllText(path, Serialize(snapshot) + "\n");

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

        return snapshot;
    }
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

        var text = reader.GetString() ?? string.Empty;
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
