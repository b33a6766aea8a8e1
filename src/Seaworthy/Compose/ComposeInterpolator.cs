using System;
using System.Collections.Generic;
using System.Text;

namespace Seaworthy.Compose;

/// <summary>
/// Docker Compose's variable interpolation, as compose-go's <c>template</c> package does it: <c>$$</c> is a
/// dollar sign; <c>$NAME</c> and <c>${NAME}</c> are the value (empty when unset); <c>${NAME:-default}</c> and
/// <c>${NAME-default}</c> fall back when unset or empty (<c>:-</c>) or only when unset (<c>-</c>);
/// <c>${NAME:?message}</c> and <c>${NAME?message}</c> are errors when unset or empty, or unset;
/// <c>${NAME:+alternative}</c> and <c>${NAME+alternative}</c> give the alternative when set and not empty, or set.
/// Defaults, messages and alternatives are interpolated too. A <c>$</c> before anything else stays as written;
/// a <c>${</c> that is not one of the forms is an invalid template.
/// </summary>
public static class ComposeInterpolator
{
    /// <summary>Interpolates <paramref name="text"/>; <paramref name="lookup"/> gives a variable's value, or null when it is unset.</summary>
    public static ComposeInterpolation Interpolate(string text, Func<string, string?> lookup)
    {
        var uses = new List<ComposeVariableUse>();
        var state = new State(lookup, uses);
        var value = state.Substitute(text, 0, text.Length);
        return new ComposeInterpolation(state.Error is null ? value : text, uses, state.Error);
    }

    /// <summary>True when <paramref name="text"/> has a <c>$</c> that interpolation would act on.</summary>
    public static bool HasReferences(string text) => text.IndexOf('$') >= 0;

    private static bool IsNameStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsNamePart(char c) => IsNameStart(c) || (c >= '0' && c <= '9');

    private sealed class State
    {
        private readonly Func<string, string?> _lookup;
        private readonly List<ComposeVariableUse> _uses;

        public State(Func<string, string?> lookup, List<ComposeVariableUse> uses)
        {
            _lookup = lookup;
            _uses = uses;
        }

        public ComposeInterpolationError? Error { get; private set; }

        // Interpolates text[start, end); offsets of uses and errors are in the whole text.
        public string Substitute(string text, int start, int end)
        {
            var result = new StringBuilder(end - start);
            var i = start;
            while (i < end && Error is null)
            {
                var c = text[i];
                if (c != '$' || i + 1 >= end)
                {
                    result.Append(c);
                    i++;
                }
                else if (text[i + 1] == '$')
                {
                    result.Append('$');
                    i += 2;
                }
                else if (text[i + 1] == '{')
                {
                    i = Braced(text, i, end, result);
                }
                else if (IsNameStart(text[i + 1]))
                {
                    var nameEnd = i + 1;
                    while (nameEnd < end && IsNamePart(text[nameEnd]))
                    {
                        nameEnd++;
                    }

                    var name = text.Substring(i + 1, nameEnd - i - 1);
                    var value = _lookup(name);
                    _uses.Add(new ComposeVariableUse(name, string.Empty, i, nameEnd - i, value is not null));
                    result.Append(value);
                    i = nameEnd;
                }
                else
                {
                    result.Append(c);
                    i++;
                }
            }

            return result.ToString();
        }

        // ${...} at text[dollar]; returns the offset after it.
        private int Braced(string text, int dollar, int end, StringBuilder result)
        {
            var close = ClosingBrace(text, dollar, end);
            if (close < 0)
            {
                return Fail("invalid interpolation: '${' without a closing '}'", dollar, end);
            }

            var nameStart = dollar + 2;
            var nameEnd = nameStart;
            if (nameEnd < close && IsNameStart(text[nameEnd]))
            {
                while (nameEnd < close && IsNamePart(text[nameEnd]))
                {
                    nameEnd++;
                }
            }

            if (nameEnd == nameStart)
            {
                return Fail($"invalid interpolation '{text.Substring(dollar, close + 1 - dollar)}': a variable name must start with a letter or '_'", dollar, close + 1);
            }

            var name = text.Substring(nameStart, nameEnd - nameStart);
            var op = string.Empty;
            var argumentStart = nameEnd;
            if (nameEnd < close)
            {
                var colon = text[nameEnd] == ':' ? 1 : 0;
                if (nameEnd + colon < close && text[nameEnd + colon] is '-' or '?' or '+')
                {
                    op = text.Substring(nameEnd, colon + 1);
                    argumentStart = nameEnd + colon + 1;
                }
                else
                {
                    return Fail($"invalid interpolation '{text.Substring(dollar, close + 1 - dollar)}': expected '}}', ':-', '-', ':?', '?', ':+' or '+' after the name", dollar, close + 1);
                }
            }

            var value = _lookup(name);
            _uses.Add(new ComposeVariableUse(name, op, dollar, close + 1 - dollar, value is not null));

            // compose-go interpolates the default (or message, or alternative) whether or not it is used.
            var argument = op.Length == 0 ? string.Empty : Substitute(text, argumentStart, close);
            if (Error is not null)
            {
                return end;
            }

            switch (op)
            {
                case "":
                    result.Append(value);
                    break;
                case ":-":
                    result.Append(string.IsNullOrEmpty(value) ? argument : value);
                    break;
                case "-":
                    result.Append(value ?? argument);
                    break;
                case ":?" when string.IsNullOrEmpty(value):
                case "?" when value is null:
                    var reason = argument.Length > 0 ? ": " + argument : string.Empty;
                    return Fail($"required variable {name} is missing a value{reason}", dollar, close + 1, isMissingVariable: true);
                case ":?" or "?":
                    result.Append(value);
                    break;
                case ":+":
                    result.Append(string.IsNullOrEmpty(value) ? value : argument);
                    break;
                case "+":
                    result.Append(value is null ? string.Empty : argument);
                    break;
            }

            return close + 1;
        }

        private int Fail(string message, int start, int end, bool isMissingVariable = false)
        {
            Error = new ComposeInterpolationError(message, start, end - start, isMissingVariable);
            return end;
        }

        // compose-go's getFirstBraceClosingIndex: each "${" opens, each '}' closes; the brace that closes the first.
        private static int ClosingBrace(string text, int dollar, int end)
        {
            var open = 0;
            for (var i = dollar; i < end; i++)
            {
                if (text[i] == '}')
                {
                    open--;
                    if (open == 0)
                    {
                        return i;
                    }
                }

                if (text[i] == '$' && i + 1 < end && text[i + 1] == '{')
                {
                    open++;
                    i++;
                }
            }

            return -1;
        }
    }
}

/// <summary>
/// The result of interpolating a value: the value (the text unchanged when there is an error, as nothing can be
/// said of it), every variable it uses, and the error that makes <c>docker compose</c> refuse the file, if any.
/// </summary>
public sealed record ComposeInterpolation(string Value, IReadOnlyList<ComposeVariableUse> Variables, ComposeInterpolationError? Error);

/// <summary>
/// A variable used by an interpolation: its name, the operator (empty, <c>:-</c>, <c>-</c>, <c>:?</c>, <c>?</c>,
/// <c>:+</c> or <c>+</c>), where the whole reference is in the interpolated text, and whether it has a value.
/// </summary>
public sealed record ComposeVariableUse(string Name, string Operator, int Start, int Length, bool IsSet)
{
    /// <summary>True for <c>$NAME</c> and <c>${NAME}</c>: an unset variable becomes an empty string, silently but for docker compose's warning.</summary>
    public bool IsPlain => Operator.Length == 0;
}

/// <summary>
/// Why an interpolation failed, and which characters of the text it is about. <see cref="IsMissingVariable"/> tells
/// a required variable without a value (<c>${NAME:?message}</c>) from text that is not an interpolation at all.
/// </summary>
public sealed record ComposeInterpolationError(string Message, int Start, int Length, bool IsMissingVariable = false);
