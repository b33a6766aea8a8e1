using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Seaworthy.Reporting;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> and copies what it wrote to a <see cref="TextWriter"/>.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,

            // Reports go to files and pipes, never into HTML, so non-ASCII text and characters such
            // as '<' or '+' stay readable instead of becoming \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = output.NewLine == "\r\n" ? "\r\n" : "\n",
        };

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }
}
