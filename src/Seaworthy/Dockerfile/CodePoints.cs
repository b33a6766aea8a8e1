using System;
using System.Globalization;
using System.Text;

namespace Seaworthy.Dockerfile;

/// <summary>
/// Unicode code point helpers for code ported from Go, which reads strings rune by rune: a surrogate
/// pair is one character there, and the character classes are Go's <c>unicode</c> ones.
/// </summary>
internal static class CodePoints
{
    /// <summary>What Go's <c>text/scanner</c> returns at the end of the input.</summary>
    public const int EndOfText = -1;

    /// <summary>The code point at <paramref name="index"/>; a lone surrogate is returned as itself.</summary>
    public static int At(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        return c;
    }

    /// <summary>The number of UTF-16 code units the code point takes.</summary>
    public static int Width(int codePoint) => codePoint > 0xFFFF ? 2 : 1;

    /// <summary>The code points of a string.</summary>
    public static int[] Decode(string text)
    {
        var result = new int[text.Length];
        var count = 0;
        var index = 0;
        while (index < text.Length)
        {
            var codePoint = At(text, index);
            result[count++] = codePoint;
            index += Width(codePoint);
        }

        Array.Resize(ref result, count);
        return result;
    }

    /// <summary>Appends a code point (not <see cref="EndOfText"/>).</summary>
    public static void Append(StringBuilder builder, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            builder.Append((char)codePoint);
        }
    }

    /// <summary>Appends code points <c>[start, end)</c> of <paramref name="codePoints"/>.</summary>
    public static void Append(StringBuilder builder, int[] codePoints, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Append(builder, codePoints[i]);
        }
    }

    /// <summary>The code point as a string; <see cref="EndOfText"/> becomes U+FFFD as Go's <c>string(rune(-1))</c> does.</summary>
    public static string ToText(int codePoint)
    {
        if (codePoint == EndOfText)
        {
            return "\uFFFD";
        }

        return codePoint > 0xFFFF ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString();
    }

    /// <summary>Go's <c>unicode.IsLetter</c>: any letter category.</summary>
    public static bool IsLetter(int codePoint) => codePoint != EndOfText && Category(codePoint) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        _ => false,
    };

    /// <summary>Go's <c>unicode.IsDigit</c>: a decimal digit in any script.</summary>
    public static bool IsDigit(int codePoint) =>
        codePoint != EndOfText && Category(codePoint) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>Go's <c>unicode.IsSpace</c>; every Unicode white-space character lies in the BMP.</summary>
    public static bool IsSpace(int codePoint) =>
        codePoint is >= 0 and <= 0xFFFF && char.IsWhiteSpace((char)codePoint);

    private static UnicodeCategory Category(int codePoint) => codePoint > 0xFFFF
        ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0)
        : CharUnicodeInfo.GetUnicodeCategory((char)codePoint);
}
