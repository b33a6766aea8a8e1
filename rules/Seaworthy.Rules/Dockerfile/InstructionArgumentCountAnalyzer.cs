using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;
using FlagKind = Seaworthy.Rules.Dockerfile.InstructionQueries.FlagKind;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// SW2034: an instruction that <c>docker build</c> rejects before running anything: an unknown keyword or
/// flag, a flag without its value, or the wrong number of arguments.
/// </summary>
public sealed class InstructionArgumentCountAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2034",
        "instruction-argument-count",
        "Instruction that BuildKit rejects: arguments, keyword or flags",
        "{0}{1}",
        RuleCategory.Correctness,
        Severity.Error,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2034"),
        Array.Empty<string>());

    private static readonly string[] InstructionNames =
    {
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
        "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    private static readonly Dictionary<string, FlagKind> NoFlags = new(StringComparer.Ordinal);

    // The flags each instruction declares (frontend/dockerfile/instructions/parse.go and commands_run*.go).
    private static readonly Dictionary<InstructionKind, Dictionary<string, FlagKind>> KnownFlags = new()
    {
        [InstructionKind.From] = new(StringComparer.Ordinal) { ["platform"] = FlagKind.String },
        [InstructionKind.Copy] = new(StringComparer.Ordinal)
        {
            ["from"] = FlagKind.String, ["chown"] = FlagKind.String, ["chmod"] = FlagKind.String, ["link"] = FlagKind.Bool,
            ["parents"] = FlagKind.Bool, ["exclude"] = FlagKind.Strings,
        },
        [InstructionKind.Add] = new(StringComparer.Ordinal)
        {
            ["chown"] = FlagKind.String, ["chmod"] = FlagKind.String, ["link"] = FlagKind.Bool, ["keep-git-dir"] = FlagKind.Bool,
            ["checksum"] = FlagKind.String, ["unpack"] = FlagKind.Bool, ["exclude"] = FlagKind.Strings,
        },
        [InstructionKind.Run] = new(StringComparer.Ordinal)
        {
            ["mount"] = FlagKind.Strings, ["network"] = FlagKind.String, ["security"] = FlagKind.String, ["device"] = FlagKind.Strings,
        },
    };

    private static readonly HashSet<string> NetworkModes = new(StringComparer.Ordinal) { "default", "none", "host" };

    private static readonly HashSet<string> SecurityModes = new(StringComparer.Ordinal) { "sandbox", "insecure" };

    private static readonly Regex StageName = new("^[a-z][a-z0-9-_.]*$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        var instruction = c.Instruction;
        var syntax = c.Dockerfile.Syntax;

        // Where the parser already stopped (SW0001), the arguments are not what the author wrote.
        if (HasSyntaxError(syntax, instruction))
        {
            return;
        }

        var labs = IsLabsFrontend(syntax);
        foreach (var (span, message) in Problems(instruction, labs))
        {
            c.Report(Rule, c.GetLocation(span), message, string.Empty);
        }

        // A trigger is parsed only when a build uses this image as its base, and fails there. SW2026 reports
        // the triggers BuildKit refuses here; SW2033 checks HEALTHCHECK.
        if (instruction is OnbuildInstruction { Trigger: { } trigger }
            && trigger.Kind is not (InstructionKind.Onbuild or InstructionKind.From or InstructionKind.Maintainer or InstructionKind.Healthcheck))
        {
            foreach (var (span, message) in Problems(trigger, labs))
            {
                c.Report(Rule, c.GetLocation(span), message, " (in an ONBUILD trigger: every build FROM this image fails)");
            }
        }
    });

    // BuildKit's instructions.Parse, every problem rather than the first. HEALTHCHECK is SW2033's.
    private static IEnumerable<(TextSpan Span, string Message)> Problems(Instruction instruction, bool labs)
    {
        var name = instruction.Keyword.ToUpperInvariant();
        var arguments = instruction.Arguments;
        switch (instruction)
        {
            case UnknownInstruction:
                var suggestion = InstructionQueries.Suggest(instruction.Keyword, InstructionNames, caseSensitive: false);
                yield return (instruction.KeywordSpan, $"unknown instruction: {instruction.Keyword}" + (suggestion is null ? string.Empty : $" (did you mean {suggestion}?)"));
                yield break;
            case HealthcheckInstruction:
                yield break;
            case FromInstruction from:
                if (from.StageName is { } stageName)
                {
                    if (!StageName.IsMatch(stageName.Value.ToLowerInvariant()))
                    {
                        yield return (stageName.Span, $"invalid name for build stage: \"{stageName.Value}\", name can't start with a number or contain symbols");
                    }
                }
                else if (arguments.Count != 1)
                {
                    yield return (Whole(instruction), "FROM requires either one or three arguments");
                }

                break;
            case CopyInstruction or AddInstruction:
                if (arguments.Count < 2)
                {
                    yield return (Whole(instruction), $"{name} requires at least two arguments, but only one was provided. Destination could not be determined");
                }
                else if (InstructionQueries.IsHeredoc(arguments[arguments.Count - 1]))
                {
                    yield return (arguments[arguments.Count - 1].Span, $"{name} cannot accept a heredoc as a destination");
                }

                break;
            case WorkdirInstruction or UserInstruction or StopsignalInstruction or MaintainerInstruction when arguments.Count == 0:
                yield return (instruction.KeywordSpan, $"{name} requires exactly one argument");
                break;
            case ExposeInstruction or VolumeInstruction when arguments.Count == 0:
            case OnbuildInstruction { Trigger: null }:
            case ArgInstruction { Declarations.Count: 0 }:
            case ShellInstruction when arguments.Count == 0:
                yield return (instruction.KeywordSpan, $"{name} requires at least one argument");
                break;
            case VolumeInstruction:
                foreach (var volume in arguments)
                {
                    if (volume.Value.Trim().Length == 0)
                    {
                        yield return (volume.Span, "VOLUME specified can not be an empty string");
                    }
                }

                break;
            case KeyValueInstruction keyValues:
                // An ENV or LABEL with text but no pair is the parser's SW0001 already.
                if (keyValues.Pairs.Count == 0 && instruction.ArgumentsSpan.Length == 0)
                {
                    yield return (instruction.KeywordSpan, $"{name} requires at least one argument");
                }

                foreach (var pair in keyValues.Pairs)
                {
                    if (pair.Key.Length == 0)
                    {
                        yield return (TextSpan.FromBounds(pair.KeySpan.Start, pair.ValueSpan.End), $"{name} names can not be blank");
                    }
                }

                break;
            case ArgInstruction arg:
                foreach (var declaration in arg.Declarations)
                {
                    if (declaration.Name.Length == 0)
                    {
                        yield return (TextSpan.FromBounds(declaration.NameSpan.Start, declaration.DefaultValueSpan?.End ?? declaration.NameSpan.End), "ARG names can not be blank");
                    }
                }

                break;
            case ShellInstruction when !instruction.IsJsonForm:
                yield return (instruction.ArgumentsSpan, "SHELL requires the arguments to be in JSON form");
                break;
        }

        // ARG and STOPSIGNAL never read their flags.
        if (instruction.Kind is InstructionKind.Arg or InstructionKind.Stopsignal)
        {
            yield break;
        }

        var known = KnownFlags.TryGetValue(instruction.Kind, out var flags) ? flags : NoFlags;
        foreach (var (flag, message) in InstructionQueries.FlagProblems(instruction, known))
        {
            yield return (flag.Span, message);
        }

        if (instruction is RunInstruction)
        {
            foreach (var problem in RunFlagValueProblems(instruction, labs))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<(TextSpan Span, string Message)> RunFlagValueProblems(Instruction run, bool labs)
    {
        foreach (var flag in run.Flags)
        {
            switch (flag.Name)
            {
                case "network" when flag.Value is { } value && !NetworkModes.Contains(value):
                    yield return (flag.Span, $"invalid network mode \"{value}\" (use default, none or host)");
                    break;
                case "security" when flag.Value is { } value && !SecurityModes.Contains(value):
                    yield return (flag.Span, $"security \"{value}\" is not valid (use sandbox or insecure)");
                    break;
                case "device" when !labs:
                    yield return (flag.Span, "device feature is only supported in Dockerfile frontend 1.14.0-labs or later (# syntax=docker/dockerfile:1-labs)");
                    break;
            }
        }
    }

    // The arguments, or the keyword when there are none.
    private static TextSpan Whole(Instruction instruction) =>
        instruction.ArgumentsSpan.Length > 0 ? instruction.ArgumentsSpan : instruction.KeywordSpan;

    private static bool HasSyntaxError(DockerfileSyntax syntax, Instruction instruction)
    {
        foreach (var error in syntax.Errors)
        {
            if (error.Span.Start >= instruction.Span.Start && error.Span.Start <= instruction.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLabsFrontend(DockerfileSyntax syntax)
    {
        foreach (var directive in syntax.Directives)
        {
            if (directive.Name == "syntax" && directive.Value.IndexOf("labs", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
