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

    /// <summary>
    /// A safe fix appending <c>&amp;&amp; <paramref name="command"/></c> to the end of the RUN's command list, so that
    /// it runs after everything else; null when that end is not plain: an exec form or heredoc RUN, a script the
    /// parser had trouble with, a list that ends in the background, or a command run through a wrapper
    /// (<c>sudo</c>), whose rights the appended command would not have.
    /// </summary>
    public static Fix? AppendToScript(ShellCommandContext c, string command, string title)
    {
        if (c.Script.Form != RunScriptForm.Shell || c.Instruction.IsJsonForm || c.Instruction.Heredocs.Count > 0
            || c.Script.Script is not { HasProblems: false } script || script.Body.Items.Count == 0
            || c.Command.Wrappers.Count > 0)
        {
            return null;
        }

        var last = script.Body.Items[script.Body.Items.Count - 1];
        if (last.IsBackground || last.Pipelines.Count == 0)
        {
            return null;
        }

        return Fix.Safe(title, TextEdit.Insert(last.Pipelines[last.Pipelines.Count - 1].Span.End, " && " + command));
    }
}
