using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Text;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2022: ADD copies a local file or folder, which COPY does without ADD's extra behaviour.</summary>
public sealed class AddInsteadOfCopyAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2022",
        "add-instead-of-copy",
        "ADD used to copy local files",
        "ADD '{0}' {1}: use COPY, which never downloads or unpacks anything",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2022"),
        new[] { "hadolint:DL3020", "cis-docker:4.9", "checkov:CKV_DOCKER_4", "trivy:DS005" })
    {
        FixSafety = FixSafety.Safe,
    };

    // Names of what ADD unpacks: a tar, plain or compressed with gzip, bzip2, xz or zstd. BuildKit decides
    // from the content, so the name is a hint; zip, lzip, lzma and compress (.Z) files are copied as they are.
    private static readonly string[] ArchiveExtensions =
    {
        ".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".tb2", ".xz", ".txz", ".zst", ".tzst",
    };

    // The flags ADD and COPY share; ADD's own (--checksum, --keep-git-dir, --unpack) have no COPY equivalent.
    private static readonly string[] CopyFlags = { "chown", "chmod", "link", "exclude", "parents" };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // An ONBUILD ADD runs in every build based on this image, with the same effect.
        if (InstructionQueries.Unwrap<AddInstruction>(c.Instruction) is not { } add
            || InstructionQueries.Operands(add) is not { } operands
            || InstructionQueries.IsHistoryLayer(operands))
        {
            return;
        }

        // COPY does the same only when every source is one it would take and ADD has no flag COPY lacks.
        var findings = new List<(InstructionArgument Source, string Shown, string Reason)>();
        var allLocal = true;
        foreach (var source in operands.Sources)
        {
            var path = InstructionQueries.Unquote(source.Value);

            // A variable is only known at build time; it may well name an archive or a URL.
            if (InstructionQueries.IsHeredoc(source))
            {
                findings.Add((source, source.Value, "writes an inline file, which COPY writes the same way"));
            }
            else if (path.IndexOf('$') < 0 && !InstructionQueries.IsRemote(path) && !IsArchiveName(path))
            {
                findings.Add((source, path, "copies a local file or folder that is not a tar archive"));
            }
            else
            {
                allLocal = false;
            }
        }

        var fix = allLocal && add.Flags.All(flag => CopyFlags.Contains(flag.Name))
            ? Fix.Safe("Use COPY instead of ADD", new TextEdit(add.KeywordSpan, string.Equals(add.Keyword, add.Keyword.ToLowerInvariant(), StringComparison.Ordinal) ? "copy" : "COPY"))
            : null;
        foreach (var (source, shown, reason) in findings)
        {
            if (fix is not null)
            {
                c.Report(Rule, c.GetLocation(source.Span), fix, shown, reason);
            }
            else
            {
                c.Report(Rule, c.GetLocation(source.Span), shown, reason);
            }
        }
    });

    private static bool IsArchiveName(string path)
    {
        foreach (var extension in ArchiveExtensions)
        {
            if (path.EndsWith(extension, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
