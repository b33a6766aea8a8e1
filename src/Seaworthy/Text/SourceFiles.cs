using System;
using System.IO;

namespace Seaworthy.Text;

/// <summary>
/// The one way Seaworthy reads a user's file: Dockerfiles, Compose files and what they name (<c>include</c>,
/// <c>extends</c>, <c>.env</c>, <c>env_file</c>, Dockerfiles they build), <c>.dockerignore</c>, <c>.gitignore</c>,
/// manifests, configuration files and audit snapshots. Only a regular file is opened: a FIFO, a device or a socket is
/// refused from its type alone, before any open (opening a FIFO waits for a writer). At most the size limit is read,
/// whatever length the file reports, so <c>/dev/zero</c> behind a name or a file that grows while it is read cannot
/// exhaust memory. Within a <see cref="FileScope"/> a symbolic link that leaves the tree, or leads into a <c>.git</c>
/// folder, is not followed. Every refusal is a reason with the file's position, never an exception.
/// </summary>
public static class SourceFiles
{
    /// <summary>The largest file read by default, in bytes (64 MiB).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads and decodes <paramref name="path"/>: null when there is no such file, else its text or why it has none.
    /// Without a <paramref name="scope"/> (a file named explicitly) any link is followed to its target.
    /// </summary>
    public static DecodedSource? Read(string path, long maxBytes = DefaultMaxBytes, FileScope? scope = null)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var type = FileSystemProbe.TypeOf(full, followLinks: true);
            if (type == FileEntryType.Missing)
            {
                return null;
            }

            if (type != FileEntryType.RegularFile)
            {
                return Refused(path, $"not a regular file but {FileSystemProbe.Describe(type)}; not read");
            }

            var open = full;
            if (scope is not null && scope.Check(full, out open) is { } refusal)
            {
                return Refused(path, refusal);
            }

            using var stream = new FileStream(open, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var length = stream.Length;
            if (length > maxBytes)
            {
                return Refused(path, $"file is {length} bytes, larger than the limit of {maxBytes}; not analyzed");
            }

            return ReadCapped(stream, maxBytes, length) is { } bytes
                ? SourceDecoder.Decode(path, bytes)
                : Refused(path, $"file is longer than it reported and passed the limit of {maxBytes} bytes while it was read; not analyzed");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Refused(path, exception.Message);
        }
    }

    /// <summary>
    /// Reads and decodes a stream (standard input) reported as <paramref name="path"/>, at most <paramref name="maxBytes"/>
    /// of it: more is a reason, never an exhausted memory.
    /// </summary>
    public static DecodedSource Read(string path, Stream stream, long maxBytes = DefaultMaxBytes)
    {
        try
        {
            return ReadCapped(stream, maxBytes, expected: 0) is { } bytes
                ? SourceDecoder.Decode(path, bytes)
                : Refused(path, $"more than the limit of {maxBytes} bytes; not analyzed");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Refused(path, exception.Message);
        }
    }

    private static DecodedSource Refused(string path, string reason) => DecodedSource.Failure(reason, Location.FileStart(path));

    // Reads to the end, or null once more than maxBytes came. The reported length is only the first guess at the
    // size: a file read exactly to it is checked for more with a one-byte read, without copying what was read.
    private static byte[]? ReadCapped(Stream stream, long maxBytes, long expected)
    {
        var limit = (int)Math.Min(maxBytes, int.MaxValue - 64);
        var buffer = new byte[(int)Math.Min(Math.Max(expected, 0), limit)];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                var probe = new byte[1];
                if (stream.Read(probe, 0, 1) == 0)
                {
                    return buffer;
                }

                if (count >= limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(count * 2L, 4096), limit));
                buffer[count++] = probe[0];
                continue;
            }

            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                Array.Resize(ref buffer, count);
                return buffer;
            }

            count += read;
        }
    }
}
