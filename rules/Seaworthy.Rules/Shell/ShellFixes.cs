using System;
using Seaworthy.Analysis;
using Seaworthy.Shell;
using Seaworthy.Text;

namespace Seaworthy.Rules.Shell;

/// <summary>Fixes that edit a RUN's shell text.</summary>
internal static class ShellFixes
{
    /// <summary>
    /// A safe fix inserting <paramref name="option"/> after <paramref name="word"/> (a subcommand such as
    /// <c>install</c>), or null when the word is not written as itself in the file (it comes from a variable, or
    /// the RUN is in exec form, whose JSON a plain insertion would break).
    /// </summary>
    public static Fix? InsertOptionAfter(ShellCommandContext c, ShellWord word, string option, string title)
    {
        var text = c.Dockerfile.Syntax.Text;
        if (c.Instruction.IsJsonForm || word.Value is not { } value || word.Span.End > text.Text.Length
            || !string.Equals(text.ToString(word.Span), value, StringComparison.Ordinal))
        {
            return null;
        }

        return Fix.Safe(title, TextEdit.Insert(word.Span.End, " " + option));
    }

    /// <summary>Reports <paramref name="rule"/> with <paramref name="fix"/> when there is one.</summary>
    public static void Report(ShellCommandContext c, RuleDescriptor rule, Location location, Fix? fix)
    {
        if (fix is null)
        {
            c.Report(rule, location);
        }
        else
        {
            c.Report(rule, location, fix);
        }
    }
}
