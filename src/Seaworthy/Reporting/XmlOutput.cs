using System;
using System.IO;
using System.Text;
using System.Xml;

namespace Seaworthy.Reporting;

/// <summary>Runs an <see cref="XmlWriter"/> over a <see cref="TextWriter"/> for the XML report formats.</summary>
internal static class XmlOutput
{
    /// <summary>
    /// Writes a UTF-8 XML document: the declaration names UTF-8 whatever the writer is (standard output and report
    /// files are UTF-8), and the document is indented, ending with a line break.
    /// </summary>
    public static void Write(TextWriter output, Action<XmlWriter> write)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        output.Write(output.NewLine);
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = output.NewLine,
            ConformanceLevel = ConformanceLevel.Document,
            CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(output, settings))
        {
            write(writer);
        }

        output.WriteLine();
    }

    /// <summary>
    /// <paramref name="text"/> with every character XML 1.0 cannot hold (most control characters, a lone surrogate)
    /// replaced by U+FFFD: a file name or a message must not make the report unreadable, nor make the writer throw.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
                continue;
            }

            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
            cleaned.Append('\uFFFD');
        }

        return cleaned?.ToString() ?? text;
    }
}
