using System;
using System.Collections.Generic;

namespace Seaworthy.Shell;

/// <summary>
/// A simple command: assignments, words and redirections (<c>DEBIAN_FRONTEND=noninteractive apt-get install -y curl &gt;/dev/null</c>).
/// Besides the syntax it answers what rules ask: the command's <see cref="Name"/> once wrappers such as
/// <c>sudo</c> or <c>env X=1</c> are stripped, its <see cref="Arguments"/> and options (<see cref="GetArguments"/>),
/// and where it runs: in a subshell, in a pipeline, with <c>pipefail</c> on or off.
/// </summary>
public sealed class ShellCommand : ShellCommandNode
{
    private CommandWrappers.Resolution? _resolution;

    internal ShellCommand(ShellSource source, int start, int end, IReadOnlyList<ShellAssignment> assignments, IReadOnlyList<ShellWord> words, IReadOnlyList<ShellRedirection> redirections)
        : base(source, start, end, redirections)
    {
        Assignments = assignments;
        Words = words;
        Adopt(assignments);
        Adopt(words);
    }

    /// <summary>The assignments written before the command (<c>FOO=1</c> in <c>FOO=1 make</c>); alone, they set shell variables.</summary>
    public IReadOnlyList<ShellAssignment> Assignments { get; }

    /// <summary>Every word as written, wrappers included: <c>sudo</c>, <c>apt-get</c>, <c>install</c>, <c>-y</c>, <c>curl</c>.</summary>
    public IReadOnlyList<ShellWord> Words { get; }

    /// <summary>
    /// The wrapper commands stripped to find the real one, in order (<c>sudo</c>, <c>env</c> for
    /// <c>sudo env X=1 make</c>). See <see cref="Name"/> for the list.
    /// </summary>
    public IReadOnlyList<ShellWord> Wrappers => Resolve().Wrappers;

    /// <summary>The word that names the command run once wrappers are stripped, or null when there is none (<c>FOO=1</c> alone).</summary>
    public ShellWord? NameWord => Resolve().NameWord;

    /// <summary>
    /// The name of the command run, without its directory (<c>apt-get</c> for <c>/usr/bin/apt-get</c>), once these
    /// wrappers and their options are stripped: <c>sudo</c>, <c>doas</c>, <c>env</c> (and its <c>NAME=value</c> words),
    /// <c>command</c> (not <c>command -v</c>/<c>-V</c>, which only look a name up), <c>builtin</c>, <c>exec</c>,
    /// <c>nice</c>, <c>ionice</c>, <c>nohup</c>, <c>time</c>, <c>timeout DURATION</c>, <c>stdbuf</c>, <c>eatmydata</c>,
    /// <c>gosu USER</c>, <c>su-exec USER</c> and <c>xargs</c> (whose command also gets arguments from its input, see
    /// <see cref="ReadsArgumentsFromInput"/>). A wrapper with nothing after it is the command itself (<c>exec &gt;log</c>).
    /// Null when the name holds an expansion (<c>$CC</c>) or there is no command.
    /// </summary>
    public string? Name => Resolve().Name;

    /// <summary>The words after <see cref="NameWord"/>.</summary>
    public IReadOnlyList<ShellWord> Arguments => Resolve().Arguments;

    /// <summary>The variables the command gets: <see cref="Assignments"/>, then those given to <c>env</c> or <c>sudo</c> (views over those words).</summary>
    public IReadOnlyList<ShellAssignment> EnvironmentAssignments => Resolve().Environment;

    /// <summary>True when the command is run by <c>xargs</c>: more arguments come from its input, so <see cref="Arguments"/> is not all of them.</summary>
    public bool ReadsArgumentsFromInput => Resolve().ReadsInput;

    /// <summary>The script the command belongs to (a script fed to a shell from a here-document is a script of its own).</summary>
    public ShellScript Script => FirstAncestor<ShellScript>()!;

    /// <summary>
    /// The shell options in effect when the command runs: those the script started with (SHELL, shebang,
    /// <c>bash -o pipefail</c>) changed by every <c>set</c> before it in source order. A <c>set</c> inside a subshell,
    /// a substitution or a pipeline element only counts inside it.
    /// </summary>
    public ShellOptions Options { get; internal set; }

    /// <summary>True when <c>pipefail</c> is on at this command (see <see cref="Options"/>).</summary>
    public bool IsPipefailEnabled => (Options & ShellOptions.Pipefail) != 0;

    /// <summary>True when <c>errexit</c> (<c>set -e</c>) is on at this command (see <see cref="Options"/>).</summary>
    public bool IsErrexitEnabled => (Options & ShellOptions.Errexit) != 0;

    /// <summary>
    /// True when the command runs in a subshell of its script: inside <c>( )</c>, <c>$( )</c>, backquotes or
    /// <c>&lt;( )</c>. A <c>cd</c> or an assignment there does not reach the commands after the subshell.
    /// Elements of a pipeline also run in subshells; see <see cref="IsInPipeline"/>.
    /// </summary>
    public bool IsInSubshell
    {
        get
        {
            for (var node = Parent; node is not null and not ShellScript; node = node.Parent)
            {
                if (node is ShellSubshell or ShellCommandSubstitution or ShellProcessSubstitution)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The innermost pipeline of two or more commands that the command's input or output goes through
    /// (directly, or as part of a group or loop in it: <c>b</c> in <c>{ a; b; } | c</c>), or null.
    /// A substitution is a boundary: <c>a</c> in <c>echo $(a) | b</c> is in no pipeline.
    /// </summary>
    public ShellPipeline? Pipeline => FindPipeline(out _);

    /// <summary>The 0-based position in <see cref="Pipeline"/> of the element that holds the command, or -1.</summary>
    public int PipelineIndex
    {
        get
        {
            FindPipeline(out var index);
            return index;
        }
    }

    /// <summary>True when <see cref="Pipeline"/> is not null.</summary>
    public bool IsInPipeline => Pipeline is not null;

    /// <summary>
    /// Reads the arguments as a GNU-style command line: short options alone or clustered (<c>-xzf</c>), long ones
    /// (<c>--long</c>, <c>--long=value</c>), values of the options <paramref name="spec"/> says take one (attached
    /// <c>-ofile</c>, <c>--long=value</c>, or the next word), <c>--</c> ending the options, and the operands.
    /// Asked again for the same spec (the analyzers of a command ask in turn), the same arguments may be returned.
    /// </summary>
    public ShellArguments GetArguments(ShellOptionSpec? spec = null) => RecentArguments.Get(this, spec ?? ShellOptionSpec.None);

    private protected override void CollectOwnChildren(List<ShellNode> children)
    {
        // By index: a foreach over the read-only lists would allocate an enumerator for every command walked.
        for (var i = 0; i < Assignments.Count; i++)
        {
            children.Add(Assignments[i]);
        }

        for (var i = 0; i < Words.Count; i++)
        {
            children.Add(Words[i]);
        }
    }

    private CommandWrappers.Resolution Resolve() => _resolution ??= CommandWrappers.Resolve(this);

    private ShellPipeline? FindPipeline(out int index)
    {
        ShellNode child = this;
        for (var node = Parent; node is not null; child = node, node = node.Parent)
        {
            switch (node)
            {
                case ShellPipeline pipeline when pipeline.Commands.Count > 1:
                    index = child is ShellCommandNode element ? element.PipelinePosition : -1;
                    return pipeline;
                case ShellScript or ShellCommandSubstitution or ShellProcessSubstitution or ShellFunction or ShellHereDocument:
                    index = -1;
                    return null;
            }
        }

        index = -1;
        return null;
    }
}

/// <summary>
/// The arguments read last on this thread, for a few commands and specs: the analyzers of one command ask for
/// them in turn, mostly with the same spec, and each read allocates an object per option. Held weakly: keeping
/// them on the command would hold every command's arguments for the whole file, and a strong cache would keep
/// the last file's shell trees alive after its analysis.
/// </summary>
internal static class RecentArguments
{
    private const int Size = 4;

    [ThreadStatic]
    private static WeakReference<Entry>[]? t_entries;

    [ThreadStatic]
    private static int t_next;

    public static ShellArguments Get(ShellCommand command, ShellOptionSpec spec)
    {
        var entries = t_entries ??= CreateEntries();
        foreach (var reference in entries)
        {
            if (reference.TryGetTarget(out var entry) && ReferenceEquals(entry.Command, command) && ReferenceEquals(entry.Spec, spec))
            {
                return entry.Arguments;
            }
        }

        var arguments = ShellArguments.Parse(command.Arguments, spec);
        entries[t_next].SetTarget(new Entry(command, spec, arguments));
        t_next = (t_next + 1) % Size;
        return arguments;
    }

    private static WeakReference<Entry>[] CreateEntries()
    {
        var entries = new WeakReference<Entry>[Size];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new WeakReference<Entry>(null!);
        }

        return entries;
    }

    private sealed record Entry(ShellCommand Command, ShellOptionSpec Spec, ShellArguments Arguments);
}
