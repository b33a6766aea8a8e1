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


    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id} [{Rule.Name}] {Message}";
}
