using System;
using System.Collections.Generic;
using System.Globalization;

namespace Seaworthy.Analysis;

/// <summary>
/// Everything about a rule that does not depend on the input: the single source of truth for its id,
/// name, title, message, severity, help link and its equivalents in other tools.
/// </summary>
/// <param name="Id">The stable id, such as <c>SW1001</c>.</param>
/// <param name="Name">The kebab-case name, usable wherever an id is, such as <c>run-as-root</c>.</param>
/// <param name="Title">A one-line summary.</param>
/// <param name="MessageFormat">A composite format string for the finding's message.</param>
/// <param name="Category">The kind of concern.</param>
/// <param name="DefaultSeverity">The severity unless configured otherwise.</param>
/// <param name="EnabledByDefault">Whether the rule runs without being enabled.</param>
/// <param name="Surfaces">The kinds of input the rule reports on.</param>
/// <param name="HelpUri">The rule's documentation page.</param>
/// <param name="Equivalents">The same check in other tools, as <c>tool:id</c> (<c>hadolint:DL3002</c>).</param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    string MessageFormat,
    RuleCategory Category,
    Severity DefaultSeverity,
    bool EnabledByDefault,
    Surfaces Surfaces,
    string HelpUri,
    IReadOnlyList<string> Equivalents)
{
    /// <summary>The base address of the rule pages; a rule's page is this plus its id.</summary>
    public const string HelpBaseUri = "https://github.com/seaworthy-dev/seaworthy/blob/main/docs/rules/";

    /// <summary>The help address of the rule with id <paramref name="id"/>.</summary>
    public static string HelpFor(string id) => HelpBaseUri + id + ".md";

    private readonly int _highestArgumentIndex = ReadHighestArgumentIndex(MessageFormat);

    /// <summary>A composite format string for the finding's message.</summary>
    public string MessageFormat
    {
        get;
        init
        {
            field = value;
            _highestArgumentIndex = ReadHighestArgumentIndex(value);
        }
    } = MessageFormat;

    /// <summary>
    /// The settings a user may change for this rule under its <c>options</c> in <c>.seaworthy.yaml</c>, each with
    /// its default; empty for most rules.
    /// </summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = Array.Empty<RuleOption>();

    /// <summary>
    /// Whether the rule's findings carry a <see cref="Fix"/>, and the least safe fix they may carry; null when the rule
    /// fixes nothing. The single source for <c>seaworthy rules</c>, the rule pages and SARIF.
    /// </summary>
    public FixSafety? FixSafety { get; init; }

    /// <summary>The highest argument index <see cref="MessageFormat"/> uses (<c>{1}</c> gives 1), or -1 for none.</summary>
    internal int HighestArgumentIndex => _highestArgumentIndex;

    /// <summary>The hash of <see cref="Id"/>: equal descriptors have equal ids, and the engine and the reports look findings up by rule.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Formats the message with invariant culture.</summary>
    public string FormatMessage(object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    private static int ReadHighestArgumentIndex(string format)
    {
        var highest = -1;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            var index = 0;
            var j = i + 1;
            for (; j < format.Length && format[j] >= '0' && format[j] <= '9'; j++)
            {
                index = (index * 10) + (format[j] - '0');
            }

            highest = j > i + 1 ? Math.Max(highest, index) : highest;
        }

        return highest;
    }
}
