using System;
using System.Collections.Generic;

namespace Seaworthy.Shell;

/// <summary>
/// A POSIX shell parser (with the bash forms common in Dockerfiles): words with every kind of quoting and
/// expansion, substitutions parsed recursively, operators, compound commands, functions, redirections and
/// here-documents, comments. It never throws: what it cannot read becomes a <see cref="ShellProblem"/> and the
/// rest of the tree is kept. It runs in time linear in the input and nests at most
/// <see cref="MaxNestingDepth"/> levels deep (deeper input is a problem, not a stack overflow).
/// </summary>
public static class ShellParser
{
    /// <summary>How deep compound commands and substitutions may nest before the parser gives up on the rest.</summary>
    public const int MaxNestingDepth = 100;

    /// <summary>Parses <paramref name="text"/>; spans are offsets into it.</summary>
    public static ShellScript Parse(string text, ShellOptions initialOptions = ShellOptions.None) =>
        Parse(ShellSource.FromString(text), new ShellParseOptions { InitialOptions = initialOptions });

    /// <summary>Parses <paramref name="source"/>; spans map through it to the file.</summary>
    public static ShellScript Parse(ShellSource source, ShellParseOptions? options = null)
    {
        options ??= new ShellParseOptions();
        return ScriptParser.ParseScript(source, 0, source.Text.Length, options.InitialOptions, options.HereDocumentBodies);
    }
}

/// <summary>What a parse starts from besides the text.</summary>
public sealed class ShellParseOptions
{
    /// <summary>The options in effect at the start (for example <c>pipefail</c> from <c>SHELL ["/bin/bash", "-o", "pipefail", "-c"]</c>).</summary>
    public ShellOptions InitialOptions { get; init; }

    /// <summary>
    /// Bodies for the here-documents the text names but does not contain, in order: a Dockerfile RUN is one
    /// joined line, and BuildKit hands the shell the bodies of its heredocs after it.
    /// </summary>
    public IReadOnlyList<ShellHereDocumentBody> HereDocumentBodies { get; init; } = Array.Empty<ShellHereDocumentBody>();
}

/// <summary>A here-document body that lives outside the parsed text (a Dockerfile heredoc's lines).</summary>
/// <param name="Delimiter">The delimiter that ends it.</param>
/// <param name="Content">The body, mapped to where it is in the file.</param>
/// <param name="IsTerminated">False when the file ended before the delimiter line.</param>
public sealed record ShellHereDocumentBody(string Delimiter, ShellSource Content, bool IsTerminated);
