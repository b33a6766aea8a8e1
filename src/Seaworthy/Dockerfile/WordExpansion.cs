using System.Collections.Generic;

namespace Seaworthy.Dockerfile;

/// <summary>The result of <see cref="WordExpander.ExpandWord(string, System.Func{string, string})"/> or <see cref="WordExpander.ExpandWords(string, System.Func{string, string})"/>.</summary>
/// <param name="Value">
/// The expanded text: for a single word the word itself, for a split text the words joined with single
/// spaces. Empty when <paramref name="Error"/> is set.
/// </param>
/// <param name="Words">
/// The words: for a single word a list holding just <paramref name="Value"/>, for a split text the words
/// in order (possibly none). Empty when <paramref name="Error"/> is set.
/// </param>
/// <param name="Error">
/// <see langword="null"/> on success, otherwise BuildKit's message, such as
/// <c>syntax error: bad substitution</c> or <c>NAME: is not allowed to be unset</c>, without the
/// <c>failed to process "…":</c> prefix BuildKit adds.
/// </param>
/// <param name="Matched">The distinct names of set variables the text referred to, in order of first use.</param>
/// <param name="Unmatched">The distinct names of unset variables the text referred to, in order of first use.</param>
public sealed record WordExpansion(
    string Value,
    IReadOnlyList<string> Words,
    string? Error,
    IReadOnlyList<string> Matched,
    IReadOnlyList<string> Unmatched)
{
    /// <summary>Whether the expansion succeeded (<see cref="Error"/> is <see langword="null"/>).</summary>
    public bool Succeeded => Error is null;
}

/// <summary>A variable reference in a text: the name, and the offset and length of <c>$name</c> or <c>${name...}</c> in the text.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Start">The offset of the <c>$</c>.</param>
/// <param name="Length">The length up to the end of the name, or past the closing <c>}</c>.</param>
public readonly record struct VariableReference(string Name, int Start, int Length);
