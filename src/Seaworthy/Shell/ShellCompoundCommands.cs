using System.Collections.Generic;

namespace Seaworthy.Shell;

/// <summary>One element of a pipeline: a simple command, or a compound command with its redirections.</summary>
public abstract class ShellCommandNode : ShellNode
{
    private protected ShellCommandNode(ShellSource source, int start, int end, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end)
    {
        Redirections = redirections;
        Adopt(redirections);
    }

    /// <summary>The redirections (for a compound command, those after its closing word).</summary>
    public IReadOnlyList<ShellRedirection> Redirections { get; }

    /// <summary>The 0-based position among the commands of the pipeline that holds this node, or -1.</summary>
    internal int PipelinePosition { get; set; } = -1;

    // Every command's children end with its redirections, which come after everything else it has.
    private protected sealed override void CollectChildren(List<ShellNode> children)
    {
        CollectOwnChildren(children);
        children.AddRange(Redirections);
    }

    /// <summary>The children before the redirections.</summary>
    private protected abstract void CollectOwnChildren(List<ShellNode> children);
}

/// <summary><c>( list )</c>: the list runs in a subshell, so <c>cd</c> and variables do not outlive it.</summary>
public sealed class ShellSubshell : ShellCommandNode
{
    internal ShellSubshell(ShellSource source, int start, int end, ShellSequence body, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Body = body;
        Adopt(body);
    }

    /// <summary>The commands inside the parentheses.</summary>
    public ShellSequence Body { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        children.Add(Body);
    }
}

/// <summary><c>{ list; }</c>: a group run in the current shell.</summary>
public sealed class ShellGroup : ShellCommandNode
{
    internal ShellGroup(ShellSource source, int start, int end, ShellSequence body, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Body = body;
        Adopt(body);
    }

    /// <summary>The commands inside the braces.</summary>
    public ShellSequence Body { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        children.Add(Body);
    }
}

/// <summary>One <c>if</c> or <c>elif</c> condition with the branch it guards.</summary>
public sealed class ShellIfClause : ShellNode
{
    internal ShellIfClause(ShellSource source, int start, int end, ShellSequence condition, ShellSequence body)
        : base(source, start, end)
    {
        Condition = condition;
        Body = body;
        Adopt(condition);
        Adopt(body);
    }

    /// <summary>The commands between <c>if</c>/<c>elif</c> and <c>then</c>.</summary>
    public ShellSequence Condition { get; }

    /// <summary>The commands after <c>then</c>.</summary>
    public ShellSequence Body { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        children.Add(Condition);
        children.Add(Body);
    }
}

/// <summary><c>if ... then ... elif ... else ... fi</c>.</summary>
public sealed class ShellIf : ShellCommandNode
{
    internal ShellIf(ShellSource source, int start, int end, IReadOnlyList<ShellIfClause> clauses, ShellSequence? elseBody, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Clauses = clauses;
        Else = elseBody;
        Adopt(clauses);
        Adopt(elseBody);
    }

    /// <summary>The <c>if</c> clause, then each <c>elif</c>.</summary>
    public IReadOnlyList<ShellIfClause> Clauses { get; }

    /// <summary>The <c>else</c> branch, or null.</summary>
    public ShellSequence? Else { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        foreach (var clause in Clauses)
        {
            children.Add(clause);
        }

        if (Else is not null)
        {
            children.Add(Else);
        }
    }
}

/// <summary><c>while list; do list; done</c> or <c>until list; do list; done</c>.</summary>
public sealed class ShellWhile : ShellCommandNode
{
    internal ShellWhile(ShellSource source, int start, int end, bool isUntil, ShellSequence condition, ShellSequence body, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        IsUntil = isUntil;
        Condition = condition;
        Body = body;
        Adopt(condition);
        Adopt(body);
    }

    /// <summary>True for <c>until</c>: the body runs while the condition fails.</summary>
    public bool IsUntil { get; }

    /// <summary>The condition.</summary>
    public ShellSequence Condition { get; }

    /// <summary>The commands between <c>do</c> and <c>done</c>.</summary>
    public ShellSequence Body { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        children.Add(Condition);
        children.Add(Body);
    }
}

/// <summary>
/// <c>for name [in words]; do list; done</c>, bash's <c>for ((init; test; step))</c>, and <c>select</c>
/// (which has the shape of the first).
/// </summary>
public sealed class ShellFor : ShellCommandNode
{
    internal ShellFor(
        ShellSource source, int start, int end, bool isSelect, ShellWord? variable, IReadOnlyList<ShellWord>? items,
        ShellWord? arithmetic, ShellSequence body, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        IsSelect = isSelect;
        Variable = variable;
        Items = items;
        Arithmetic = arithmetic;
        Body = body;
        Adopt(variable);
        if (items is not null)
        {
            Adopt(items);
        }

        Adopt(arithmetic);
        Adopt(body);
    }

    /// <summary>True for <c>select</c>.</summary>
    public bool IsSelect { get; }

    /// <summary>The loop variable, or null for the arithmetic form.</summary>
    public ShellWord? Variable { get; }

    /// <summary>The words after <c>in</c>, or null when there is no <c>in</c> (the loop runs over <c>"$@"</c>).</summary>
    public IReadOnlyList<ShellWord>? Items { get; }

    /// <summary>The text between <c>((</c> and <c>))</c> of the arithmetic form, or null.</summary>
    public ShellWord? Arithmetic { get; }

    /// <summary>The commands between <c>do</c> and <c>done</c>.</summary>
    public ShellSequence Body { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        if (Variable is not null)
        {
            children.Add(Variable);
        }

        if (Items is not null)
        {
            foreach (var item in Items)
            {
                children.Add(item);
            }
        }

        if (Arithmetic is not null)
        {
            children.Add(Arithmetic);
        }

        children.Add(Body);
    }
}

/// <summary>One branch of a <c>case</c>: its patterns, its commands and the <c>;;</c> (or <c>;&amp;</c>, <c>;;&amp;</c>) after them.</summary>
public sealed class ShellCaseItem : ShellNode
{
    internal ShellCaseItem(ShellSource source, int start, int end, IReadOnlyList<ShellWord> patterns, ShellSequence body, ShellOperator? terminator)
        : base(source, start, end)
    {
        Patterns = patterns;
        Body = body;
        Terminator = terminator;
        Adopt(patterns);
        Adopt(body);
        Adopt(terminator);
    }

    /// <summary>The patterns separated by <c>|</c>.</summary>
    public IReadOnlyList<ShellWord> Patterns { get; }

    /// <summary>The commands of the branch.</summary>
    public ShellSequence Body { get; }

    /// <summary>The <c>;;</c>, <c>;&amp;</c> or <c>;;&amp;</c>, or null for the last branch without one.</summary>
    public ShellOperator? Terminator { get; }

    private protected override void CollectChildren(List<ShellNode> children)
    {
        foreach (var pattern in Patterns)
        {
            children.Add(pattern);
        }

        children.Add(Body);
        if (Terminator is not null)
        {
            children.Add(Terminator);
        }
    }
}

/// <summary><c>case word in pattern) list;; ... esac</c>.</summary>
public sealed class ShellCase : ShellCommandNode
{
    internal ShellCase(ShellSource source, int start, int end, ShellWord? subject, IReadOnlyList<ShellCaseItem> items, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Subject = subject;
        Items = items;
        Adopt(subject);
        Adopt(items);
    }

    /// <summary>The word matched against the patterns, or null when missing.</summary>
    public ShellWord? Subject { get; }

    /// <summary>The branches in order.</summary>
    public IReadOnlyList<ShellCaseItem> Items { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        if (Subject is not null)
        {
            children.Add(Subject);
        }

        foreach (var item in Items)
        {
            children.Add(item);
        }
    }
}

/// <summary><c>name() body</c> or <c>function name [()] body</c>: a function definition (its body runs only when called).</summary>
public sealed class ShellFunction : ShellCommandNode
{
    internal ShellFunction(ShellSource source, int start, int end, ShellWord name, ShellCommandNode? body, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        NameWord = name;
        Body = body;
        Adopt(name);
        Adopt(body);
    }

    /// <summary>The word that names the function.</summary>
    public ShellWord NameWord { get; }

    /// <summary>The function's name.</summary>
    public string Name => NameWord.Text;

    /// <summary>The body (normally a group), or null when missing.</summary>
    public ShellCommandNode? Body { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        children.Add(NameWord);
        if (Body is not null)
        {
            children.Add(Body);
        }
    }
}

/// <summary>Bash's <c>(( expression ))</c> command.</summary>
public sealed class ShellArithmeticCommand : ShellCommandNode
{
    internal ShellArithmeticCommand(ShellSource source, int start, int end, ShellWord expression, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Expression = expression;
        Adopt(expression);
    }

    /// <summary>The text between <c>((</c> and <c>))</c>, with its expansions.</summary>
    public ShellWord Expression { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        children.Add(Expression);
    }
}

/// <summary>Bash's <c>[[ expression ]]</c> test; its operators (<c>&amp;&amp;</c>, <c>&lt;</c>, <c>(</c>...) are not separate commands.</summary>
public sealed class ShellConditional : ShellCommandNode
{
    internal ShellConditional(ShellSource source, int start, int end, IReadOnlyList<ShellWord> words, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Words = words;
        Adopt(words);
    }

    /// <summary>The operand and operator words between <c>[[</c> and <c>]]</c> (the shell operators among them are not included).</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        foreach (var word in Words)
        {
            children.Add(word);
        }
    }
}
