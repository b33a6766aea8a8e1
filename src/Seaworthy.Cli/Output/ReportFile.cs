using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Seaworthy.Text;

namespace Seaworthy.Cli.Output;

/// <summary>
/// Writes a report or a snapshot to the file named with <c>--output</c> or <c>--save-snapshot</c>. A regular file (or a
/// new one) is written beside its destination and moved into place, so a reader never sees half a report; a link to a
/// regular file is replaced at its target, so the link stays. Anything else is written through as it is, never
/// replaced: a FIFO, <c>/dev/stdout</c>, <c>/dev/null</c>, a terminal. A folder, a socket, a full disk or a file that
/// cannot be written is a reason, never an exception.
/// </summary>
internal static class ReportFile
{
    // Linux's limit on links followed for one path (MAXSYMLINKS).
    private const int MaxLinks = 40;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; null when done, else why it could not be.</summary>
    public static string? Write(string path, Action<TextWriter> write)
    {
        try
        {
            var full = Path.GetFullPath(path);
            return FileSystemProbe.TypeOf(full, followLinks: false) switch
            {
                FileEntryType.Missing or FileEntryType.RegularFile => Replace(full, write),
                FileEntryType.SymbolicLink => WriteToLink(full, write),
                var type => WriteToSpecialFile(full, type, write),
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// Appends to <paramref name="path"/> with <paramref name="write"/> (a GitHub step summary, which other steps write
    /// too): a regular file, or a link to one, is opened for appending and never replaced or truncated; a missing one
    /// is created. Anything else (a folder, a FIFO, a device) is refused. Null when done, else why it could not be.
    /// </summary>
    public static string? Append(string path, Action<TextWriter> write)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var type = FileSystemProbe.TypeOf(full, followLinks: true);
            if (type is not (FileEntryType.Missing or FileEntryType.RegularFile))
            {
                return $"it is {FileSystemProbe.Describe(type)}, not a regular file";
            }

            using var stream = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 4096);
            using var writer = new StreamWriter(stream, Utf8);
            write(writer);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return exception.Message;
        }
    }

    private static string? WriteToLink(string link, Action<TextWriter> write)
    {
        // The link's final target; a link into /proc (/dev/stdout -> /proc/self/fd/1) names an open file, which is written through.
        var target = link;
        for (var links = 0; FileSystemProbe.ReadLink(target) is { } next; links++)
        {
            if (links == MaxLinks)
            {
                return "too many levels of symbolic links";
            }

            target = Path.GetFullPath(Path.IsPathRooted(next) ? next : Path.Combine(Path.GetDirectoryName(target)!, next));
            if (target.StartsWith("/proc/", StringComparison.Ordinal))
            {
                return WriteToSpecialFile(link, FileEntryType.CharacterDevice, write);
            }
        }

        return FileSystemProbe.TypeOf(target, followLinks: true) switch
        {
            FileEntryType.Missing or FileEntryType.RegularFile => Replace(target, write),
            var type => WriteToSpecialFile(target, type, write),
        };
    }

    private static string? WriteToSpecialFile(string path, FileEntryType type, Action<TextWriter> write)
    {
        if (type is FileEntryType.Directory or FileEntryType.Socket)
        {
            return $"it is {FileSystemProbe.Describe(type)}";
        }

        // Opened as it is: no truncation, no creation, no rename. A FIFO waits for its reader, as any writer does.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 4096);
        using var writer = new StreamWriter(stream, Utf8);
        write(writer);
        return null;
    }

    private static string? Replace(string path, Action<TextWriter> write) => ReplaceFile(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true);
        write(writer);
    });

    /// <summary>
    /// Writes the regular (or new) file <paramref name="path"/> with <paramref name="write"/> into a file beside it and
    /// moves that into place with the original's permissions, so a reader never sees half a file. Null when done, or why
    /// the file beside it cannot be created; a failure while writing or moving is thrown, and the file beside it removed.
    /// </summary>
    internal static string? ReplaceFile(string path, Action<FileStream> write)
    {
        var directory = Path.GetDirectoryName(path) ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"cannot create the file to move into its place in {directory} ({exception.Message})";
        }

        try
        {
            using (stream)
            {
                write(stream);
            }

            // A file that replaces another keeps its permissions.
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
            return null;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
