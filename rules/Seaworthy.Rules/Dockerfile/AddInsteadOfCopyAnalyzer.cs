using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

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
        new[] { "hadolint:DL3020", "cis-docker:4.9", "checkov:CKV_DOCKER_4", "trivy:DS005" });

    // Names of what ADD unpacks: a tar, plain or compressed with gzip, bzip2, xz or zstd. BuildKit decides
    // from the content, so the name is a hint; zip, lzip, lzma and compress (.Z) files are copied as they are.
    private static readonly string[] ArchiveExtensions =
    {
        ".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".tb2", ".xz", ".txz", ".zst", ".tzst",
    };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // An ONBUILD ADD runs in every build based on this image, with the same effect.
        if (InstructionQueries.Unwrap<AddInstruction>(c.Instruction) is not { } add || InstructionQueries.Operands(add) is not { } operands)
        {
            return;
        }

        foreach (var source in operands.Sources)
        {
            var path = InstructionQueries.Unquote(source.Value);

            // A variable is only known at build time; it may well name an archive or a URL.
            if (InstructionQueries.IsHeredoc(source))
            {
                c.Report(Rule, c.GetLocation(source.Span), source.Value, "writes an inline file, which COPY writes the same way");
            }
            else if (path.IndexOf('$') < 0 && !InstructionQueries.IsRemote(path) && !IsArchiveName(path))
            {
                c.Report(Rule, c.GetLocation(source.Span), path, "copies a local file or folder that is not a tar archive");
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
