using System;
using System.Collections.Generic;
using System.Linq;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;
using Seaworthy.Rules.Dockerfile;
using Seaworthy.Shell;

namespace Seaworthy.Rules.Shell;

/// <summary>SW2078: a local archive is copied with COPY and then extracted in a RUN of the same stage.</summary>
public sealed class CopyThenExtractAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2078",
        "copy-then-extract",
        "Archive copied and then extracted",
        "'{0}' is copied with COPY and then extracted here: ADD extracts a local archive itself, in one layer",
        RuleCategory.Efficiency,
        Severity.Info,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2078"),
        new[] { "hadolint:DL3010" });

    private static readonly string[] ArchiveExtensions =
        { ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz", ".tar.zst", ".zip", ".gz", ".bz2", ".xz" };

    private static readonly string[] Decompressors = { "unzip", "gunzip", "bunzip2", "unxz", "unzstd" };

    private static readonly string[] DecompressOnFlag = { "gzip", "bzip2", "xz", "zstd" };

    private static readonly char[] PathSeparators = { '/', '\\' };

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfile(c =>
    {
        // A fragment without FROM, which hadolint lints too, is one stage of all its instructions.
        if (c.Dockerfile.Stages.Count == 0)
        {
            Check(c, null, c.Dockerfile.Syntax.Instructions);
        }

        foreach (var stage in c.Dockerfile.Stages)
        {
            Check(c, stage, stage.Instructions);
        }
    });

    private static void Check(DockerfileContext c, BuildStage? stage, IEnumerable<Instruction> instructions)
    {
        var copied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var copy in instructions.OfType<CopyInstruction>().Where(copy => copy.GetFlag("from") is null && copy.Arguments.Count >= 2))
        {
            // A COPY to an archive name (COPY dist/app.tar /app.tar) copies the archive under that name.
            var destination = copy.Arguments[copy.Arguments.Count - 1].Value;
            if (IsArchive(destination))
            {
                copied.Add(FileName(destination));
                continue;
            }

            foreach (var source in copy.Arguments.Take(copy.Arguments.Count - 1))
            {
                if (IsArchive(source.Value))
                {
                    copied.Add(FileName(source.Value));
                }
            }
        }

        if (copied.Count == 0)
        {
            return;
        }

        foreach (var script in c.Scripts.Scripts.Where(script => script.Stage == stage && !script.IsOnbuild))
        {
            foreach (var command in script.Commands.Where(IsExtraction))
            {
                foreach (var argument in command.Arguments)
                {
                    if (argument.Value is { } value && copied.Contains(FileName(value)))
                    {
                        c.Report(Rule, c.GetLocation(argument.Span), value);
                    }
                }
            }
        }
    }

    // The last part of a Linux or Windows path, without the quotes a COPY operand may have.
    private static string FileName(string path)
    {
        var unquoted = InstructionQueries.Unquote(path);
        return unquoted.Substring(unquoted.LastIndexOfAny(PathSeparators) + 1);
    }

    private static bool IsArchive(string path) =>
        ArchiveExtensions.Any(extension => InstructionQueries.Unquote(path).EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    // tar with -x/--extract (or the old "tar xzf" form), the un* tools, and gzip/bzip2/xz/zstd -d.
    private static bool IsExtraction(ShellCommand command)
    {
        var name = command.Name;
        var arguments = command.Arguments.Select(argument => argument.Value ?? string.Empty).ToArray();
        return name switch
        {
            "tar" => arguments.Any(a => a == "--extract" || a == "--get" || (a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('x') >= 0))
                || (arguments.Length > 0 && !arguments[0].StartsWith("-", StringComparison.Ordinal) && arguments[0].IndexOf('x') >= 0),
            _ when name is not null && Array.IndexOf(Decompressors, name) >= 0 => true,
            _ when name is not null && Array.IndexOf(DecompressOnFlag, name) >= 0 => arguments.Any(a => a is "-d" or "--decompress" || (a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('d') >= 0)),
            _ => false,
        };
    }
}
