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
/// Outside Windows it is buffered: the program flushes it at the end, and <see cref="Before"/> flushes it before
/// each write to standard error, so the two streams interleave as they were written.
/// </summary>
internal sealed class StandardOutput : TextWriter
{
    // The console's own writer makes a system call per 256 characters or fewer (about 40,000 for the text report of
    // the Dockerfile corpus, 4,000 for its JSON); this one, one per 64 KiB.
    private const int BufferSize = 64 * 1024;

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
                    return new StandardOutput(new StreamWriter(pipe, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Not a pipe that can be opened: the console stream reports its own failures.
            }

            // The console's encoding without its byte order mark, as Console.Out writes it.
            if (Console.OutputEncoding is { CodePage: 65001 } or { Preamble.Length: 0 })
            {
                var encoding = Console.OutputEncoding.CodePage == 65001 ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : Console.OutputEncoding;
                return new StandardOutput(new StreamWriter(Console.OpenStandardOutput(), encoding, BufferSize));
            }
        }

        return new StandardOutput(Console.Out);
    }

    /// <summary>A writer to <paramref name="error"/> that first flushes this output, so what was written here first comes out first.</summary>
    public TextWriter Before(TextWriter error) => new FlushingFirst(this, error);

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

// Standard error, written only after standard output has been flushed.
internal sealed class FlushingFirst : TextWriter
{
    private readonly StandardOutput _output;
    private readonly TextWriter _error;

    public FlushingFirst(StandardOutput output, TextWriter error)
        : base(error.FormatProvider)
    {
        _output = output;
        _error = error;
    }

    public override Encoding Encoding => _error.Encoding;

    public override void Write(char value)
    {
        _output.Flush();
        _error.Write(value);
    }

    public override void Write(string? value)
    {
        _output.Flush();
        _error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        _output.Flush();
        _error.Write(buffer, index, count);
    }

    public override void Flush()
    {
        _output.Flush();
        _error.Flush();
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
