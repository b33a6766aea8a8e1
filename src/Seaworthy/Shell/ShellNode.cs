using System;
using System.Collections.Generic;
using Seaworthy.Text;

namespace Seaworthy.Shell;

/// <summary>
/// A node of a parsed shell script. It keeps its range in its <see cref="Source"/>; <see cref="Span"/> is
/// that range in the file, exact across Dockerfile continuation lines and heredoc bodies.
/// </summary>
public abstract class ShellNode
{
    private protected ShellNode(ShellSource source, int start, int end)
    {
        Source = source;
        Start = start;
        End = end;
    }

    /// <summary>The node this one is part of; null for a top-level script.</summary>
    public ShellNode? Parent { get; private set; }

    /// <summary>The text the node was parsed from.</summary>
    public ShellSource Source { get; private set; }

    /// <summary>Where the node is in the file.</summary>
    public TextSpan Span => Source.GetFileSpan(Start, End);

    /// <summary>The node's text as written in <see cref="Source"/>.</summary>
    public string Text => Source.Text.Substring(Start, End - Start);

    /// <summary>The node's start offset in <see cref="Source"/>'s text.</summary>
    internal int Start { get; private set; }

    /// <summary>The node's end offset in <see cref="Source"/>'s text.</summary>
    internal int End { get; private set; }

    /// <summary>The direct children, in source order.</summary>
    public IReadOnlyList<ShellNode> ChildNodes()
    {
        var children = new List<ShellNode>();
        CollectChildren(children);
        return children;
    }

    /// <summary>Every node below this one, depth first in source order (without recursion, so deep trees are safe).</summary>
    public IEnumerable<ShellNode> DescendantNodes()
    {
        var stack = new Stack<ShellNode>();
        var children = new List<ShellNode>();
        PushChildren(this, stack, children);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            PushChildren(node, stack, children);
        }
    }

    /// <summary>Pushes the children of <paramref name="node"/> so that the first is popped first; <paramref name="scratch"/> is reused.</summary>
    internal static void PushChildren<T>(ShellNode node, Stack<T> stack, List<ShellNode> scratch, Func<ShellNode, T> wrap)
    {
        scratch.Clear();
        node.CollectChildren(scratch);
        for (var i = scratch.Count - 1; i >= 0; i--)
        {
            stack.Push(wrap(scratch[i]));
        }
    }

    /// <summary>The nearest ancestor of type <typeparamref name="T"/>, or null.</summary>
    public T? FirstAncestor<T>()
        where T : ShellNode
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (node is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Adds the direct children, in source order.</summary>
    private protected abstract void CollectChildren(List<ShellNode> children);

    private static void PushChildren(ShellNode node, Stack<ShellNode> stack, List<ShellNode> scratch) =>
        PushChildren(node, stack, scratch, child => child);

    private protected void Adopt(ShellNode? child)
    {
        if (child is not null)
        {
            child.Parent = this;
        }
    }

    // By index: a foreach over the read-only list would allocate an enumerator for every node built.
    private protected void Adopt<T>(IReadOnlyList<T> children)
        where T : ShellNode
    {
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Parent = this;
        }
    }

    // A here-document's body is read after the line that names it, so its node learns its place late.
    private protected void MoveTo(ShellSource source, int start, int end)
    {
        Source = source;
        Start = start;
        End = end;
    }
}

/// <summary>The shell options the parser follows through a script (<c>set -o pipefail</c>, <c>set -e</c>...).</summary>
[Flags]
public enum ShellOptions
{
    /// <summary>No option.</summary>
    None = 0,

    /// <summary><c>set -e</c> / <c>set -o errexit</c>: stop at the first failing command.</summary>
    Errexit = 1,

    /// <summary><c>set -u</c> / <c>set -o nounset</c>: unset variables are errors.</summary>
    Nounset = 2,

    /// <summary><c>set -o pipefail</c>: a pipeline fails when any of its commands fails, not only the last.</summary>
    Pipefail = 4,

    /// <summary><c>set -x</c> / <c>set -o xtrace</c>: commands are echoed.</summary>
    Xtrace = 8,
}

/// <summary>Something the parser could not make sense of, with where it is. The tree around it is kept.</summary>
/// <param name="Message">What is wrong, in the shell's words where possible (<c>unterminated double quote</c>).</param>
/// <param name="Span">Where in the file.</param>
public sealed record ShellProblem(string Message, TextSpan Span);

/// <summary>A comment: <see cref="Content"/> is the text after <c>#</c>.</summary>
/// <param name="Content">The text after <c>#</c>.</param>
/// <param name="Span">Where in the file, <c>#</c> included.</param>
public sealed record ShellComment(string Content, TextSpan Span);

/// <summary>An operator between commands: <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>&amp;</c>, <c>|</c>, <c>|&amp;</c>, <c>;;</c>...</summary>
public sealed class ShellOperator : ShellNode
{
    internal ShellOperator(ShellSource source, int start, int end)
        : base(source, start, end)
    {
    }

    private protected override void CollectChildren(List<ShellNode> children)
    {
    }
}

/// <summary>
/// A parsed script: its commands, comments and the problems found. A script with problems still has a tree of
/// everything that could be read; rules that need a sound script can skip one where <see cref="HasProblems"/>.
/// </summary>
public sealed class ShellScript : ShellNode
{
    internal ShellScript(ShellSource source, int start, int end, ShellSequence body, ShellOptions initialOptions, IReadOnlyList<ShellComment> comments)
        : base(source, start, end)
    {
        Body = body;
        InitialOptions = initialOptions;
        Comments = comments;
        Adopt(body);
    }

    /// <summary>The commands of the script.</summary>
    public ShellSequence Body { get; }

    /// <summary>The options in effect when the script starts (from SHELL, a shebang, or <c>bash -o pipefail</c>).</summary>
    public ShellOptions InitialOptions { get; }

    /// <summary>The comments, in order.</summary>
    public IReadOnlyList<ShellComment> Comments { get; }

    /// <summary>What could not be parsed, here and in scripts nested in here-documents fed to a shell.</summary>
    public IReadOnlyList<ShellProblem> Problems => ProblemList;

    /// <summary>True when anything could not be parsed.</summary>
    public bool HasProblems => ProblemList.Count > 0;

    /// <summary>Every simple command, in source order: nested ones (subshells, substitutions, functions, scripts fed to a shell) included.</summary>
    public IReadOnlyList<ShellCommand> Commands => CommandList;

    /// <summary>For a script read by a shell from a here-document (<c>bash &lt;&lt;EOF</c>), the command that reads it.</summary>
    public ShellCommand? FedBy => FirstAncestor<ShellCommand>();

    internal List<ShellProblem> ProblemList { get; } = new();

    internal List<ShellCommand> CommandList { get; } = new();

    private protected override void CollectChildren(List<ShellNode> children)
    {
        children.Add(Body);
    }
}

/// <summary>A list of and-or lists run one after the other: the body of a script, a group, a loop, a branch.</summary>
public sealed class ShellSequence : ShellNode
{
    internal ShellSequence(ShellSource source, int start, int end, IReadOnlyList<ShellAndOr> items)
        : base(source, start, end)
    {
        Items = items;
        Adopt(items);
    }

    /// <summary>The and-or lists in order.</summary>
    public IReadOnlyList<ShellAndOr> Items { get; }

    private protected override void CollectChildren(List<ShellNode> children) => children.AddRange(Items);
}

/// <summary>Pipelines joined by <c>&amp;&amp;</c> and <c>||</c>, ended by <c>;</c>, <c>&amp;</c>, a newline or nothing.</summary>
public sealed class ShellAndOr : ShellNode
{
    internal ShellAndOr(ShellSource source, int start, int end, IReadOnlyList<ShellPipeline> pipelines, IReadOnlyList<ShellOperator> operators, ShellOperator? terminator)
        : base(source, start, end)
    {
        Pipelines = pipelines;
        Operators = operators;
        Terminator = terminator;
        Adopt(pipelines);
        Adopt(operators);
        Adopt(terminator);
    }

    /// <summary>The pipelines in order.</summary>
    public IReadOnlyList<ShellPipeline> Pipelines { get; }

    /// <summary>The operators between them: <c>Operators[i]</c> joins <c>Pipelines[i]</c> and <c>Pipelines[i + 1]</c>.</summary>
    public IReadOnlyList<ShellOperator> Operators { get; }

    /// <summary>The <c>;</c> or <c>&amp;</c> after the list, or null.</summary>
    public ShellOperator? Terminator { get; }

    /// <summary>True when the list runs in the background (<c>&amp;</c>).</summary>
    public bool IsBackground => Terminator is { } terminator && terminator.Text == "&";

    private protected override void CollectChildren(List<ShellNode> children)
    {
        for (var i = 0; i < Pipelines.Count; i++)
        {
            children.Add(Pipelines[i]);
            if (i < Operators.Count)
            {
                children.Add(Operators[i]);
            }
        }

        if (Terminator is not null)
        {
            children.Add(Terminator);
        }
    }
}

/// <summary>Commands joined by <c>|</c> or <c>|&amp;</c>, optionally negated with <c>!</c>.</summary>
public sealed class ShellPipeline : ShellNode
{
    private ShellCommand? _firstCommand;
    private bool _firstCommandFound;

    internal ShellPipeline(ShellSource source, int start, int end, bool isNegated, IReadOnlyList<ShellCommandNode> commands, IReadOnlyList<ShellOperator> operators)
        : base(source, start, end)
    {
        IsNegated = isNegated;
        Commands = commands;
        Operators = operators;
        Adopt(commands);
        Adopt(operators);

        // Each element knows its position, so that every command of a long pipeline finds its own in constant time.
        for (var i = 0; i < commands.Count; i++)
        {
            commands[i].PipelinePosition = i;
        }
    }

    /// <summary>True for <c>! pipeline</c>.</summary>
    public bool IsNegated { get; }

    /// <summary>The commands, from the first writer to the last reader.</summary>
    public IReadOnlyList<ShellCommandNode> Commands { get; }

    /// <summary>The <c>|</c> or <c>|&amp;</c> between the commands.</summary>
    public IReadOnlyList<ShellOperator> Operators { get; }

    /// <summary>The first simple command of the pipeline in source order (the first element, or the first command inside it), or null.</summary>
    public ShellCommand? FirstCommand
    {
        get
        {
            // Found once per pipeline: a rule asking it for every command of a long pipeline stays linear.
            if (!_firstCommandFound)
            {
                _firstCommand = Commands.Count == 0 ? null : Commands[0] as ShellCommand ?? FirstCommandIn(Commands[0]);
                _firstCommandFound = true;
            }

            return _firstCommand;
        }
    }

    private static ShellCommand? FirstCommandIn(ShellNode element)
    {
        foreach (var node in element.DescendantNodes())
        {
            if (node is ShellCommand command)
            {
                return command;
            }
        }

        return null;
    }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        for (var i = 0; i < Commands.Count; i++)
        {
            children.Add(Commands[i]);
            if (i < Operators.Count)
            {
                children.Add(Operators[i]);
            }
        }
    }
}
