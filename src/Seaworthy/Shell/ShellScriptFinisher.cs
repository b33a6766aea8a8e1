using System;
using System.Collections.Generic;

namespace Seaworthy.Shell;

/// <summary>
/// The pass after parsing: walks the tree in source order (with a stack, not recursion) to collect every simple
/// command, to follow the shell options set by <c>set</c>, and to parse the here-documents fed to a shell
/// (<c>bash &lt;&lt;EOF</c>) as scripts of their own. A <c>set</c> inside a subshell, a substitution, a
/// pipeline element or a background list is undone when it ends; elsewhere the options simply follow source
/// order (a <c>set</c> in an <c>if</c> branch counts for everything after it).
/// </summary>
internal static class ShellScriptFinisher
{
    // Scripts fed to shells inside scripts fed to shells: enough for any real file, bounded for hostile ones.
    private const int MaxScriptNesting = 8;

    /// <summary>The interpreters whose here-document input is parsed as a script.</summary>
    internal static readonly string[] ScriptShells = { "sh", "bash", "dash", "ash" };

    public static void Finish(ShellScript root)
    {
        var scripts = new List<ShellScript>();
        var options = ShellOptions.None;
        var stack = new Stack<Step>();
        var scratch = new List<ShellNode>();
        stack.Push(Visit(root));
        while (stack.Count > 0)
        {
            var step = stack.Pop();
            switch (step.Kind)
            {
                case StepKind.Restore:
                    options = step.Options;
                    break;
                case StepKind.LeaveScript:
                    scripts.RemoveAt(scripts.Count - 1);
                    break;
                case StepKind.ApplySet:
                    options = ShellFlags.ApplySet(ShellFlags.Values(step.Command!.Arguments), options);
                    break;
                default:
                    Visit(step.Node!, stack, scratch, scripts, ref options);
                    break;
            }
        }
    }

    private static void Visit(ShellNode node, Stack<Step> stack, List<ShellNode> scratch, List<ShellScript> scripts, ref ShellOptions options)
    {
        switch (node)
        {
            case ShellScript script:
                scripts.Add(script);
                stack.Push(new Step(StepKind.LeaveScript, null, null, ShellOptions.None));
                stack.Push(Restore(options));
                options = script.InitialOptions;
                PushChildren(node, stack, scratch);
                return;
            case ShellCommand command:
                command.Options = options;
                foreach (var script in scripts)
                {
                    script.CommandList.Add(command);
                }

                // Wrappers are resolved only for commands that could be a set or a shell.
                if (command.Words.Count > 0 && IsOfInterest(CommandWrappers.BaseName(command.Words[0].Value)))
                {
                    if (command.Name == "set")
                    {
                        stack.Push(new Step(StepKind.ApplySet, null, command, ShellOptions.None));
                    }

                    if (scripts.Count < MaxScriptNesting)
                    {
                        ParseFedScript(command, scripts);
                    }
                }

                PushChildren(node, stack, scratch);
                return;
            case ShellSubshell or ShellCommandSubstitution or ShellProcessSubstitution or ShellAndOr { IsBackground: true }:
                stack.Push(Restore(options));
                PushChildren(node, stack, scratch);
                return;
            case ShellPipeline { Commands.Count: > 1 } pipeline:
                for (var i = pipeline.Commands.Count - 1; i >= 0; i--)
                {
                    stack.Push(Restore(options));
                    stack.Push(Visit(pipeline.Commands[i]));
                }

                return;
            default:
                PushChildren(node, stack, scratch);
                return;
        }
    }

    // "bash <<EOF", "sudo sh -e <<EOF", "sh -s arg <<EOF": the shell reads its script from the here-document on
    // standard input (and not from -c or a script file).
    private static void ParseFedScript(ShellCommand command, List<ShellScript> scripts)
    {
        if (command.Name is not { } name || Array.IndexOf(ScriptShells, name) < 0)
        {
            return;
        }

        var invocation = ShellFlags.ReadInvocation(ShellFlags.Values(command.Arguments));
        if (!invocation.ReadsScriptFromInput(command.Arguments.Count))
        {
            return;
        }

        ShellHereDocument? input = null;
        foreach (var redirection in command.Redirections)
        {
            if (redirection.EffectiveFileDescriptor == 0)
            {
                input = redirection.HereDocument;
            }
        }

        if (input is null)
        {
            return;
        }

        // "<<-" strips leading tabs before the shell reads the lines.
        var chomped = input.StripsTabs ? input.Source.WithoutLeadingTabs(input.Start, input.End) : null;
        var nested = chomped is null
            ? ScriptParser.ParseTree(input.Source, input.Start, input.End, invocation.Options, Array.Empty<ShellHereDocumentBody>())
            : ScriptParser.ParseTree(chomped, 0, chomped.Text.Length, invocation.Options, Array.Empty<ShellHereDocumentBody>());
        input.SetScript(nested);
        foreach (var script in scripts)
        {
            script.ProblemList.AddRange(nested.ProblemList);
        }
    }

    private static bool IsOfInterest(string? name) =>
        name is not null && (name == "set" || Array.IndexOf(ScriptShells, name) >= 0 || CommandWrappers.IsWrapper(name));

    private static void PushChildren(ShellNode node, Stack<Step> stack, List<ShellNode> scratch) =>
        ShellNode.PushChildren(node, stack, scratch, Visit);

    private static Step Visit(ShellNode node) => new(StepKind.Visit, node, null, ShellOptions.None);

    private static Step Restore(ShellOptions options) => new(StepKind.Restore, null, null, options);

    private enum StepKind
    {
        Visit,
        Restore,
        LeaveScript,
        ApplySet,
    }

    private readonly record struct Step(StepKind Kind, ShellNode? Node, ShellCommand? Command, ShellOptions Options);
}
