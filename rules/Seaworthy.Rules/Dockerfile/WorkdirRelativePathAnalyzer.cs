using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>
/// SW2001: a WORKDIR is relative, so it depends on the base image's working directory (the first of a stage chain)
/// or on the WORKDIR before it.
/// </summary>
public sealed class WorkdirRelativePathAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2001",
        "relative-workdir",
        "Relative WORKDIR",
        "Relative WORKDIR '{0}' is resolved against {1}; use an absolute path",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2001"),
        new[] { "buildkit:WorkdirRelativePath", "hadolint:DL3000", "checkov:CKV_DOCKER_10", "trivy:DS009" })
    {
        FixSafety = FixSafety.Safe,
    };

    private const string BaseImageReason = "the base image's working directory, which can change with the image";

    private const string PreviousWorkdirReason = "the WORKDIR before it, and moves whenever that one is changed";

    private static readonly WordExpander BackslashKeepUnset = new('\\') { SkipUnsetEnv = true };
    private static readonly WordExpander BacktickKeepUnset = new('`') { SkipUnsetEnv = true };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<WorkdirInstruction>(c =>
    {
        // A fragment without FROM (as hadolint lints one) counts as one stage; a WORKDIR before the first FROM of a
        // file with stages is SW2021's.
        if (c.Instruction is not { Arguments: [var path, ..] } || (c.Stage is null && c.Dockerfile.Stages.Count > 0))
        {
            return;
        }

        // The first WORKDIR of the stage chain depends on the base image; a later relative one on the WORKDIR
        // before it, which is fixed but moves this one whenever it is edited (hadolint, Checkov and Trivy report both).
        var first = c.Stage is null ? !InstructionQueries.WorkdirBefore(c.Dockerfile, c.Instruction) : c.State.Workdir is null;

        // Variables with a value (an ARG default, an ENV) are expanded; one without stays as written, so a path that
        // starts with it is recognisably unknown: the build may give it any value (--build-arg), an absolute one too.
        var expander = c.Dockerfile.Syntax.EscapeCharacter == '`' ? BacktickKeepUnset : BackslashKeepUnset;
        var expansion = expander.ExpandWord(path.Value, c.State.Lookup);
        if (expansion.Error is null && !IsAbsolute(expansion.Value)
            && !(expansion.Unmatched.Count > 0 && expansion.Value.StartsWith("$", StringComparison.Ordinal)))
        {
            var fix = first || Joined(c.State.Workdir, path.Value, c.Dockerfile.Syntax.EscapeCharacter) is not { } absolute
                ? null
                : Fix.Safe("Write the WORKDIR as the absolute path it resolves to", new TextEdit(path.Span, absolute));
            FixReport.Report(c, Rule, c.GetLocation(path.Span), fix, path.Value, first ? BaseImageReason : PreviousWorkdirReason);
        }
    });

    // The path a relative WORKDIR resolves to, when the WORKDIR before it wrote an absolute Unix path without
    // variables and this one is a plain word: then the text says the same thing, only without depending on the other.
    private static string? Joined(StageSetting<WorkdirInstruction>? before, string written, char escape)
    {
        if (before is not { IsKnown: true, Instruction.Arguments: [var previous, ..] }
            || !previous.Value.StartsWith("/", StringComparison.Ordinal) || !IsPlain(previous.Value, escape) || !IsPlain(written, escape))
        {
            return null;
        }

        return previous.Value.TrimEnd('/') + "/" + written;
    }

    private static bool IsPlain(string word, char escape) =>
        word.Length > 0 && word.All(ch => ch != escape && ch is not ('$' or '"' or '\'' or '\\') && !char.IsWhiteSpace(ch));

    // Windows paths (C:\app, \app) are absolute too: the platform is not known before the build.
    private static bool IsAbsolute(string path) =>
        path.Length > 0 && (path[0] is '/' or '\\'
            || (path.Length > 2 && char.IsLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/'));
}
