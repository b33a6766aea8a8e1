using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Dockerfile;

/// <summary>A parsed Dockerfile: its directives, instructions in file order, comments and syntax errors.</summary>
public sealed class DockerfileSyntax
{
    internal DockerfileSyntax(
        SourceText text,
        char escapeCharacter,
        IReadOnlyList<ParserDirective> directives,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyList<Comment> comments,
        IReadOnlyList<SyntaxError> errors)
    {
        Text = text;
        EscapeCharacter = escapeCharacter;
        Directives = directives;
        Instructions = instructions;
        Comments = comments;
        Errors = errors;
    }

    /// <summary>The text that was parsed.</summary>
    public SourceText Text { get; }

    /// <summary>The escape character: <c>\</c>, or a backtick after <c># escape=`</c>.</summary>
    public char EscapeCharacter { get; }

    /// <summary>The parser directives of the header (<c>syntax</c>, <c>escape</c>, <c>check</c>).</summary>
    public IReadOnlyList<ParserDirective> Directives { get; }

    /// <summary>The instructions in file order.</summary>
    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>Every comment line outside heredoc bodies, directives included.</summary>
    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>What BuildKit's parser would reject; the parser recovers and goes on after each.</summary>
    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>
    /// Whitespace-only lines inside a continuation: BuildKit skips them but warns, since a future version
    /// may end the instruction there.
    /// </summary>
    public IReadOnlyList<TextSpan> EmptyContinuationLines { get; init; } = System.Array.Empty<TextSpan>();
}

/// <summary>A parser directive such as <c># syntax=docker/dockerfile:1</c>; the name is lower-case.</summary>
public sealed record ParserDirective(string Name, string Value, TextSpan Span, TextSpan ValueSpan);

/// <summary>A comment line: <see cref="Content"/> is the text after <c>#</c>, trimmed.</summary>
public sealed record Comment(string Content, TextSpan Span);

/// <summary>A syntax error with the span it concerns.</summary>
public sealed record SyntaxError(string Message, TextSpan Span);

/// <summary>
/// A <c>--name=value</c> flag before an instruction's arguments. <see cref="Text"/> is the flag after
/// quote and escape removal, as BuildKit keeps it.
/// </summary>
public sealed record InstructionFlag(string Text, TextSpan Span)
{
    /// <summary>The name without the leading dashes, such as <c>platform</c>.</summary>
    public string Name
    {
        get
        {
            var equals = Text.IndexOf('=');
            return (equals < 0 ? Text : Text.Substring(0, equals)).TrimStart('-');
        }
    }

    /// <summary>The text after the first <c>=</c>, or null for a bare <c>--flag</c>.</summary>
    public string? Value
    {
        get
        {
            var equals = Text.IndexOf('=');
            return equals < 0 ? null : Text.Substring(equals + 1);
        }
    }
}

/// <summary>
/// One argument node as BuildKit's parser produces it, before variable expansion and quote removal
/// (except JSON elements, which are decoded). <see cref="Span"/> is where its text is in the file.
/// </summary>
public sealed record InstructionArgument(string Value, TextSpan Span);

/// <summary>A heredoc attached to RUN, COPY or ADD.</summary>
/// <param name="Name">The delimiter with quotes removed.</param>
/// <param name="Expand">False when any part of the delimiter was quoted: the body is taken literally.</param>
/// <param name="Chomp">True for <c>&lt;&lt;-</c>: leading tabs are removed from body lines.</param>
/// <param name="FileDescriptor">The file descriptor written before <c>&lt;&lt;</c>, 0 when none.</param>
/// <param name="Content">The raw body, line endings included, without the terminator line.</param>
/// <param name="ContentSpan">Where the body is in the file.</param>
/// <param name="Terminated">False when the file ended before the terminator line.</param>
public sealed record Heredoc(string Name, bool Expand, bool Chomp, int FileDescriptor, string Content, TextSpan ContentSpan, bool Terminated);
