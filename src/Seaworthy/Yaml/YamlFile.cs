using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Yaml;

/// <summary>A YAML file read with positions: every document of the stream, the comments, and what went wrong.</summary>
public sealed class YamlFile
{
    internal YamlFile(SourceText text, IReadOnlyList<YamlDocument> documents, IReadOnlyList<YamlComment> comments, IReadOnlyList<YamlProblem> problems)
    {
        Text = text;
        Documents = documents;
        Comments = comments;
        Problems = problems;
    }

    /// <summary>The file's text.</summary>
    public SourceText Text { get; }

    /// <summary>The path of the file, as given.</summary>
    public string Path => Text.Path;

    /// <summary>The documents in order; after a syntax error the last one is incomplete.</summary>
    public IReadOnlyList<YamlDocument> Documents { get; }

    /// <summary>The comments read (up to a syntax error), in order.</summary>
    public IReadOnlyList<YamlComment> Comments { get; }

    /// <summary>Syntax errors and the semantic problems YAML forbids (duplicate keys, undefined aliases, bad merges), and exceeded limits.</summary>
    public IReadOnlyList<YamlProblem> Problems { get; }
}

/// <summary>One document of a stream.</summary>
/// <param name="Root">The root node, or null for an empty document.</param>
/// <param name="Span">The document's text.</param>
/// <param name="IsComplete">False when a syntax error or an exceeded limit stopped reading inside it: <paramref name="Root"/> then holds what was read.</param>
public sealed record YamlDocument(YamlNode? Root, TextSpan Span, bool IsComplete);

/// <summary>A comment: its text after <c>#</c> (trimmed), where it is, and whether it ends a line that holds other content.</summary>
public sealed record YamlComment(string Content, TextSpan Span, bool IsInline);

/// <summary>What a <see cref="YamlProblem"/> is about.</summary>
public enum YamlProblemKind
{
    /// <summary>The text is not YAML; reading stopped here.</summary>
    Syntax,

    /// <summary>A mapping writes the same key twice.</summary>
    DuplicateKey,

    /// <summary>An alias names no anchor defined before it.</summary>
    UndefinedAlias,

    /// <summary>An alias names the node it is inside.</summary>
    RecursiveAlias,

    /// <summary>A <c>&lt;&lt;</c> merge key whose value is not a mapping or a list of mappings.</summary>
    InvalidMerge,

    /// <summary>Collections nested deeper than <see cref="YamlLoader.MaxDepth"/>; reading stopped here.</summary>
    TooDeep,

    /// <summary>Aliases that expand to far more nodes than the text holds (an alias bomb); reading stopped here.</summary>
    ExcessiveAliasing,
}

/// <summary>A problem in a YAML file, with its position.</summary>
public sealed record YamlProblem(YamlProblemKind Kind, string Message, Location Location);
