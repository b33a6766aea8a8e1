using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>One finding: which rule, how severe, where, and what it says.</summary>
/// <param name="Rule">The rule that reported it.</param>
/// <param name="Severity">The effective severity (after configuration).</param>
/// <param name="Location">The exact place the finding points at.</param>
/// <param name="Message">The formatted message. Secret values never appear in it.</param>
public sealed record Diagnostic(RuleDescriptor Rule, Severity Severity, Location Location, string Message)
{
    /// <summary>The rule id, such as <c>SW1001</c>.</summary>
    public string Id => Rule.Id;

    /// <summary>
    /// Spans of the file's text that hold secret values. Reports that show source text (the text
    /// format's code frame) mask these characters, so a secret never reaches a terminal or a CI log.
    /// </summary>
    public IReadOnlyList<TextSpan> Redactions { get; init; } = Array.Empty<TextSpan>();

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id} [{Rule.Name}] {Message}";
}
