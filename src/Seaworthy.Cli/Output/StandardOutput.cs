using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Seaworthy.Text;

namespace Seaworthy.Cli.Output;

/// <summary>
/// The process's standard output. A write that fails because the stream is closed (<c>seaworthy lint &gt;&amp;-</c>) or
/// its reader has gone (<c>| head -c1</c>) becomes a <see cref="StandardOutputClosedException"/>, which the program
/// reports as an I/O error (exit 2) instead of an internal one, so a report that was lost never passes for one read.
/// </summary>
internal sealed class StandardOutput : TextWriter
{
    private readonly TextWriter _inner;

    private StandardOutput(TextWriter inner) => _inner = inner;

    /// <summary>
    /// Standard output. When it is a pipe it is written straight to file descriptor 1: .NET's console stream drops a
    /// write to a pipe whose reader has gone without a word, which would leave a lost report looking delivered. A
    /// terminal or a file keeps the console stream, which shares its file position with standard error.
    /// </summary>
    public static StandardOutput Open()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            try
            {
                if (FileSystemProbe.TypeOf("/dev/fd/1", followLinks: true) is FileEntryType.Fifo or FileEntryType.Socket)
                {
                    var pipe = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 1);
                    return new StandardOutput(new StreamWriter(pipe, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true });
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Not a pipe that can be opened: the console stream reports its own failures.
            }
        }

        return new StandardOutput(Console.Out);
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        try
        {
            _inner.Write(value);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StandardOutputClosedException(exception);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            _inner.Write(value);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StandardOutputClosedException(exception);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            _inner.Write(buffer, index, count);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StandardOutputClosedException(exception);
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StandardOutputClosedException(exception);
        }
    }
}

/// <summary>Standard output could not be written: it is closed, or nothing reads it any more.</summary>
internal sealed class StandardOutputClosedException : IOException
{
    public StandardOutputClosedException(Exception inner)
        : base((inner.InnerException ?? inner).Message, inner)
    {
    }
}
