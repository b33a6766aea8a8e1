using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Engine;
using Seaworthy.Secrets;
using Seaworthy.Text;

namespace Seaworthy.Reporting;

/// <summary>
/// The lines of source the text and HTML formats show under a finding, with secrets masked: the spans rules
/// marked, the secrets that span lines (a PEM block, looked for once per file that has a frame), and whatever
/// the file's masker finds in each line shown.
/// </summary>
internal sealed class CodeFrames
{
    private readonly Dictionary<string, AnalyzedFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MaskedText> _masked = new(StringComparer.Ordinal);

    public CodeFrames(AnalysisResult result)
    {
        foreach (var file in result.Files)
        {
            if (!_files.ContainsKey(file.Path))
            {
                _files.Add(file.Path, file);
            }
        }
    }

    /// <summary>The file a diagnostic is in, if it was read.</summary>
    public AnalyzedFile? FileOf(Diagnostic diagnostic) =>
        _files.TryGetValue(diagnostic.Location.Path, out var file) ? file : null;

    /// <summary>The masked text of the file a diagnostic is in, or null when there is none to show.</summary>
    public MaskedText? TextOf(Diagnostic diagnostic)
    {
        if (FileOf(diagnostic) is not { Text: { } text } file)
        {
            return null;
        }

        if (!_masked.TryGetValue(file.Path, out var masked))
        {
            var multiline = SecretMasker.FindMultiline(text.Text);
            var spans = multiline.Count == 0 ? file.Redactions : file.Redactions.Concat(multiline).ToArray();
            masked = new MaskedText(text, spans, file.Masker);
            _masked.Add(file.Path, masked);
        }

        return masked;
    }

    /// <summary>The last line a span covers: a span that ends just after a line break ends on the line before.</summary>
    public static int LastLine(Location location, SourceText text)
    {
        var last = location.EndLine > location.Line && location.EndColumn == 1 ? location.EndLine - 1 : location.EndLine;
        return Math.Min(Math.Max(last, location.Line), text.LineCount);
    }
}

/// <summary>A file's text and what to mask in it.</summary>
internal sealed class MaskedText(SourceText text, IReadOnlyList<TextSpan> redactions, SecretMasker masker)
{
    public SourceText Text { get; } = text;

    /// <summary>
    /// A line of the file with the characters of secrets replaced by <c>*</c> (a known prefix such as <c>AKIA</c>
    /// kept): the redacted spans in it, and whatever the masker finds in the line.
    /// </summary>
    public string Line(int line)
    {
        var lineText = Text.GetLineText(line);
        var lineStart = Text.GetLineStart(line);
        List<TextSpan>? inLine = null;
        foreach (var span in redactions)
        {
            if (span.End > lineStart && span.Start < lineStart + lineText.Length)
            {
                (inLine ??= new List<TextSpan>()).Add(new TextSpan(span.Start - lineStart, span.Length));
            }
        }

        return masker.MaskLine(lineText, inLine);
    }
}
