using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Seaworthy.Reporting;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> and streams what it writes to a <see cref="TextWriter"/>.</summary>
internal static class JsonOutput
{
    // What a writer may hold before FlushIfLarge passes it on: a report of a million findings is never held whole.
    private const int FlushThreshold = 64 * 1024;

    // Reports go to files and pipes, never into HTML, so non-ASCII text and characters such as '<' or '+' stay
    // readable instead of becoming \u escapes.
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = Encoder,
            NewLine = output.NewLine == "\r\n" ? "\r\n" : "\n",
        };

        // A UTF-8 file takes the writer's bytes as they are; any other writer gets them decoded into characters.
        if (output is StreamWriter { Encoding: UTF8Encoding encoding } file && encoding.GetPreamble().Length == 0)
        {
            file.Flush();
            using var writer = new Utf8JsonWriter(file.BaseStream, options);
            write(writer);
        }
        else
        {
            using var stream = new TextWriterStream(output);
            using var writer = new Utf8JsonWriter(stream, options);
            write(writer);
        }

        output.WriteLine();
    }

    /// <summary>Passes what <paramref name="writer"/> holds on to the output once it holds more than a little.</summary>
    public static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    /// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, also across chunk boundaries.</summary>
    private sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _output;
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = Array.Empty<char>();

        public TextWriterStream(TextWriter output) => _output = output;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var needed = _decoder.GetCharCount(buffer, offset, count, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, 2 * _chars.Length)];
            }

            var written = _decoder.GetChars(buffer, offset, count, _chars, 0, flush: false);
            _output.Write(_chars, 0, written);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
