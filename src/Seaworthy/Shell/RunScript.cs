using System;
using System.Collections.Generic;
using System.Text;
using Seaworthy.Dockerfile;

namespace Seaworthy.Shell;

/// <summary>How a RUN gives its command.</summary>
public enum RunScriptForm
{
    /// <summary>Shell form: the text after RUN, run by the shell (with any heredoc bodies it names).</summary>
    Shell,

    /// <summary><c>RUN &lt;&lt;EOF</c> alone: the heredoc's body is the script.</summary>
    Heredoc,

    /// <summary>Exec form, <c>RUN ["executable", "arg"]</c>: one command, no shell.</summary>
    Exec,
}

/// <summary>
/// The script of one RUN (or ONBUILD RUN), parsed, with the shell it runs with; or why it is not analyzed
/// (a PowerShell or cmd SHELL, a heredoc whose shebang names another interpreter).
/// </summary>
public sealed class RunScript
{
    private static readonly char[] ShebangSeparators = { ' ', '\t', '\r' };

    private RunScript(RunInstruction instruction, OnbuildInstruction? onbuild, BuildStage? stage, EffectiveShell shell, RunScriptForm form, string? interpreter, ShellScript? script, string? skipReason)
    {
        Instruction = instruction;
        Onbuild = onbuild;
        Stage = stage;
        Shell = shell;
        Form = form;
        Interpreter = interpreter;
        Script = script;
        SkipReason = skipReason;
    }

    /// <summary>The RUN (for ONBUILD RUN, the trigger inside the ONBUILD).</summary>
    public RunInstruction Instruction { get; }

    /// <summary>The ONBUILD that wraps the RUN, or null.</summary>
    public OnbuildInstruction? Onbuild { get; }

    /// <summary>True for ONBUILD RUN: the script runs in builds based on this image, not in this one.</summary>
    public bool IsOnbuild => Onbuild is not null;

    /// <summary>The instruction as written in the file (the ONBUILD for a trigger): its span holds every word of the script.</summary>
    public Instruction OuterInstruction => (Instruction?)Onbuild ?? Instruction;

    /// <summary>The stage the RUN is in, or null before the first FROM.</summary>
    public BuildStage? Stage { get; }

    /// <summary>
    /// The shell in effect: the stage's SHELL at the RUN, or for ONBUILD RUN the stage's last SHELL (the image's
    /// shell, which the build that triggers it starts with).
    /// </summary>
    public EffectiveShell Shell { get; }

    /// <summary>How the RUN gives its command.</summary>
    public RunScriptForm Form { get; }

    /// <summary>The interpreter the script was read as (<c>sh</c>, <c>bash</c>; a heredoc's shebang wins over SHELL), or null for exec form.</summary>
    public string? Interpreter { get; }

    /// <summary>The parsed script, or null when it is not analyzed (see <see cref="SkipReason"/>).</summary>
    public ShellScript? Script { get; }

    /// <summary>Why the script is not analyzed, or null.</summary>
    public string? SkipReason { get; }

    /// <summary>Every simple command of the script (none when it is skipped).</summary>
    public IReadOnlyList<ShellCommand> Commands => Script?.Commands ?? Array.Empty<ShellCommand>();

    /// <summary>Parses the script of <paramref name="run"/>, which runs with <paramref name="shell"/>.</summary>
    public static RunScript Create(RunInstruction run, OnbuildInstruction? onbuild, BuildStage? stage, EffectiveShell shell)
    {
        if (run.IsJsonForm)
        {
            return new RunScript(run, onbuild, stage, shell, RunScriptForm.Exec, null, ExecScript(run), null);
        }

        // The Dockerfile parser attaches heredocs to the ONBUILD, not to its trigger.
        var heredocs = onbuild?.Heredocs ?? run.Heredocs;
        var start = run.ArgumentsLineStart;
        var end = run.ArgumentsLineEnd;
        if (heredocs.Count > 0 && HeredocMarkers.IsSingleMarker(run.Line.Text.Substring(start, end - start)))
        {
            return HeredocScript(run, onbuild, stage, shell, heredocs[0]);
        }

        if (!shell.SupportsShellRules)
        {
            return Skipped(run, onbuild, stage, shell, RunScriptForm.Shell, $"the shell is {shell.Name}, not a POSIX shell");
        }

        var bodies = new ShellHereDocumentBody[heredocs.Count];
        for (var i = 0; i < bodies.Length; i++)
        {
            var heredoc = heredocs[i];
            bodies[i] = new ShellHereDocumentBody(heredoc.Name, ShellSource.FromString(heredoc.Content, heredoc.ContentSpan.Start), heredoc.Terminated);
        }

        // The RUN's one argument is the script's text: every script is kept for the whole file, so it shares that
        // string rather than holding a copy of it.
        var text = run.Arguments.Count == 1 && run.Arguments[0].Value.Length == end - start
            && string.CompareOrdinal(run.Arguments[0].Value, 0, run.Line.Text, start, end - start) == 0
                ? run.Arguments[0].Value
                : run.Line.Text.Substring(start, end - start);
        var script = ShellParser.Parse(
            ShellSource.FromLogicalLine(run.Line, start, end, text),
            new ShellParseOptions { InitialOptions = shell.Options, HereDocumentBodies = bodies });
        return new RunScript(run, onbuild, stage, shell, RunScriptForm.Shell, shell.Name, script, null);
    }

    // BuildKit runs "RUN <<EOF" as the body itself: a body with a shebang is executed as a file (so the shebang
    // picks the interpreter), any other body is handed to SHELL. "<<-" removes leading tabs first.
    private static RunScript HeredocScript(RunInstruction run, OnbuildInstruction? onbuild, BuildStage? stage, EffectiveShell shell, Heredoc heredoc)
    {
        var source = ShellSource.FromString(heredoc.Content, heredoc.ContentSpan.Start);
        if (heredoc.Chomp)
        {
            source = source.WithoutLeadingTabs(0, heredoc.Content.Length);
        }

        var text = source.Text;
        if (text.StartsWith("#!", StringComparison.Ordinal))
        {
            var lineEnd = text.IndexOf('\n');
            var (interpreter, arguments) = ReadShebang(text.Substring(2, (lineEnd < 0 ? text.Length : lineEnd) - 2));
            if (Array.IndexOf(ShellScriptFinisher.ScriptShells, interpreter) < 0)
            {
                return Skipped(run, onbuild, stage, shell, RunScriptForm.Heredoc, $"the heredoc runs with {interpreter}, not a POSIX shell");
            }

            var options = ShellFlags.ReadInvocation(arguments).Options;
            return new RunScript(run, onbuild, stage, shell, RunScriptForm.Heredoc, interpreter, ShellParser.Parse(source, new ShellParseOptions { InitialOptions = options }), null);
        }

        if (!shell.SupportsShellRules)
        {
            return Skipped(run, onbuild, stage, shell, RunScriptForm.Heredoc, $"the shell is {shell.Name}, not a POSIX shell");
        }

        return new RunScript(run, onbuild, stage, shell, RunScriptForm.Heredoc, shell.Name, ShellParser.Parse(source, new ShellParseOptions { InitialOptions = shell.Options }), null);
    }

    // "#!/bin/bash -e", "#!/usr/bin/env bash": the interpreter's name and its arguments (split on blanks).
    private static (string Interpreter, IReadOnlyList<string?> Arguments) ReadShebang(string line)
    {
        var words = line.Split(ShebangSeparators, StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        var name = words.Length > 0 ? ShellFlags.InterpreterName(words[0]) : string.Empty;
        if (name == "env")
        {
            index = 1;
            while (index < words.Length && (words[index].StartsWith("-", StringComparison.Ordinal) || words[index].IndexOf('=') >= 0))
            {
                index++;
            }

            name = index < words.Length ? ShellFlags.InterpreterName(words[index]) : name;
        }

        var arguments = new List<string?>();
        for (var i = index + 1; i < words.Length; i++)
        {
            arguments.Add(words[i]);
        }

        return (name, arguments);
    }

    private static RunScript Skipped(RunInstruction run, OnbuildInstruction? onbuild, BuildStage? stage, EffectiveShell shell, RunScriptForm form, string reason) =>
        new(run, onbuild, stage, shell, form, null, null, reason);

    // Exec form is one command whose words are the array's strings. Each word's text is its JSON literal, so
    // the word's span is the literal with its quotes, and a range of the value maps inside it when the literal
    // has no escapes (otherwise to the whole literal).
    private static ShellScript ExecScript(RunInstruction run)
    {
        var text = new StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var ranges = new List<(int Start, int End)>();
        foreach (var argument in run.Arguments)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
                starts.Add(ends[ends.Count - 1]);
                ends.Add(ends[ends.Count - 1]);
            }

            var span = argument.Span;
            var exact = span.Length == argument.Value.Length + 2;
            var wordStart = text.Length;
            text.Append('"').Append(argument.Value).Append('"');
            for (var i = 0; i < argument.Value.Length + 2; i++)
            {
                starts.Add(exact ? span.Start + i : span.Start);
                ends.Add(exact ? span.Start + i + 1 : span.End);
            }

            ranges.Add((wordStart, text.Length));
        }

        starts.Add(ends.Count > 0 ? ends[ends.Count - 1] : run.ArgumentsSpan.Start);
        var source = ShellSource.FromFileRanges(text.ToString(), starts.ToArray(), ends.ToArray());
        var words = new List<ShellWord>(ranges.Count);
        foreach (var (start, end) in ranges)
        {
            words.Add(new ShellWord(source, start, end, new ShellWordPart[] { new ShellLiteral(source, start, end, LiteralKind.Json) }));
        }

        var items = new List<ShellAndOr>();
        if (words.Count > 0)
        {
            var command = new ShellCommand(source, 0, text.Length, Array.Empty<ShellAssignment>(), words, Array.Empty<ShellRedirection>());
            var pipeline = new ShellPipeline(source, 0, text.Length, false, new ShellCommandNode[] { command }, Array.Empty<ShellOperator>());
            items.Add(new ShellAndOr(source, 0, text.Length, new[] { pipeline }, Array.Empty<ShellOperator>(), null));
        }

        var script = new ShellScript(source, 0, text.Length, new ShellSequence(source, 0, text.Length, items), ShellOptions.None, Array.Empty<ShellComment>());
        ShellScriptFinisher.Finish(script);
        return script;
    }
}
