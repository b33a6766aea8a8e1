using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// SW2019: a value BuildKit expands uses a variable no ARG or ENV defines. Variables of the base image are
/// not known, so outside stages built from scratch only likely typos and undeclared platform ARGs are reported.
/// </summary>
public sealed class UndefinedVariableAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2019",
        "undefined-variable",
        "Variable is not defined",
        "Variable '${0}' is not defined{1}",
        RuleCategory.Correctness,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2019"),
        new[] { "buildkit:UndefinedVar" });

    // Set in every image or by Docker itself (the proxy variables are predefined build arguments).
    private static readonly HashSet<string> WellKnown = new(StringComparer.Ordinal)
    {
        "PATH", "HOME", "HOSTNAME", "TERM", "PWD", "SHELL", "USER",
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy",
        "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    };

    // The flags whose values BuildKit expands.
    private static readonly string[] CopyFlags = { "chown", "chmod", "checksum" };
    private static readonly string[] RunFlags = { "mount" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        var model = c.Dockerfile;
        var globalArgs = model.GlobalState;
        var declarations = new Dictionary<string, Instruction>?[model.Stages.Count];

        // The instruction visited and what it sees. The collections and the lookup are made once and reused for
        // every instruction: made per instruction, they were most of what this rule allocated.
        Instruction instruction = null!;
        StageState state = null!;
        Dictionary<string, Instruction> declaredInStage = null!;

        // An ARG's defaults are expanded one after another: each sees the names declared before it. They go in a
        // small overlay on the stage's values, not a copy of them, which would make long files quadratic.
        var overlay = new Dictionary<string, string>(StringComparer.Ordinal);
        Func<string, string?> lookup = name => overlay.TryGetValue(name, out var value) ? value : state.Lookup(name);
        var declaredHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in model.Stages)
        {
            foreach (var current in stage.Instructions)
            {
                instruction = current;
                state = model.StateAt(current);
                declaredInStage = declarations[stage.Index] ??= FirstDeclarations(stage);
                overlay.Clear();
                declaredHere.Clear();
                Visit();
            }
        }

        void Visit()
        {
            switch (instruction)
            {
                case ArgInstruction arg:
                    foreach (var declaration in arg.Declarations)
                    {
                        if (declaration is { DefaultValue: { } value, DefaultValueSpan: { } span })
                        {
                            var expansion = Check(value, value, span, 0, declaration.Name) ?? model.Expander.ExpandWord(value, lookup);
                            overlay[declaration.Name] = expansion.Error is null ? expansion.Value : value;
                        }

                        declaredHere.Add(declaration.Name);
                    }

                    break;
                case KeyValueInstruction keyValues:
                    foreach (var pair in keyValues.Pairs)
                    {
                        Check(pair.Key, pair.Key, pair.KeySpan, 0, null);
                        Check(pair.Value, pair.Value, pair.ValueSpan, 0, pair.Key);
                    }

                    break;
                case CopyInstruction or AddInstruction:
                    CheckFlags(CopyFlags);
                    CheckArguments();
                    break;
                case WorkdirInstruction or UserInstruction or StopsignalInstruction or VolumeInstruction:
                    CheckArguments();
                    break;
                case RunInstruction:
                    CheckFlags(RunFlags);
                    break;
            }
        }

        void CheckArguments()
        {
            foreach (var argument in instruction.Arguments)
            {
                Check(argument.Value, argument.Value, argument.Span, 0, null);
            }
        }

        void CheckFlags(string[] names)
        {
            foreach (var flag in instruction.Flags)
            {
                if (flag.Value is { } value && Array.IndexOf(names, flag.Name) >= 0)
                {
                    Check(value, flag.Text, flag.Span, flag.Text.Length - value.Length, null);
                }
            }
        }

        // Expands `text`, which is at `offset` in `written`, the text at `span` in the file, and reports the
        // variables it uses that nothing set; `defining` is the variable the text is the value of, if any. Null
        // when the text has no '$', so uses no variable: most values are spared the expansion.
        WordExpansion? Check(string text, string written, TextSpan span, int offset, string? defining)
        {
            if (text.IndexOf('$') < 0)
            {
                return null;
            }

            var expansion = model.Expander.ExpandWord(text, lookup);
            foreach (var name in expansion.Unmatched)
            {
                if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || WellKnown.Contains(name)
                    || state.IsDeclared(name) || declaredHere.Contains(name))
                {
                    continue;
                }

                string hint;
                // "ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH" extends what the base image may set.
                if (declaredInStage.TryGetValue(name, out var declaration) && declaration.Span.Start >= instruction.Span.Start
                    && !(ReferenceEquals(declaration, instruction) && name == defining))
                {
                    hint = ReferenceEquals(declaration, instruction)
                        ? $": it is declared later, by this {instruction.Keyword.ToUpperInvariant()}, which sees only the variables set before it"
                        : $": it is declared later, on line {declaration.StartLine}";
                }
                else if (StageQueries.Suggest(name, DeclaredNames(state).Append("PATH").Concat(declaredHere).Where(candidate => !Extends(name, candidate))) is { } suggestion)
                {
                    hint = $" (did you mean ${suggestion}?)";
                }
                else if (DockerfileModel.IsAutomaticArg(name) || (state.IsComplete && globalArgs.IsDeclared(name)))
                {
                    hint = $": a stage sees a global or automatic ARG only after 'ARG {name}' in the stage";
                }
                else if (state.IsComplete)
                {
                    hint = ": no ARG or ENV before it defines it, and a stage built from scratch has no other variables";
                }
                else
                {
                    continue;
                }

                c.Report(Rule, c.GetLocation(Locate(name, text, written, span, offset)), name, hint);
            }

            return expansion;
        }

        TextSpan Locate(string name, string text, string written, TextSpan span, int offset)
        {
            foreach (var reference in model.Expander.FindReferences(text))
            {
                if (reference.Name == name)
                {
                    return StageQueries.Locate(instruction, span, written, offset + reference.Start, reference.Length);
                }
            }

            return span;
        }
    });

    // The names an ARG or ENV of the chain declares.
    private static IEnumerable<string> DeclaredNames(StageState state) =>
        state.Variables.Where(variable => variable.Kind is StageVariableKind.Argument or StageVariableKind.Environment).Select(variable => variable.Name);

    // GOPATH is PATH with "GO" in front: another variable (here, of the golang image), not a misspelling.
    private static bool Extends(string name, string candidate) =>
        name.Length >= candidate.Length + 2
        && (name.StartsWith(candidate, StringComparison.Ordinal) || name.EndsWith(candidate, StringComparison.Ordinal));

    // The first ARG or ENV of the stage that declares each name.
    private static Dictionary<string, Instruction> FirstDeclarations(BuildStage stage)
    {
        var first = new Dictionary<string, Instruction>(StringComparer.Ordinal);
        foreach (var instruction in stage.Instructions)
        {
            var names = instruction switch
            {
                ArgInstruction arg => arg.Declarations.Select(declaration => declaration.Name),
                EnvInstruction env => env.Pairs.Select(pair => pair.Key),
                _ => Enumerable.Empty<string>(),
            };
            foreach (var name in names)
            {
                if (!first.ContainsKey(name))
                {
                    first[name] = instruction;
                }
            }
        }

        return first;
    }
}
