using System;
using System.Globalization;

namespace Seaworthy.Analysis;

/// <summary>
/// What a finding says, as its rule reported it: a text, or the arguments of the rule's message format, formatted
/// only when the message is read. A file with a million findings keeps a small array of mostly shared strings
/// for each (the name of the object, the image) rather than a million sentences.
/// </summary>
internal readonly struct FindingMessage
{
    private readonly string? _text;
    private readonly object?[]? _arguments;

    private FindingMessage(string? text, object?[]? arguments)
    {
        _text = text;
        _arguments = arguments;
    }

    /// <summary>
    /// The arguments of <paramref name="rule"/>'s message, checked against its format now (a wrong count throws
    /// <see cref="FormatException"/> here, in the analyzer's call) and copied as values: strings and numbers are
    /// kept, anything else becomes its text, so the finding holds on to no syntax tree and sees no later change.
    /// </summary>
    /// <exception cref="FormatException">The format uses an argument that was not given, or one given is not used.</exception>
    public static FindingMessage Of(RuleDescriptor rule, object?[] arguments)
    {
        CheckCount(rule, arguments);

        if (arguments.Length == 0)
        {
            return new FindingMessage(rule.MessageFormat, null);
        }

        var copy = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            copy[i] = arguments[i] is null or string or ValueType ? arguments[i] : string.Format(CultureInfo.InvariantCulture, "{0}", arguments[i]);
        }

        return new FindingMessage(null, copy);
    }

    /// <summary>
    /// Throws <see cref="FormatException"/> unless <paramref name="arguments"/> are exactly as many as the format's
    /// placeholders ask for: one missing would throw when the message is read, one too many is an argument the
    /// analyzer meant to show and the message drops.
    /// </summary>
    public static void CheckCount(RuleDescriptor rule, object?[] arguments)
    {
        if (arguments.Length != rule.HighestArgumentIndex + 1)
        {
            throw new FormatException($"The message of {rule.Id} takes {rule.HighestArgumentIndex + 1} arguments, and {arguments.Length} were given.");
        }
    }

    public static implicit operator FindingMessage(string text) => new(text, null);

    /// <summary>The message of a finding of <paramref name="rule"/>.</summary>
    public string Format(RuleDescriptor rule) => _text ?? rule.FormatMessage(_arguments!);

    /// <summary>The message, and whether it still has to be formatted (its arguments) or is a text.</summary>
    public bool IsText(out string? text, out object?[]? arguments)
    {
        text = _text;
        arguments = _arguments;
        return _text is not null;
    }
}
