using System;
using System.Text;

namespace Seaworthy.Text;

/// <summary>
/// Turns a file's bytes into a <see cref="SourceText"/>: strict UTF-8, byte-order mark removed. Binary
/// content and invalid UTF-8 are refused with a reason and the position of the first offending byte.
/// </summary>
public static class SourceDecoder
{
    // Git's heuristic: a NUL byte in the first 8000 bytes means binary.
    private const int BinaryProbeLength = 8000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/>.</summary>
    public static DecodedSource Decode(string path, byte[] bytes)
    {
        var probe = Math.Min(bytes.Length, BinaryProbeLength);
        var nul = Array.IndexOf(bytes, (byte)0, 0, probe);
        if (nul >= 0)
        {
            return DecodedSource.Failure($"binary file (NUL byte at offset {nul}); not analyzed", Location.FileStart(path));
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return DecodedSource.Success(new SourceText(path, StrictUtf8.GetString(bytes, start, bytes.Length - start)));
        }
        catch (DecoderFallbackException exception)
        {
            var offset = start + Math.Max(exception.Index, 0);
            var prefix = new SourceText(path, Encoding.UTF8.GetString(bytes, start, Math.Min(offset, bytes.Length) - start));
            var position = prefix.GetLinePosition(prefix.Text.Length);
            var location = new Location(path, new TextSpan(prefix.Text.Length, 0), position, position);
            return DecodedSource.Failure($"invalid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset}); not analyzed", location);
        }
    }
}

/// <summary>The result of decoding: the text, or why there is none and where the problem is.</summary>
public sealed record DecodedSource(SourceText? Text, string? Problem, Location? ProblemLocation)
{
    internal static DecodedSource Success(SourceText text) => new(text, null, null);

    internal static DecodedSource Failure(string problem, Location location) => new(null, problem, location);
}
