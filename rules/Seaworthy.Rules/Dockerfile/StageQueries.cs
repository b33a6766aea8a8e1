using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>What several Dockerfile rules ask of stages, variables and spans.</summary>
internal static class StageQueries
{
    /// <summary>
    /// BuildKit's automatic platform ARGs, declared in the global scope of every build, with their values in
    /// the common linux/amd64 build (the build machine is not known to a linter).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AutomaticArgs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BUILDPLATFORM"] = "linux/amd64", ["BUILDOS"] = "linux", ["BUILDOSVERSION"] = string.Empty, ["BUILDARCH"] = "amd64", ["BUILDVARIANT"] = string.Empty,
        ["TARGETPLATFORM"] = "linux/amd64", ["TARGETOS"] = "linux", ["TARGETOSVERSION"] = string.Empty, ["TARGETARCH"] = "amd64", ["TARGETVARIANT"] = string.Empty,
        ["TARGETSTAGE"] = "default",
    };

    /// <summary>
    /// The variables FROM lines see when no <c>--build-arg</c> is given, as BuildKit builds them: the automatic
    /// ARGs, then each global ARG's default in order; an ARG without a default leaves the name as it was.
    /// Null when a default fails to expand, which fails a BuildKit build.
    /// </summary>
    public static VariableScope? GlobalDefaults(DockerfileModel model)
    {
        var scope = new VariableScope();
        foreach (var automatic in AutomaticArgs)
        {
            scope.Set(automatic.Key, automatic.Value, null);
        }

        foreach (var arg in model.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                if (declaration.DefaultValue is not { } defaultValue)
                {
                    continue;
                }

                var expansion = model.Expander.ExpandWord(defaultValue, scope.Lookup);
                if (expansion.Error is not null)
                {
                    return null;
                }

                scope.Set(declaration.Name, expansion.Value, declaration.DefaultValueSpan);
            }
        }

        return scope;
    }

    /// <summary>The names every global ARG declares, with or without a default, and the automatic ARGs.</summary>
    public static HashSet<string> GlobalArgNames(DockerfileModel model)
    {
        var names = new HashSet<string>(AutomaticArgs.Keys, StringComparer.Ordinal);
        foreach (var arg in model.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                names.Add(declaration.Name);
            }
        }

        return names;
    }

    /// <summary>
    /// BuildKit's suggestion for a mistyped name (<c>util/suggest</c>): the first candidate closest to
    /// <paramref name="name"/> within an edit distance of 2, or null, also when a candidate is the name itself.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        // "First" in ordinal order, found in one pass without copying or sorting the candidates, and with the
        // edit distance computed only for names whose length is close enough: a stage can declare many names.
        string? match = null;
        var best = 3;
        foreach (var candidate in candidates)
        {
            if (string.Equals(name, candidate, StringComparison.Ordinal))
            {
                return null;
            }

            if (Math.Abs(candidate.Length - name.Length) > best)
            {
                continue;
            }

            var distance = EditDistance(name, candidate);
            if (distance < best || (distance == best && match is not null && string.CompareOrdinal(candidate, match) < 0))
            {
                best = distance;
                match = candidate;
            }
        }

        return match;
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The file span of <paramref name="length"/> characters at <paramref name="offset"/> inside <paramref name="text"/>,
    /// a value of <paramref name="instruction"/> written at <paramref name="written"/>. Continuation lines are
    /// followed. When the file does not hold the value as is (a JSON string, a flag whose quotes BuildKit
    /// removed) the whole of <paramref name="written"/> is returned.
    /// </summary>
    public static TextSpan Locate(Instruction instruction, TextSpan written, string text, int offset, int length)
    {
        var line = instruction.Line;
        var start = LogicalOffset(line, written.Start);
        if (start < 0 || start + text.Length > line.Text.Length || string.CompareOrdinal(line.Text, start, text, 0, text.Length) != 0)
        {
            return written;
        }

        return line.ToSourceSpan(start + offset, start + offset + length);
    }

    /// <summary>
    /// The variable references in <paramref name="text"/> as BuildKit's lexer reads them (<c>$name</c> and
    /// <c>${name...}</c>, not inside single quotes, not after the escape character), including those nested
    /// in a modifier. Special parameters (<c>$$</c>, <c>$1</c>) are left out.
    /// </summary>
    public static List<VariableReference> References(string text, char escape)
    {
        var references = new List<VariableReference>();
        var inSingleQuotes = false;
        var inDoubleQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inSingleQuotes)
            {
                inSingleQuotes = c != '\'';
                continue;
            }

            if (c == escape)
            {
                i++;
            }
            else if (c == '\'' && !inDoubleQuotes)
            {
                inSingleQuotes = true;
            }
            else if (c == '"')
            {
                inDoubleQuotes = !inDoubleQuotes;
            }
            else if (c == '$' && i + 1 < text.Length)
            {
                var braced = text[i + 1] == '{';
                var nameStart = braced ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
                {
                    nameEnd++;
                }

                if (nameEnd == nameStart || char.IsDigit(text[nameStart]))
                {
                    continue;
                }

                var end = braced ? ClosingBrace(text, i + 2, escape) : nameEnd;
                references.Add(new VariableReference(text.Substring(nameStart, nameEnd - nameStart), i, end - i));
                i = braced ? i + 1 : nameEnd - 1;
            }
        }

        return references;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for each instruction of each stage, in order, with the variables of the
    /// stage chain before it. The environment passed in changes after the call: do not keep it.
    /// </summary>
    public static void ForEachInstruction(DockerfileModel model, Action<BuildStage, Instruction, StageEnvironment> visit)
    {
        var ends = new StageEnvironment[model.Stages.Count];
        foreach (var stage in model.Stages)
        {
            var environment = stage.BaseStage is { } parent
                ? ends[parent.Index].Clone()
                : StageEnvironment.ForImage(stage.IsBaseImageResolved && stage.BaseImage == "scratch");
            foreach (var instruction in stage.Instructions)
            {
                visit(stage, instruction, environment);
                environment.Apply(instruction, model);
            }

            ends[stage.Index] = environment;
        }
    }

    /// <summary>
    /// The words of an EXPOSE after expansion with the stage's variables, as BuildKit splits them. An argument
    /// that uses a variable the base image may set is left out: its value is not known.
    /// </summary>
    public static IEnumerable<ExposedWord> ExposedWords(ExposeInstruction expose, StageEnvironment environment, DockerfileModel model)
    {
        foreach (var argument in expose.Arguments)
        {
            var expansion = model.Expander.ExpandWords(argument.Value, environment.Values.Lookup);
            if (expansion.Error is not null || (expansion.Unmatched.Count > 0 && !environment.IsComplete))
            {
                continue;
            }

            foreach (var word in expansion.Words)
            {
                yield return new ExposedWord(word, argument, string.Equals(word, argument.Value, StringComparison.Ordinal));
            }
        }
    }

    // The offset in the joined text whose character is at file offset `target`, or -1.
    private static int LogicalOffset(LogicalLine line, int target)
    {
        int low = 0, high = line.Text.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (line.ToSourceOffset(mid) < target)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < line.Text.Length && line.ToSourceOffset(low) == target ? low : -1;
    }

    // The offset after the '}' that closes a "${" whose content starts at `from`, or the end of the text.
    private static int ClosingBrace(string text, int from, char escape)
    {
        var depth = 1;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == escape)
            {
                i++;
            }
            else if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}

/// <summary>A word of an EXPOSE: the expanded text, the argument it comes from, and whether it is that argument as written.</summary>
internal readonly record struct ExposedWord(string Text, InstructionArgument Argument, bool IsWritten);

/// <summary>A variable reference in a value: the name, and the offset and length of <c>$name</c> or <c>${name...}</c>.</summary>
internal readonly record struct VariableReference(string Name, int Start, int Length);

/// <summary>The ARG and ENV variables of a stage chain at one instruction, as BuildKit expands values there.</summary>
internal sealed class StageEnvironment
{
    // BuildKit gives every stage a PATH when its image has none.
    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    // The expanded values of each ENV of a file, by the ENV's start: every rule that walks the stages sees the
    // same environment at an ENV, so the values are expanded by the first walk and read by the others. They go
    // with the model (a file is analyzed on one thread).
    private static readonly ConditionalWeakTable<DockerfileModel, Dictionary<int, string[]>> EnvValues = new();

    private readonly HashSet<string> _declared;

    private StageEnvironment(VariableScope values, HashSet<string> declared, bool isComplete)
    {
        Values = values;
        _declared = declared;
        IsComplete = isComplete;
    }

    /// <summary>The values set so far; variables of the base image other than PATH are unknown.</summary>
    public VariableScope Values { get; }

    /// <summary>The names of every ARG (with or without a value) and ENV of the chain so far.</summary>
    public IReadOnlyCollection<string> Declared => _declared;

    /// <summary>True when the chain starts from scratch, so that <see cref="Values"/> holds every variable there is.</summary>
    public bool IsComplete { get; }

    /// <summary>True when <paramref name="name"/> is declared by an ARG or ENV of the chain so far.</summary>
    public bool IsDeclared(string name) => _declared.Contains(name);

    internal static StageEnvironment ForImage(bool fromScratch)
    {
        var values = new VariableScope();
        values.Set("PATH", DefaultPath, null);
        return new StageEnvironment(values, new HashSet<string>(StringComparer.Ordinal), fromScratch);
    }

    internal StageEnvironment Clone() => new(Values.Clone(), new HashSet<string>(_declared, StringComparer.Ordinal), IsComplete);

    internal void Apply(Instruction instruction, DockerfileModel model)
    {
        switch (instruction)
        {
            case ArgInstruction arg:
                DockerfileModel.DeclareArgs(arg, Values, model.GlobalScope, model.Expander, null);
                foreach (var declaration in arg.Declarations)
                {
                    _declared.Add(declaration.Name);
                }

                break;
            case EnvInstruction env:
                // Every pair of one ENV sees the variables as they were before the instruction: the values are
                // expanded first and set after (a copy of the scope per ENV would make long files quadratic).
                var expanded = EnvValues.GetOrCreateValue(model);
                if (!expanded.TryGetValue(env.Span.Start, out var values))
                {
                    values = Expand(env, model);
                    expanded.Add(env.Span.Start, values);
                }

                for (var i = 0; i < values.Length; i++)
                {
                    Values.Set(env.Pairs[i].Key, values[i], env.Pairs[i].ValueSpan);
                    _declared.Add(env.Pairs[i].Key);
                }

                break;
        }
    }

    // The values of an ENV's pairs expanded with the variables before it; a value that fails to expand stays as written.
    private string[] Expand(EnvInstruction env, DockerfileModel model)
    {
        var values = new string[env.Pairs.Count];
        Func<string, string?> lookup = Values.Lookup;
        for (var i = 0; i < values.Length; i++)
        {
            var expansion = model.Expander.ExpandWord(env.Pairs[i].Value, lookup);
            values[i] = expansion.Error is null ? expansion.Value : env.Pairs[i].Value;
        }

        return values;
    }
}
