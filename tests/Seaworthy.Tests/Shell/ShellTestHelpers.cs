using System.Linq;
using Seaworthy.Dockerfile;
using Seaworthy.Shell;
using Seaworthy.Text;

namespace Seaworthy.Tests.Shell;

/// <summary>Compact dumps of shell trees and Dockerfile helpers for the shell tests.</summary>
internal static class ShellTestHelpers
{
    public static DockerfileSyntax Syntax(string dockerfile) => DockerfileParser.Parse(new SourceText("Dockerfile", dockerfile));

    public static DockerfileScripts Scripts(string dockerfile) => DockerfileScripts.Create(DockerfileModel.Create(Syntax(dockerfile)));

    /// <summary>A span as line:column-endLine:endColumn (end exclusive).</summary>
    public static string At(string text, TextSpan span)
    {
        var location = new SourceText("Dockerfile", text).GetLocation(span);
        return $"{location.Line}:{location.Column}-{location.EndLine}:{location.EndColumn}";
    }

    /// <summary>The file text a span covers.</summary>
    public static string Cover(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    /// <summary>
    /// The tree as an S-expression: commands are their words' raw text in brackets, operators are kept, and a
    /// sequence of one item is the item.
    /// </summary>
    public static string Dump(ShellNode node) => node switch
    {
        ShellScript script => Dump(script.Body),
        ShellSequence sequence => sequence.Items.Count switch
        {
            0 => string.Empty,
            1 => Dump(sequence.Items[0]),
            _ => "(seq " + string.Join(" ", sequence.Items.Select(Dump)) + ")",
        },
        ShellAndOr andOr => DumpAndOr(andOr),
        ShellPipeline pipeline => (pipeline.IsNegated ? "!" : string.Empty)
            + (pipeline.Commands.Count == 1 ? Dump(pipeline.Commands[0]) : "(pipe " + string.Join(" ", pipeline.Commands.Select(Dump)) + ")"),
        ShellCommand command => "[" + string.Join(" ", command.Assignments.Select(a => a.Text).Concat(command.Words.Select(w => w.Text)).Concat(command.Redirections.Select(r => r.Text))) + "]",
        ShellSubshell subshell => "(subshell " + Dump(subshell.Body) + ")" + Redirections(subshell),
        ShellGroup group => "(group " + Dump(group.Body) + ")" + Redirections(group),
        ShellIf ifCommand => "(if " + string.Join(" ", ifCommand.Clauses.Select(c => Dump(c.Condition) + " then " + Dump(c.Body)))
            + (ifCommand.Else is null ? string.Empty : " else " + Dump(ifCommand.Else)) + ")" + Redirections(ifCommand),
        ShellWhile loop => "(" + (loop.IsUntil ? "until " : "while ") + Dump(loop.Condition) + " do " + Dump(loop.Body) + ")" + Redirections(loop),
        ShellFor forLoop => "(" + (forLoop.IsSelect ? "select " : "for ")
            + (forLoop.Arithmetic is { } arithmetic ? "((" + arithmetic.Text + "))" : forLoop.Variable?.Text + (forLoop.Items is null ? string.Empty : " in " + string.Join(" ", forLoop.Items.Select(i => i.Text))))
            + " do " + Dump(forLoop.Body) + ")" + Redirections(forLoop),
        ShellCase caseCommand => "(case " + caseCommand.Subject?.Text + " " + string.Join(" ", caseCommand.Items.Select(i => string.Join("|", i.Patterns.Select(p => p.Text)) + ") " + Dump(i.Body) + " " + i.Terminator?.Text)) + ")",
        ShellFunction function => "(function " + function.Name + " " + (function.Body is null ? string.Empty : Dump(function.Body)) + ")",
        ShellArithmeticCommand arithmetic => "((" + arithmetic.Expression.Text + "))",
        ShellConditional conditional => "[[" + string.Join(" ", conditional.Words.Select(w => w.Text)) + "]]",
        _ => node.Text,
    };

    /// <summary>A word's parts: lit(...), sq(...), dq(...), ansi(...), param(NAME op arg), cmd(...), bq(...), arith(...), proc(...).</summary>
    public static string Parts(ShellWord word) => string.Join(" ", word.Parts.Select(Part));

    private static string Part(ShellWordPart part) => part switch
    {
        ShellLiteral literal => "lit(" + literal.Value + ")",
        ShellSingleQuoted single => "sq(" + single.Value + ")",
        ShellAnsiCQuoted ansi => "ansi(" + ansi.Value + ")",
        ShellDoubleQuoted doubleQuoted => "dq(" + string.Join(" ", doubleQuoted.Parts.Select(Part)) + ")",
        ShellParameterExpansion parameter => "param(" + (parameter.IsLength ? "#" : string.Empty) + (parameter.IsIndirect ? "!" : string.Empty) + parameter.Name
            + (parameter.Subscript is null ? string.Empty : "[" + parameter.Subscript + "]")
            + (parameter.Operator is null ? string.Empty : " " + parameter.Operator + " " + (parameter.Argument is null ? string.Empty : Parts(parameter.Argument))) + ")",
        ShellCommandSubstitution substitution => (substitution.IsBackquoted ? "bq(" : "cmd(") + Dump(substitution.Body) + ")",
        ShellArithmeticExpansion arithmetic => "arith(" + arithmetic.Expression.Text + ")",
        ShellProcessSubstitution process => (process.IsInput ? "in(" : "out(") + Dump(process.Body) + ")",
        _ => part.Text,
    };

    private static string DumpAndOr(ShellAndOr andOr)
    {
        var text = Dump(andOr.Pipelines[0]);
        for (var i = 0; i < andOr.Operators.Count; i++)
        {
            text += " " + andOr.Operators[i].Text + " " + Dump(andOr.Pipelines[i + 1]);
        }

        if (andOr.Pipelines.Count > 1)
        {
            text = "(" + text + ")";
        }

        return andOr.IsBackground ? text + " &" : text;
    }

    private static string Redirections(ShellCommandNode node) =>
        node.Redirections.Count == 0 ? string.Empty : " " + string.Join(" ", node.Redirections.Select(r => r.Text));
}
