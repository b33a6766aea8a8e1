using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Seaworthy.Host;
using Seaworthy.Secrets;
using Seaworthy.Text;

namespace Seaworthy.Analysis;

/// <summary>One finding: which rule, how severe, where, and what it says.</summary>
/// <param name="Rule">The rule that reported it.</param>
/// <param name="Severity">The effective severity (after configuration).</param>
/// <param name="Location">
/// The exact place the finding points at. A host audit finding has no file position: its location names the
/// engine or snapshot it came from (line 1, column 1) and <see cref="Target"/> says what it is about.
/// </param>
/// <param name="Message">The formatted message. Secret values never appear in it.</param>
public sealed record Diagnostic(RuleDescriptor Rule, Severity Severity, Location Location, string Message)
{
    // The arguments of the rule's message when the engine made the finding (see FindingMessage): the message is
    // formatted and masked when it is read, so that a million findings do not keep a million sentences.
    private readonly object?[]? _arguments;

    // By reference: a descriptor made again with another message format (a with expression) is another key.
    private static readonly ConcurrentDictionary<RuleDescriptor, string> MaskedFormats = new(ReferenceComparer.Instance);

    internal Diagnostic(RuleDescriptor rule, Severity severity, Location location, FindingMessage message)
        : this(rule, severity, location, message.IsText(out var text, out var arguments) ? text! : string.Empty)
    {
        _arguments = arguments;
    }

    /// <summary>
    /// The formatted message, with every credential of the <see cref="SecretCatalogue"/> masked however the
    /// diagnostic was made (a rule, the engine, a plug-in); the engine masks the run's values from outside the files too.
    /// </summary>
    public string Message
    {
        get => _arguments is null ? field : SecretMasker.Catalogue.MaskText(Rule.FormatMessage(_arguments));
        init
        {
            field = SecretMasker.Catalogue.MaskText(value);
            _arguments = null;
        }
    } = MaskedText(Rule, Message);

    /// <summary>The repairs the finding offers (most offer none), each with edits on the text of its file.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = System.Array.Empty<Fix>();

    /// <summary>The rule id, such as <c>SW1001</c>.</summary>
    public string Id => Rule.Id;

    /// <summary>
    /// For a host audit finding, the object it is about (<c>container c-ports</c>, <c>file /etc/docker/daemon.json</c>,
    /// <c>daemon</c>); null for a finding in a file, which <see cref="Location"/> places exactly.
    /// </summary>
    public HostTarget? Target { get; init; }

    /// <summary>Where a person should look: the target of a host finding, else <c>path:line:column</c>.</summary>
    public string Place => Target?.ToString() ?? Location.ToString();

    // A message without arguments is its rule's own text, the same for every finding: masked once per rule.
    private static string MaskedText(RuleDescriptor rule, string message)
    {
        if (!ReferenceEquals(message, rule.MessageFormat))
        {
            return SecretMasker.Catalogue.MaskText(message);
        }

        if (!MaskedFormats.TryGetValue(rule, out var masked))
        {
            masked = SecretMasker.Catalogue.MaskText(message);
            MaskedFormats.TryAdd(rule, masked);
        }

        return masked;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Place}: {Severity.ToString().ToLowerInvariant()} {Id} [{Rule.Name}] {Message}";

    /// <inheritdoc />
    public bool Equals(Diagnostic? other) =>
        other is not null && (ReferenceEquals(this, other) || (Rule == other.Rule && Severity == other.Severity && Location == other.Location
            && Target == other.Target && Message == other.Message));

    /// <inheritdoc />
    public override int GetHashCode() => (Rule, Severity, Location, Target, Message).GetHashCode();

    // By reference (netstandard2.0 has no ReferenceEqualityComparer).
    private sealed class ReferenceComparer : IEqualityComparer<RuleDescriptor>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(RuleDescriptor? x, RuleDescriptor? y) => ReferenceEquals(x, y);

        public int GetHashCode(RuleDescriptor obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
