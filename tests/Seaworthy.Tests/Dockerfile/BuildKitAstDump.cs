using System.Globalization;
using System.Linq;
using System.Text;
using Seaworthy.Dockerfile;

namespace Seaworthy.Tests.Dockerfile;

/// <summary>Renders our syntax tree in the format of BuildKit's <c>Node.Dump()</c>, to compare with its test results.</summary>
internal static class BuildKitAstDump
{
    public static string Render(DockerfileSyntax syntax)
    {
        var builder = new StringBuilder();
        foreach (var instruction in syntax.Instructions)
        {
            builder.Append('(').Append(Render(instruction)).Append(")\n");
        }

        return builder.ToString().Trim() + "\n";
    }

    private static string Render(Instruction instruction)
    {
        var builder = new StringBuilder(instruction.Keyword.ToLowerInvariant());
        if (instruction.Flags.Count > 0)
        {
            builder.Append(" [").Append(string.Join(" ", instruction.Flags.Select(flag => GoQuote(flag.Text)))).Append(']');
        }

        if (instruction is OnbuildInstruction { Trigger: { } trigger })
        {
            builder.Append(" (").Append(Render(trigger)).Append(')');
        }

        foreach (var argument in instruction.Arguments)
        {
            builder.Append(' ').Append(GoQuote(argument.Value));
        }

        return builder.ToString().Trim();
    }

    /// <summary>Go's strconv.Quote.</summary>
    public static string GoQuote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (IsPrintable(rune))
                    {
                        builder.Append(rune.ToString());
                    }
                    else if (rune.Value < 0x20 || rune.Value == 0x7F)
                    {
                        builder.Append("\\x").Append(rune.Value.ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (rune.Value <= 0xFFFF)
                    {
                        builder.Append("\\u").Append(rune.Value.ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append("\\U").Append(rune.Value.ToString("x8", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPrintable(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
            _ => true,
        };
    }
}
