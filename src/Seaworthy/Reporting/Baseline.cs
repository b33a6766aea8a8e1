using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>
/// The findings a team has accepted for now, so that a run fails only on new ones. An entry is a finding's rule,
/// its file relative to the baseline's folder and its <see cref="FindingFingerprints">fingerprint</see>: not its
/// line, so lines inserted above a finding do not bring it back, while editing the flagged line does. The file is
/// sorted JSON, one entry per finding, so that it diffs well in review.
/// </summary>
public sealed class Baseline
{
    private const int FormatVersion = 1;

    private readonly List<BaselineEntry> _entries;

    private Baseline(List<BaselineEntry> entries) => _entries = entries;

    /// <summary>The accepted findings, sorted by file, rule and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries => _entries;

    /// <summary>A baseline of every finding of <paramref name="result"/>, with paths relative to <paramref name="folder"/>.</summary>
    public static Baseline Of(AnalysisResult result, string folder)
    {
        var fingerprints = FindingFingerprints.Of(result);
        var entries = result.Diagnostics
            .Select((diagnostic, i) => new BaselineEntry(diagnostic.Id, RelativePath(folder, diagnostic.Location.Path), fingerprints[i], diagnostic.Message))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ThenBy(entry => entry.Rule, StringComparer.Ordinal)
            .ThenBy(entry => entry.Fingerprint, StringComparer.Ordinal)
            .ToList();
        return new Baseline(entries);
    }

    /// <summary>
    /// Reads the baseline file at <paramref name="path"/> like any input: a regular file of at most 64 MiB, never a
    /// FIFO or a device.
    /// </summary>
    /// <exception cref="InvalidDataException">The file cannot be read, or is not a Seaworthy baseline.</exception>
    public static Baseline Load(string path)
    {
        var source = SourceFiles.Read(Path.GetFullPath(path));
        return source?.Text is { } text ? Read(text.Text) : throw new InvalidDataException(source?.Problem ?? "no such file");
    }

    /// <summary>Reads a baseline file's text.</summary>
    /// <exception cref="InvalidDataException">The text is not a Seaworthy baseline.</exception>
    public static Baseline Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"not a Seaworthy baseline of version {FormatVersion} (an object with \"version\": {FormatVersion} and a \"findings\" array)");
            }

            var entries = new List<BaselineEntry>();
            foreach (var finding in findings.EnumerateArray())
            {
                entries.Add(new BaselineEntry(Text(finding, "rule"), Text(finding, "path"), Text(finding, "fingerprint"), Text(finding, "message")));
            }

            return new Baseline(entries);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Writes the baseline as sorted, indented JSON.</summary>
    public void Write(TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        writer.WriteStartArray("findings");
        foreach (var entry in _entries)
        {
            JsonOutput.FlushIfLarge(writer);
            writer.WriteStartObject();
            writer.WriteString("rule", entry.Rule);
            writer.WriteString("path", entry.Path);
            writer.WriteString("fingerprint", entry.Fingerprint);
            writer.WriteString("message", entry.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// The findings of <paramref name="result"/> that the baseline does not hold (each entry accepts one finding),
    /// and how many entries matched no finding: fixed since the baseline was written.
    /// </summary>
    public (AnalysisResult New, int Fixed) Filter(AnalysisResult result, string folder)
    {
        var accepted = new Dictionary<(string Rule, string Path, string Fingerprint), int>();
        foreach (var entry in _entries)
        {
            var key = (entry.Rule, entry.Path, entry.Fingerprint);
            accepted[key] = accepted.TryGetValue(key, out var count) ? count + 1 : 1;
        }

        var fingerprints = FindingFingerprints.Of(result);
        var kept = new List<Diagnostic>();
        for (var i = 0; i < result.Diagnostics.Count; i++)
        {
            var diagnostic = result.Diagnostics[i];
            var key = (diagnostic.Id, RelativePath(folder, diagnostic.Location.Path), fingerprints[i]);
            if (accepted.TryGetValue(key, out var count) && count > 0)
            {
                accepted[key] = count - 1;
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        return (result with { Diagnostics = kept }, accepted.Values.Sum());
    }

    /// <summary><paramref name="path"/> relative to <paramref name="folder"/>, with forward slashes.</summary>
    internal static string RelativePath(string folder, string path)
    {
        var relative = Path.IsPathRooted(path) || Path.IsPathRooted(folder) ? PathRelativeTo(Path.GetFullPath(folder), Path.GetFullPath(path)) : path;
        return relative.Replace('\\', '/');
    }

    private static string PathRelativeTo(string folder, string path)
    {
#if NET
        return Path.GetRelativePath(folder, path);
#else
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path;
#endif
    }

    private static string Text(JsonElement finding, string name) =>
        finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"a finding of the baseline has no \"{name}\" text");
}

/// <summary>One accepted finding of a <see cref="Baseline"/>; the message is for people reading the file and does not take part in matching.</summary>
public sealed record BaselineEntry(string Rule, string Path, string Fingerprint, string Message);
