using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2001: the first WORKDIR of a stage chain is relative, so it depends on the base image's working directory.</summary>
public sealed class WorkdirRelativePathAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2001",
        "relative-workdir",
        "Relative WORKDIR before any absolute one",
        "Relative WORKDIR '{0}' is resolved against the base image's working directory, which can change with the image; use an absolute path",
        RuleCategory.Reliability,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2001"),
        new[] { "buildkit:WorkdirRelativePath", "hadolint:DL3000", "checkov:CKV_DOCKER_10", "trivy:DS009" });

    private static readonly WordExpander BackslashKeepUnset = new('\\') { SkipUnsetEnv = true };
    private static readonly WordExpander BacktickKeepUnset = new('`') { SkipUnsetEnv = true };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<WorkdirInstruction>(c =>
    {
        // Only the first WORKDIR of the stage chain: a later relative one is relative to a known directory. A
        // fragment without FROM (as hadolint lints one) counts as one stage; a WORKDIR before the first FROM of a
        // file with stages is SW2021's.
        if (c.Instruction is not { Arguments: [var path, ..] }
            || (c.Stage is null ? c.Dockerfile.Stages.Count > 0 || InstructionQueries.WorkdirBefore(c.Dockerfile, c.Instruction) : c.State.Workdir is not null))
        {
            return;
        }

        // Variables with a value (an ARG default, an ENV) are expanded; one without stays as written, so a path that
        // starts with it is recognisably unknown: the build may give it any value (--build-arg), an absolute one too.
        var expander = c.Dockerfile.Syntax.EscapeCharacter == '`' ? BacktickKeepUnset : BackslashKeepUnset;
        var expansion = expander.ExpandWord(path.Value, c.State.Lookup);
        if (expansion.Error is null && !IsAbsolute(expansion.Value)
            && !(expansion.Unmatched.Count > 0 && expansion.Value.StartsWith("$", StringComparison.Ordinal)))
        {
            c.Report(Rule, c.GetLocation(path.Span), path.Value);
        }
    });

    // Windows paths (C:\app, \app) are absolute too: the platform is not known before the build.
    private static bool IsAbsolute(string path) =>
        path.Length > 0 && (path[0] is '/' or '\\'
            || (path.Length > 2 && char.IsLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/'));
}
