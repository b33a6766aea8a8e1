using System;
using System.Collections.Generic;
using Seaworthy.Analysis;
using Seaworthy.Dockerfile;

namespace Seaworthy.Rules.Dockerfile;

/// <summary>SW2095: ADD downloads a file over HTTP(S) without <c>--checksum</c>, so nothing checks what it got.</summary>
public sealed class RemoteAddWithoutChecksumAnalyzer : Analyzer
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "SW2095",
        "remote-add-without-checksum",
        "ADD downloads a file without --checksum",
        "ADD downloads a URL without --checksum: the build takes whatever the server sends; add --checksum=sha256:<digest>",
        RuleCategory.Security,
        Severity.Warning,
        EnabledByDefault: true,
        Surfaces.Dockerfile,
        RuleDescriptor.HelpFor("SW2095"),
        new[] { "checkov:CKV_DOCKER_4" });

    /// <inheritdoc />
    public override IReadOnlyList<RuleDescriptor> SupportedRules { get; } = new[] { Rule };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterInstruction<Instruction>(c =>
    {
        // An ONBUILD ADD downloads in every build based on this image.
        if (InstructionQueries.Unwrap<AddInstruction>(c.Instruction) is not { } add
            || add.GetFlag("checksum") is not null
            || InstructionQueries.Operands(add) is not { } operands)
        {
            return;
        }

        foreach (var source in operands.Sources)
        {
            // The URL is not repeated in the message: it may carry a user and password.
            if (IsHttpDownload(InstructionQueries.Unquote(source.Value)))
            {
                c.Report(Rule, c.GetLocation(source.Span));
            }
        }
    });

    // An http(s) URL of a file; a git repository (…/repo.git, …/repo.git#ref), which BuildKit clones, is not one.
    private static bool IsHttpDownload(string url)
    {
        if (!url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hash = url.IndexOf('#');
        var address = hash < 0 ? url : url.Substring(0, hash);
        return !address.EndsWith(".git", StringComparison.OrdinalIgnoreCase) && !address.EndsWith(".git/", StringComparison.OrdinalIgnoreCase);
    }
}
