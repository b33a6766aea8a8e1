using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// SPDX license expressions (SPDX specification, annex "SPDX license expressions"): license identifiers of the
/// SPDX License List, with an optional "+", or LicenseRef- references, joined by AND and OR, with parentheses,
/// and "WITH" an exception of the list (or an AdditionRef-). Identifiers match in any case, operators only in
/// upper case, as the specification asks.
/// </summary>
internal static class SpdxExpression
{
    private static readonly Regex IdString = new("^[A-Za-z0-9.-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex Reference = new(
        "^(DocumentRef-[A-Za-z0-9.-]+:)?(?<kind>LicenseRef|AdditionRef)-[A-Za-z0-9.-]+$",
        RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="value"/> is a whole SPDX license expression.</summary>
    public static bool IsValid(string value)
    {
        var tokens = Tokens(value);
        var position = 0;
        return tokens.Count > 0 && Or(tokens, ref position) && position == tokens.Count;
    }

    private static List<string> Tokens(string value)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            if (char.IsWhiteSpace(c) || c is '(' or ')')
            {
                if (start >= 0)
                {
                    tokens.Add(value.Substring(start, i - start));
                    start = -1;
                }

                if (c is '(' or ')')
                {
                    tokens.Add(c.ToString());
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    private static bool Or(List<string> tokens, ref int position) => Joined(tokens, ref position, "OR", And);

    private static bool And(List<string> tokens, ref int position) => Joined(tokens, ref position, "AND", Primary);

    private delegate bool Parser(List<string> tokens, ref int position);

    private static bool Joined(List<string> tokens, ref int position, string @operator, Parser operand)
    {
        if (!operand(tokens, ref position))
        {
            return false;
        }

        while (position < tokens.Count && tokens[position] == @operator)
        {
            position++;
            if (!operand(tokens, ref position))
            {
                return false;
            }
        }

        return true;
    }

    // "(" expression ")", or a license with an optional "WITH" exception.
    private static bool Primary(List<string> tokens, ref int position)
    {
        if (position >= tokens.Count)
        {
            return false;
        }

        if (tokens[position] == "(")
        {
            position++;
            if (!Or(tokens, ref position) || position >= tokens.Count || tokens[position] != ")")
            {
                return false;
            }

            position++;
            return true;
        }

        if (!IsLicense(tokens[position]))
        {
            return false;
        }

        position++;
        if (position < tokens.Count && tokens[position] == "WITH")
        {
            position++;
            if (position >= tokens.Count || !IsException(tokens[position]))
            {
                return false;
            }

            position++;
        }

        return true;
    }

    private static bool IsLicense(string token)
    {
        if (Reference.Match(token) is { Success: true } reference)
        {
            return reference.Groups["kind"].Value == "LicenseRef";
        }

        var id = token.EndsWith("+", StringComparison.Ordinal) ? token.Substring(0, token.Length - 1) : token;
        return IdString.IsMatch(id) && SpdxLicenseList.Licenses.Contains(id);
    }

    private static bool IsException(string token) =>
        Reference.Match(token) is { Success: true } reference
            ? reference.Groups["kind"].Value == "AdditionRef"
            : SpdxLicenseList.Exceptions.Contains(token);
}
